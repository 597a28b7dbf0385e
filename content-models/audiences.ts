/** The three target groups of the first trial (../shared/context/mission.md). */
export const audiences = ['new-dagpenge', 'short-term', 'job-target'] as const
export type Audience = (typeof audiences)[number]
