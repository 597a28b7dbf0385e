import { titleIn } from '../describe/names.ts'
import type { FlowMessage } from '../types.ts'

const danishNumbers = new Intl.NumberFormat('da-DK')
const englishNumbers = new Intl.NumberFormat('en-GB')
const da = (value: number) => danishNumbers.format(value)
const en = (value: number) => englishNumbers.format(value)

/** Every text of the path map, Danish first. Titles come as the editor wrote them, per locale. */
export const pathMapMessages = {
  /** The map's headline: how many plans for how many answer combinations. */
  headline: (plans: number, combinations: number): FlowMessage => ({
    da: `${da(plans)} ${plans === 1 ? 'plan' : 'forskellige planer'} for ${da(combinations)} ${combinations === 1 ? 'svarkombination' : 'svarkombinationer'}`,
    en: `${en(plans)} ${plans === 1 ? 'plan' : 'different plans'} for ${en(combinations)} ${combinations === 1 ? 'answer combination' : 'answer combinations'}`,
  }),
  /** Too many answer combinations to map. */
  limit: (): FlowMessage => ({
    da: 'Forløbskortet kan ikke vises: spørgsmålene giver for mange forskellige svarkombinationer. Giv spørgsmål med flere svar færre svarmuligheder, eller brug færre af dem i reglerne.',
    en: 'The path map cannot be shown: the questions give too many different answer combinations. Give multi-choice questions fewer options, or use fewer of them in rules.',
  }),
  'step-never-shown': (title: unknown, key: string): FlowMessage => ({
    da: `Trinnet «${titleIn(title, 'da', key)}» kommer ikke med i nogen plan, uanset hvad borgeren svarer.`,
    en: `The step “${titleIn(title, 'en', key)}” is in no plan, whatever the citizen answers.`,
  }),
  'plan-without-content': (combinations: number): FlowMessage => ({
    da: `En plan for ${da(combinations)} ${combinations === 1 ? 'svarkombination' : 'svarkombinationer'} har intet indhold, kun kontakttrinnet.`,
    en: `A plan for ${en(combinations)} answer ${combinations === 1 ? 'combination' : 'combinations'} has no content, only the contact step.`,
  }),
  'fallback-unreachable': (flow: string): FlowMessage => ({
    da: `Det alternative forløb «${flow}» bliver aldrig foreslået: ingen svarkombination opfylder betingelsen.`,
    en: `The alternative flow “${flow}” is never suggested: no answer combination meets its condition.`,
  }),
  /** A question whose answer changes no plan (or is never asked). */
  'question-changes-nothing': (prompt: unknown, key: string, asked: boolean): FlowMessage =>
    asked
      ? {
          da: `Svaret på «${titleIn(prompt, 'da', key)}» ændrer ingen plan. Brug det i en regel, eller slet spørgsmålet.`,
          en: `The answer to “${titleIn(prompt, 'en', key)}” changes no plan. Use it in a rule, or delete the question.`,
        }
      : {
          da: `Spørgsmålet «${titleIn(prompt, 'da', key)}» bliver aldrig stillet, fordi ingen plan afhænger af svaret.`,
          en: `The question “${titleIn(prompt, 'en', key)}” is never asked, because no plan depends on its answer.`,
        },
}
