/**
 * `value` typed as possibly undefined: a variable a `beforeAll` assigns is still unset in
 * `afterAll` when that `beforeAll` failed early, whatever its declared type says.
 */
export function mayBeUnset<T>(value: T): T | undefined {
  return value
}
