/** One change to a JSON document, addressed with the same paths problems use (`steps[2].showWhen`). */
export type PatchOperation =
  { set: string; to: unknown } | { push: string; value: unknown } | { delete: string }

/** An object or array inside the document, indexed by a path segment. */
type JsonNode = Record<string | number, unknown>

/** A deep copy of `document` with the operations applied in order. */
export function applyPatch<T>(document: T, operations: readonly PatchOperation[] = []): T {
  const copy = structuredClone(document)
  for (const operation of operations) {
    const path =
      'set' in operation ? operation.set : 'push' in operation ? operation.push : operation.delete
    const keys = parsePath(path)
    const last = keys.pop()!
    const parent = keys.reduce<unknown>((node, key) => (node as JsonNode)[key], copy) as JsonNode
    if ('set' in operation) parent[last] = structuredClone(operation.to)
    else if ('push' in operation) (parent[last] as unknown[]).push(structuredClone(operation.value))
    else if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else Reflect.deleteProperty(parent, last)
  }
  return copy
}

function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1]!,
  )
}
