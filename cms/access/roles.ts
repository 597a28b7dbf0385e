import type { Role } from '../../content-models/index.ts'

type WithUser = { req: { user?: unknown } }

/** The role of the logged-in user, if any. */
function roleOf(user: unknown): Role | undefined {
  if (user && typeof user === 'object' && 'role' in user) return (user as { role: Role }).role
  return undefined
}

/** True when the logged-in user has one of the roles. */
export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

/** An access rule letting only the given roles through. */
const rolesOnly =
  (...roles: Role[]) =>
  ({ req }: WithUser): boolean =>
    hasRole(req.user, ...roles)

/** Admins manage users and everything else. */
export const adminsOnly = rolesOnly('admin')

/** Editors, publishers and admins write content; reviewers only read. */
export const writers = rolesOnly('admin', 'editor', 'publisher')

/** Publishers and admins publish, unpublish and delete. */
export const publishers = rolesOnly('admin', 'publisher')

/** Anyone, logged in or not: what the public site reads. */
export const anyone = (): boolean => true

/** Anyone logged in. */
export const loggedIn = ({ req }: WithUser): boolean => Boolean(req.user)
