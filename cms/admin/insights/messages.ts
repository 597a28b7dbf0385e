type Texts = Record<
  | 'title'
  | 'intro'
  | 'period'
  | 'from'
  | 'to'
  | 'flow'
  | 'show'
  | 'flows'
  | 'started'
  | 'completed'
  | 'rate'
  | 'median'
  | 'funnel'
  | 'funnelCaption'
  | 'chartNote'
  | 'step'
  | 'viewed'
  | 'droppedOff'
  | 'variants'
  | 'variant'
  | 'none'
  | 'noData'
  | 'notConfigured'
  | 'unavailable'
  | 'loginRequired',
  string
>

/** The Insights view's texts, in the editor's admin language. */
export const insightsMessages: { da: Texts; en: Texts } = {
  da: {
    title: 'Indsigt',
    intro:
      'Sådan går det borgerne i forløbene. Tallene kommer kun fra borgere, der har sagt ja til at sende anonyme data. Tal under 5 vises som "<5", så ingen kan genkendes.',
    period: 'Periode',
    from: 'Fra',
    to: 'Til',
    flow: 'Forløb',
    show: 'Vis',
    flows: 'Alle forløb',
    started: 'Startet',
    completed: 'Gennemført',
    rate: 'Andel gennemført',
    median: 'Median minutter',
    funnel: 'Trin for trin',
    funnelCaption: 'Borgere der så, gennemførte og faldt fra ved hvert trin',
    chartNote: 'Diagrammet viser de samme tal som tabellen.',
    step: 'Trin',
    viewed: 'Set',
    droppedOff: 'Faldt fra',
    variants: 'Varianter',
    variant: 'Variant',
    none: 'Ingen',
    noData: 'Ingen data i perioden.',
    notConfigured: 'Indsigt kræver, at TRACKING_URL og TRACKING_READ_TOKEN er sat på CMS-serveren.',
    unavailable: "Sporings-API'et svarer ikke lige nu:",
    loginRequired: 'Log ind for at se indsigt.',
  },
  en: {
    title: 'Insights',
    intro:
      'How citizens fare in the flows. The numbers come only from citizens who agreed to send anonymous data. Counts under 5 show as "<5", so no one can be singled out.',
    period: 'Period',
    from: 'From',
    to: 'To',
    flow: 'Flow',
    show: 'Show',
    flows: 'All flows',
    started: 'Started',
    completed: 'Completed',
    rate: 'Completion rate',
    median: 'Median minutes',
    funnel: 'Step by step',
    funnelCaption: 'Citizens who viewed, completed and dropped off at each step',
    chartNote: 'The chart shows the same numbers as the table.',
    step: 'Step',
    viewed: 'Viewed',
    droppedOff: 'Dropped off',
    variants: 'Variants',
    variant: 'Variant',
    none: 'None',
    noData: 'No data in the period.',
    notConfigured:
      'Insights needs TRACKING_URL and TRACKING_READ_TOKEN to be set on the CMS server.',
    unavailable: 'The tracking API does not answer right now:',
    loginRequired: 'Log in to see insights.',
  },
}

/** The texts of the Indsigt view in one language. */
export type InsightsText = Texts
