type Texts = Record<
  | 'heading'
  | 'hypothesis'
  | 'outcome'
  | 'since'
  | 'caption'
  | 'variant'
  | 'share'
  | 'started'
  | 'reached'
  | 'rate'
  | 'difference'
  | 'chance'
  | 'needed'
  | 'chartNote'
  | 'method',
  string
> & { outcomes: Record<string, string> }

/** The experiment part of Indsigt, in the editor's admin language. */
export const experimentMessages: { da: Texts; en: Texts } = {
  da: {
    heading: 'Eksperiment',
    hypothesis: 'Hypotese',
    outcome: 'Mål',
    since: 'Perioden startede',
    caption: 'Varianterne sammenlignet på målet',
    variant: 'Variant',
    share: 'Andel',
    started: 'Startet',
    reached: 'Nåede målet',
    rate: 'Andel der nåede målet (95 %-interval)',
    difference: 'Forskel til første variant, procentpoint (95 %-interval)',
    chance: 'Sandsynlighed for at være bedre end første variant',
    needed: 'Mangler borgere',
    chartNote:
      'Diagrammet viser de samme tal som tabellen: andelen der nåede målet, med en streg for 95 %-intervallet.',
    method:
      'Sandsynligheden er beregnet med en Bayes-model (beta-binomial, alle andele lige sandsynlige på forhånd). Intervallet for forskellen er Newcombes. Tal under 5 vises som "<5".',
    outcomes: {
      flow_completed: 'Forløbet gennemført',
      step_completed: 'Et trin gennemført',
      checklist_done: 'En tjekliste klaret',
      contact_requested: 'Kontakttrinnet fulgt',
      alternative_taken: 'Det alternative forløb valgt',
    },
  },
  en: {
    heading: 'Experiment',
    hypothesis: 'Hypothesis',
    outcome: 'Goal',
    since: 'The period started',
    caption: 'The variants compared on the goal',
    variant: 'Variant',
    share: 'Share',
    started: 'Started',
    reached: 'Reached the goal',
    rate: 'Share who reached the goal (95 % interval)',
    difference: 'Difference to the first variant, percentage points (95 % interval)',
    chance: 'Probability of being better than the first variant',
    needed: 'Citizens still needed',
    chartNote:
      'The chart shows the same numbers as the table: the share who reached the goal, with a line for the 95 % interval.',
    method:
      'The probability comes from a Bayesian model (beta-binomial, every rate equally likely beforehand). The interval of the difference is Newcombe’s. Counts under 5 show as "<5".',
    outcomes: {
      flow_completed: 'The flow completed',
      step_completed: 'A step completed',
      checklist_done: 'A checklist done',
      contact_requested: 'The contact step followed',
      alternative_taken: 'The alternative flow taken',
    },
  },
}

/** The experiment texts in one language. */
export type ExperimentText = Texts
