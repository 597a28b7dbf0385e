/**
 * The citizen's words on the question screens and the plan, as the site says them
 * (site/i18n/da.ts and en.ts, `flow`); the CMS may not import the site, so they are repeated
 * here for the trial. Keep the two in step.
 */
export const citizenTexts = {
  da: {
    questionOf: 'Spørgsmål {n} af {total}',
    yes: 'Ja',
    no: 'Nej',
    continue: 'Fortsæt',
    back: 'Tilbage',
    chooseAny: 'Vælg alle, der passer',
    required: 'Vælg et svar for at fortsætte.',
    planHeading: 'Dine trin',
    planIntro: 'Trinene passer til dine svar. Tag dem i den rækkefølge, der står her.',
    progress: '{done} af {total} trin er klaret. Ca. {minutes} minutter tilbage.',
    allDone: 'Du har klaret alle trin. Godt gået!',
    editAnswers: 'Ret dine svar',
    startOver: 'Start forfra',
    statusDone: 'Klaret',
    statusCurrent: 'Næste',
    statusTodo: 'Ikke startet',
    optional: 'Valgfrit',
    markDone: 'Marker som klaret',
    markUndone: 'Fortryd',
    fallbackHeading: 'Et andet forløb kan passe bedre',
    contactStep: 'Du kan altid tale med en person.',
    contactHeading: 'Kontakt jobcentret',
    minutesShort: '{n} min.',
  },
  en: {
    questionOf: 'Question {n} of {total}',
    yes: 'Yes',
    no: 'No',
    continue: 'Continue',
    back: 'Back',
    chooseAny: 'Choose all that apply',
    required: 'Choose an answer to continue.',
    planHeading: 'Your steps',
    planIntro: 'The steps fit your answers. Take them in the order shown here.',
    progress: '{done} of {total} steps done. About {minutes} minutes left.',
    allDone: 'You have done every step. Well done!',
    editAnswers: 'Change your answers',
    startOver: 'Start again',
    statusDone: 'Done',
    statusCurrent: 'Next',
    statusTodo: 'Not started',
    optional: 'Optional',
    markDone: 'Mark as done',
    markUndone: 'Undo',
    fallbackHeading: 'Another flow may fit you better',
    contactStep: 'You can always talk to a person.',
    contactHeading: 'Contact the jobcenter',
    minutesShort: '{n} min.',
  },
}

/** The citizen's words in one language. */
export type CitizenTexts = (typeof citizenTexts)['da']
