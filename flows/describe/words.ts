import type { Locale } from '../../content-models/index.ts'

/** A word or phrase in both locales, Danish first. */
type Words = Record<Locale, string>

/**
 * Every word the condition sentences and step reasons are made of, Danish first.
 * Parts in «…» are the titles the editor or citizen picked; the rest is glue.
 */
export const words = {
  always: { da: 'Vises altid', en: 'Always shown' },
  when: { da: 'når ', en: 'when ' },
  and: { da: ' og ', en: ' and ' },
  or: { da: ' eller ', en: ' or ' },
  not: { da: 'ikke (', en: 'not (' },
  is: { da: ' er ', en: ' is ' },
  includes: { da: ' omfatter ', en: ' includes ' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  stepBefore: { da: 'trinnet ', en: 'the step ' },
  stepDone: { da: ' er klaret', en: ' is done' },
  checklistBefore: { da: 'tjeklisten i ', en: 'the checklist in ' },
  checklistDone: { da: ' er gjort færdig', en: ' is finished' },
  // Citizen-facing reasons (issue 22).
  everyone: { da: 'Alle får dette trin.', en: 'Everyone gets this step.' },
  shownBecause: { da: 'Du ser dette trin, fordi ', en: 'You see this step because ' },
  hiddenBecause: {
    da: 'Du ser ikke dette trin, fordi ',
    en: 'You do not see this step because ',
  },
  shownByRules: {
    da: 'Du ser dette trin ud fra forløbets regler.',
    en: 'You see this step because of the flow’s rules.',
  },
  hiddenByRules: {
    da: 'Du ser ikke dette trin ud fra forløbets regler.',
    en: 'You do not see this step because of the flow’s rules.',
  },
  answered: { da: 'du svarede ', en: 'you answered ' },
  answeredTo: { da: ' til ', en: ' to ' },
  chose: { da: 'du valgte ', en: 'you chose ' },
  notChose: { da: 'du ikke valgte ', en: 'you did not choose ' },
  choseUnder: { da: ' under ', en: ' for ' },
  unanswered: { da: 'du ikke har svaret på ', en: 'you have not answered ' },
  didStep: { da: 'du har klaret trinnet ', en: 'you have done the step ' },
  notDidStep: { da: 'du ikke har klaret trinnet ', en: 'you have not done the step ' },
  didChecklist: { da: 'du har gjort tjeklisten i ', en: 'you have finished the checklist in ' },
  notDidChecklist: {
    da: 'du ikke har gjort tjeklisten i ',
    en: 'you have not finished the checklist in ',
  },
  didChecklistAfter: { da: ' færdig', en: '' },
  listComma: { da: ', ', en: ', ' },
  end: { da: '.', en: '.' },
} satisfies Record<string, Words>

/** How a reference to something the flow no longer has reads, in place of its title. */
export const missingWords = {
  question: (key: string) => ({
    da: `(slettet spørgsmål «${key}»)`,
    en: `(deleted question “${key}”)`,
  }),
  option: (value: string) => ({
    da: `(slettet svarmulighed «${value}»)`,
    en: `(deleted option “${value}”)`,
  }),
  step: (key: string) => ({ da: `(slettet trin «${key}»)`, en: `(deleted step “${key}”)` }),
  emptyGroup: () => ({ da: '(tom gruppe)', en: '(empty group)' }),
  invalid: () => ({ da: '(ugyldig betingelse)', en: '(invalid condition)' }),
} satisfies Record<string, (...args: string[]) => Words>
