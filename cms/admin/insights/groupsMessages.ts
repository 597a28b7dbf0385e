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
  | 'no'
  | 'plan'
  | 'moreSteps'
  | 'noPlan'
  | 'answersLead'
  | 'notInPlan'
  | 'funnelCaption'
  | 'chartNote',
  string
>

/** Answer groups and the alternative flow in Indsigt, in the editor's admin language. */
export const groupsMessages: { da: Texts; en: Texts } = {
  da: {
    groupsHeading: 'Svargrupper: hvor stopper de?',
    groupsIntro:
      'Borgerne er delt i grupper efter den plan, deres svar gav (planerne er nummereret som i forløbskortet). For hver plan: hvor mange der så og klarede hvert af planens trin, så du kan se, hvor gruppen stopper. Planer, som under 5 borgere fik, er lagt sammen i "øvrige"; tal under 5 vises som "<5". (Har forløbet for mange svarkombinationer til at tælle pr. plan, lægges svargrupper sammen, og en sum af tal under 5 vises som et interval, fx "12–15".)',
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
    plan: 'Plan',
    moreSteps: 'trin mere',
    noPlan: 'Har ikke svaret på alle spørgsmål',
    answersLead: 'Svarene, der giver planen:',
    notInPlan: 'ikke i planen',
    funnelCaption: 'Set og klaret pr. trin',
    chartNote: 'Diagrammet viser de samme tal som tabellen under det.',
  },
  en: {
    groupsHeading: 'Answer groups: where do they stop?',
    groupsIntro:
      'Citizens are grouped by the plan their answers gave them (plans are numbered as in the path map). For each plan: how many viewed and completed each of its steps, so you see where the group stops. Plans fewer than 5 citizens got are merged into "other"; counts under 5 show as "<5". (When the flow has too many answer combinations to count per plan, answer groups are merged instead, and a sum of counts under 5 shows as a range, e.g. "12–15".)',
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
    plan: 'Plan',
    moreSteps: 'more steps',
    noPlan: 'Has not answered every question',
    answersLead: 'The answers that lead to the plan:',
    notInPlan: 'not in the plan',
    funnelCaption: 'Viewed and completed per step',
    chartNote: 'The chart shows the same numbers as the table below it.',
  },
}

/** The answer-group texts in one language. */
export type GroupsText = Texts
