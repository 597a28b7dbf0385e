import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Admins reach every user; everyone else only themselves. */
export const adminsOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
