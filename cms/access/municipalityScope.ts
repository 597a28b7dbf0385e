import type { Access, Where } from 'payload'
import { hasRole } from './roles.ts'

type Id = string | number

/** A role rule from `roles.ts`, such as `writers` or `publishers`. */
type RoleRule = (args: { req: { user?: unknown } }) => boolean

/**
 * Where a user or a document belongs: a municipality's id, or `null` for national (shared).
 * A relationship arrives as an id, or as the populated document when read with depth.
 */
function scopeOf(value: unknown): Id | null {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return scopeOf(value.id)
  return null
}

/** The scope of the logged-in user: their municipality, or national when they have none. */
export function userScope(user: unknown): Id | null {
  return user && typeof user === 'object' && 'municipality' in user
    ? scopeOf(user.municipality)
    : null
}

/** Two scopes are the same: both national, or the same municipality (ids compared as text). */
function sameScope(a: Id | null, b: Id | null): boolean {
  return a === null || b === null ? a === b : String(a) === String(b)
}

/** The documents of one scope; `prefix` is `version.` for queries on the versions table. */
function inScope(scope: Id | null, prefix = ''): Where {
  return scope === null
    ? { [`${prefix}municipality`]: { exists: false } }
    : { [`${prefix}municipality`]: { equals: scope } }
}

/**
 * What a reader sees. The public: published documents of every scope (the site shows them all).
 * Admins and national staff: everything, to oversee what municipalities add. A municipality's
 * staff: national documents and their own municipality's, never another municipality's.
 */
function readable(user: unknown, prefix: string): boolean | Where {
  if (!user) return { [`${prefix}_status`]: { equals: 'published' } }
  const scope = userScope(user)
  if (hasRole(user, 'admin') || scope === null) return true
  return { or: [inScope(null, prefix), inScope(scope, prefix)] }
}

/**
 * Reading documents (REST, GraphQL and the Local API alike, drafts included). The query
 * constraint, not the `draft` argument, is what keeps drafts from leaking to anonymous readers.
 */
export const readInScope: Access = ({ req }) => readable(req.user, '')

/** Reading a document's versions: logged-in users only, in the same scopes as reading. */
export const readVersionsInScope: Access = ({ req }) =>
  req.user ? readable(req.user, 'version.') : false

/**
 * Writing (update, delete) with the given roles: admins anywhere; everyone else only the
 * documents of their own scope, so national staff write national documents and a
 * municipality's staff write their municipality's.
 */
export const writeInScope =
  (allowed: RoleRule): Access =>
  ({ req }) => {
    if (!allowed({ req })) return false
    if (hasRole(req.user, 'admin')) return true
    return inScope(userScope(req.user))
  }

/**
 * Creating with the given roles: admins in any scope; everyone else only in their own. A
 * document sent without a municipality is placed in the writer's scope by the field's default,
 * so only an explicit other scope is refused here (the admin asks without data for its buttons).
 */
export const createInScope =
  (allowed: RoleRule): Access =>
  ({ req, data }) => {
    if (!allowed({ req })) return false
    if (hasRole(req.user, 'admin') || !data || !('municipality' in data)) return true
    const { municipality } = data as { municipality?: unknown }
    return sameScope(scopeOf(municipality), userScope(req.user))
  }

/**
 * Reading uploads (images, video and caption files; they have no drafts). The public reads
 * every one, as the site shows them; in the admin, a municipality's staff see national uploads
 * and their own municipality's, never another municipality's.
 */
export const readUploadsInScope: Access = ({ req }) => (req.user ? readable(req.user, '') : true)
