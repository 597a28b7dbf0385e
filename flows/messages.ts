import type { ContentCollection } from '../content-models/index.ts'
import type { FlowMessage } from './types.ts'

const collectionNames: Record<ContentCollection, FlowMessage> = {
  lessons: { da: 'lektioner', en: 'lessons' },
  courses: { da: 'kurser', en: 'courses' },
  videos: { da: 'videoer', en: 'videos' },
  checklists: { da: 'tjeklister', en: 'checklists' },
  faqs: { da: 'ofte stillede spørgsmål', en: 'FAQs' },
}

const arrow = (keys: readonly string[]) => keys.map((key) => `"${key}"`).join(' → ')
const quoted = (keys: readonly string[]) => keys.map((key) => `"${key}"`).join(', ')
const danishNumber = (value: number) => String(value).replace('.', ',')

/** Every message an editor sees about a flow, Danish first, by problem code. */
export const messages = {
  'duplicate-question-key': (key: string) => ({
    da: `Flere spørgsmål har nøglen "${key}". Giv hvert spørgsmål sin egen nøgle.`,
    en: `More than one question has the key "${key}". Give each question its own key.`,
  }),
  'duplicate-option-value': (question: string, value: string) => ({
    da: `Spørgsmålet "${question}" har svarmuligheden "${value}" mere end én gang.`,
    en: `Question "${question}" has the option "${value}" more than once.`,
  }),
  'too-few-options': (question: string, needed: 1 | 2) =>
    needed === 2
      ? {
          da: `Spørgsmålet "${question}" skal have mindst to svarmuligheder, så borgeren kan vælge.`,
          en: `Question "${question}" needs at least two options, so the citizen has a choice.`,
        }
      : {
          da: `Spørgsmålet "${question}" skal have mindst én svarmulighed.`,
          en: `Question "${question}" needs at least one option.`,
        },
  'duplicate-step-key': (key: string) => ({
    da: `Flere trin har nøglen "${key}". Giv hvert trin sin egen nøgle.`,
    en: `More than one step has the key "${key}". Give each step its own key.`,
  }),
  'duplicate-variant-key': (key: string) => ({
    da: `Flere varianter hedder "${key}". Giv hver variant sit eget navn.`,
    en: `More than one variant is called "${key}". Give each variant its own name.`,
  }),
  'unknown-question': (key: string) => ({
    da: `Betingelsen bruger spørgsmålet "${key}", men flowet har intet spørgsmål med den nøgle.`,
    en: `The condition uses question "${key}", but the flow has no question with that key.`,
  }),
  'unknown-option': (question: string, value: string, options: readonly string[]) => ({
    da: `Spørgsmålet "${question}" har ikke svaret "${value}". Mulige svar: ${quoted(options)}.`,
    en: `Question "${question}" has no answer "${value}". Possible answers: ${quoted(options)}.`,
  }),
  'unknown-step': (key: string) => ({
    da: `Betingelsen henviser til trinnet "${key}", men flowet har intet trin med den nøgle.`,
    en: `The condition refers to step "${key}", but the flow has no step with that key.`,
  }),
  'content-missing': (step: string) => ({
    da: `Trinnet "${step}" peger ikke på noget indhold. Vælg en lektion, et kursus, en video, en tjekliste eller et spørgsmål og svar.`,
    en: `Step "${step}" points at no content. Choose a lesson, course, video, checklist or FAQ.`,
  }),
  'content-not-found': (step: string, collection: ContentCollection, slug: string) => ({
    da: `Trinnet "${step}" peger på "${slug}" under ${collectionNames[collection].da}, men den findes ikke eller er ikke udgivet.`,
    en: `Step "${step}" points at "${slug}" in ${collectionNames[collection].en}, which does not exist or is not published.`,
  }),
  'checklist-done-not-checklist': (step: string) => ({
    da: `Betingelsen "tjekliste udfyldt" henviser til trinnet "${step}", men det trin viser ikke en tjekliste.`,
    en: `The "checklist done" condition names step "${step}", but that step does not show a checklist.`,
  }),
  'condition-never-holds': () => ({
    da: 'Betingelsen kan aldrig være opfyldt, uanset hvad borgeren svarer og gør.',
    en: 'This condition can never hold, whatever the citizen answers or does.',
  }),
  'step-never-shown': (step: string, reason: 'dependencies' | 'variants') =>
    reason === 'variants'
      ? {
          da: `Trinnet "${step}" bliver aldrig vist, for alle varianter skjuler det.`,
          en: `Step "${step}" is never shown, because every variant hides it.`,
        }
      : {
          da: `Trinnet "${step}" bliver aldrig vist, for det venter på trin, der aldrig selv bliver vist med de samme svar.`,
          en: `Step "${step}" is never shown, because it waits for steps that are never shown with the same answers.`,
        },
  'step-dependency-cycle': (cycle: readonly string[]) => ({
    da: `Trinnene venter på hinanden i ring: ${arrow(cycle)}. Et trin kan ikke vente på et trin, der selv venter på det.`,
    en: `These steps wait for each other in a circle: ${arrow(cycle)}. A step cannot wait for a step that waits for it.`,
  }),
  'variant-shares-not-100': (sum: number) => ({
    da: `Varianternes andele giver tilsammen ${danishNumber(sum)} %, men skal give 100 %.`,
    en: `The variants' shares add up to ${sum} %, but must add up to 100 %.`,
  }),
  'variant-unknown-step': (variant: string, step: string) => ({
    da: `Varianten "${variant}" nævner trinnet "${step}", men flowet har intet trin med den nøgle.`,
    en: `Variant "${variant}" names step "${step}", but the flow has no step with that key.`,
  }),
  'contact-step-hidden': (variant: string, step: string) => ({
    da: `Varianten "${variant}" skjuler kontakttrinnet "${step}". Borgeren skal altid kunne få en samtale med en medarbejder.`,
    en: `Variant "${variant}" hides the contact step "${step}". The citizen must always be able to talk to a caseworker.`,
  }),
  'no-contact-step': () => ({
    da: 'Flowet har intet kontakttrin. Borgeren skal altid kunne booke en samtale med en medarbejder.',
    en: 'The flow has no contact step. The citizen must always be able to book a conversation with a caseworker.',
  }),
  'contact-step-conditional': (step: string) => ({
    da: `Kontakttrinnet "${step}" vises kun under visse betingelser. Mindst ét kontakttrin skal altid vises, så borgeren altid kan få en samtale.`,
    en: `The contact step "${step}" only shows under some conditions. At least one contact step must always show, so the citizen can always get a conversation.`,
  }),
  'fallback-flow-unknown': (slug: string) => ({
    da: `Det alternative flow "${slug}" findes ikke eller er ikke udgivet.`,
    en: `The fallback flow "${slug}" does not exist or is not published.`,
  }),
  'fallback-cycle': (chain: readonly string[]) => ({
    da: `De alternative flows fører i ring: ${arrow(chain)}. Vælg et alternativ, der ikke fører tilbage hertil.`,
    en: `The fallback flows lead round in a circle: ${arrow(chain)}. Choose a fallback that does not lead back here.`,
  }),
} satisfies Record<string, (...args: never[]) => FlowMessage>

/** The code of a problem `validateFlow` can report. */
export type FlowProblemCode = keyof typeof messages
