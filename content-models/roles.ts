/**
 * Who logs in to the CMS:
 * admin (everything, manages users), editor (writes drafts), publisher (publishes and
 * unpublishes), reviewer (reads everything including drafts; accessibility testers).
 */
export const roles = ['admin', 'editor', 'publisher', 'reviewer'] as const
/** One CMS role. */
export type Role = (typeof roles)[number]
