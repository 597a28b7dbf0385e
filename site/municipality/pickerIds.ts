const perPage = new Map<string, number>()

/**
 * A page-unique id for one more municipality picker on the page at `path` (a lesson may hold
 * several contact boxes): `kontakt-kommune-1`, `-2` … The same build gives the same ids.
 */
export function nextPickerId(path: string, base = 'kommune'): string {
  const n = (perPage.get(path) ?? 0) + 1
  perPage.set(path, n)
  return `${base}-${n}`
}
