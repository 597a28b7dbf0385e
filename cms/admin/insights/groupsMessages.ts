type Texts = Record<
  | 'groupsHeading'
  | 'groupsIntro'
  | 'other'
  | 'unanswered'
  | 'subjects'
  | 'step'
  | 'viewed'
  | 'completedStep'
  | 'flowCompleted'
  | 'alternativeHeading'
  | 'offered'
  | 'taken'
  | 'alternativeCompleted'
  | 'count'
  | 'yes'
  | 'no',
  string
>

/** Answer groups and the alternative flow in Indsigt, in the editor's admin language. */
export const groupsMessages: { da: Texts; en: Texts } = {
  da: {
    groupsHeading: 'Svargrupper: hvor stopper de?',
    groupsIntro:
      'Borgerne er delt i grupper efter deres svar på de spørgsmål, der ændrer planen, så hver gruppe har fået den samme plan. For hver gruppe: hvor mange der så og klarede hvert trin. Grupper med under 5 borgere er lagt sammen i "øvrige".',
    other: 'Øvrige',
    unanswered: 'ikke besvaret',
    subjects: 'borgere',
    step: 'Trin',
    viewed: 'Set',
    completedStep: 'Klaret',
    flowCompleted: 'Hele forløbet: startet, gennemført',
    alternativeHeading: 'Det alternative forløb',
    offered: 'Fik det foreslået',
    taken: 'Valgte det',
    alternativeCompleted: 'Gennemførte det',
    count: 'Borgere',
    yes: 'Ja',
    no: 'Nej',
  },
  en: {
    groupsHeading: 'Answer groups: where do they stop?',
    groupsIntro:
      'Citizens are grouped by their answers to the questions that change the plan, so each group got the same plan. For each group: how many viewed and completed each step. Groups under 5 citizens are merged into "other".',
    other: 'Other',
    unanswered: 'not answered',
    subjects: 'citizens',
    step: 'Step',
    viewed: 'Viewed',
    completedStep: 'Completed',
    flowCompleted: 'The whole flow: started, completed',
    alternativeHeading: 'The alternative flow',
    offered: 'Was offered it',
    taken: 'Took it',
    alternativeCompleted: 'Completed it',
    count: 'Citizens',
    yes: 'Yes',
    no: 'No',
  },
}

/** The answer-group texts in one language. */
export type GroupsText = Texts
