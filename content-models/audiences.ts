/** The three target groups of the first trial (docs/content-and-flows.md, "Sample content"). */
export const audiences = ['new-dagpenge', 'short-term', 'job-target'] as const
/** One target group. @public */
export type Audience = (typeof audiences)[number]
