import type { Access } from 'payload'

/**
 * Logged-in users read drafts; the public reads published documents only. The query
 * constraint, not the `draft` argument, is what keeps drafts from leaking to anonymous readers.
 */
export const publishedOrLoggedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }
