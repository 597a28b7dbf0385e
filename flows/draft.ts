// Flow code also runs on drafts the editor is still writing (the admin's trial, path map and
// sentences), which may lack lists the schema requires or hold anything in place of a condition
// or variant (tests/flows/draftRobustness.test.ts). These read such data without trusting its type.

/** A list the schema requires, or empty when a draft lacks it. */
export function listOf<T>(list: T[] | null | undefined): T[] {
  return list ?? []
}

/** Whether a value is an object at all (not null), so its fields can be read. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
