import { useAdminLanguage } from './messages.ts'

const da = {
  heading: 'Lokale tilpasninger',
  loading: 'Henter kommunernes tilpasninger …',
  none: 'Ingen kommuner har tilpasset dette forløb lokalt.',
  municipalities: 'Kommuner med en lokal tilpasning af forløbet: {list}.',
  caption: 'Kommunernes lokale trin og skjulte trin, ved de nationale trin',
  colStep: 'Nationalt trin',
  colMunicipality: 'Kommune',
  colChange: 'Lokal tilpasning',
  after: 'Lokalt trin efter dette trin: {local}',
  hidden: 'Skjuler dette trin',
  noneAtSteps: 'Kommunerne har hverken lokale trin efter eller skjulte trin blandt forløbets trin.',
  warningsHeading: 'Din ændring rammer en kommunes tilpasning (du kan stadig gemme)',
  warnAfter:
    '{municipality} har et lokalt trin efter trinnet "{step}": {local}. Hvis du fjerner trinnet, flyttes det lokale trin til sidst, og kommunen får besked i sin tilpasning.',
  warnHidden:
    '{municipality} skjuler trinnet "{step}". Hvis du fjerner trinnet, skal kommunen rette sin tilpasning, og kommunen får besked i den.',
}

type Texts = typeof da

const en: Texts = {
  heading: 'Local adaptations',
  loading: 'Fetching the municipalities’ adaptations …',
  none: 'No municipality has adapted this flow locally.',
  municipalities: 'Municipalities with a local adaptation of the flow: {list}.',
  caption: 'The municipalities’ local steps and hidden steps, by national step',
  colStep: 'National step',
  colMunicipality: 'Municipality',
  colChange: 'Local adaptation',
  after: 'Local step after this step: {local}',
  hidden: 'Hides this step',
  noneAtSteps: 'The municipalities have no local steps after, and hide none of, the flow’s steps.',
  warningsHeading: 'Your change affects a municipality’s adaptation (you can still save)',
  warnAfter:
    '{municipality} has a local step after the step "{step}": {local}. If you remove the step, the local step moves to the end, and the municipality is told in its adaptation.',
  warnHidden:
    '{municipality} hides the step "{step}". If you remove the step, the municipality must correct its adaptation, and is told in it.',
}

/** The local adaptations panel's texts in the admin's language, Danish first. */
export function useLocalAdaptationsTexts(): Texts {
  return useAdminLanguage() === 'en' ? en : da
}
