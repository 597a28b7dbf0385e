import { useAdminLanguage } from './messages.ts'

const da = {
  chooseFlowFirst: 'Vælg først det nationale forløb. Så kan du vælge blandt dets trin.',
  loading: 'Henter det nationale forløb …',
  chooseStep: 'Vælg et trin',
  anchorGone:
    'Trinnet "{key}" findes ikke længere i det nationale forløb. Indtil du vælger et andet, vises det lokale trin sidst.',
  problemsHeading: 'Tilpasningen passer ikke længere til det nationale forløb',
  fits: 'Tilpasningen passer til det nationale forløb.',
  noProblems: 'Ingen',
  problemCount: '{n} problem(er)',
  mapNote:
    'Kortet viser forløbet, som borgerne i kommunen får det: de nationale trin med jeres egne trin og uden dem, I skjuler.',
}

type Texts = typeof da

const en: Texts = {
  chooseFlowFirst: 'Choose the national flow first. Then you can choose among its steps.',
  loading: 'Fetching the national flow …',
  chooseStep: 'Choose a step',
  anchorGone:
    'The step "{key}" no longer exists in the national flow. Until you choose another, the local step is shown last.',
  problemsHeading: 'The adaptation no longer fits the national flow',
  fits: 'The adaptation fits the national flow.',
  noProblems: 'None',
  problemCount: '{n} problem(s)',
  mapNote:
    'The map shows the flow as the municipality’s citizens get it: the national steps with your own steps, without those you hide.',
}

/** The local flow editor's texts in the admin's language, Danish first. */
export function useLocalFlowTexts(): Texts {
  return useAdminLanguage() === 'en' ? en : da
}
