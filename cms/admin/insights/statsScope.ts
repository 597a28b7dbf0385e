import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Whose numbers Indsigt may read from the tracking API for one request. National staff and
 * admins: the national totals (`municipality` null) or one municipality they picked. A
 * municipality's staff: their own municipality only. `unresolved`: a municipality's staff whose
 * municipality has no official code, who get no numbers at all.
 */
export type StatsScope =
  | { kind: 'national'; municipality: string | null }
  | { kind: 'municipality'; municipality: string; name: string }
  | { kind: 'unresolved' }

const current = new AsyncLocalStorage<StatsScope>()

/**
 * Runs `read` (and everything it awaits) in a scope: every tracking API request made meanwhile
 * through `trackingStats` asks for that scope's numbers, whatever its caller put in the query.
 */
export function withStatsScope<T>(scope: StatsScope, read: () => T): T {
  return current.run(scope, read)
}

/**
 * The query a tracking API request may send in the current scope: `municipality` set by the
 * scope alone (removed for national totals), whatever the caller put there. Null in an
 * unresolved scope: no numbers. Outside any scope (code without a logged-in user: tests,
 * scripts) the query goes as given; Indsigt always reads inside one (InsightsView).
 * @example withStatsScope({ kind: 'municipality', municipality: '787', name: 'Thisted' }, () => scopedQuery({ municipality: '751' })) // { municipality: '787' }
 */
export function scopedQuery(
  query: Record<string, string | undefined>,
): Record<string, string | undefined> | null {
  const scope = current.getStore()
  if (!scope) return query
  if (scope.kind === 'unresolved') return null
  return { ...query, municipality: scope.municipality ?? undefined }
}
