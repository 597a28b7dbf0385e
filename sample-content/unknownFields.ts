import { z } from 'zod'

/** A field the schema does not know, by its path. */
export type UnknownField = { path: PropertyKey[] }

/**
 * Finds the keys of `value` that `schema` does not declare. Zod's plain objects drop
 * unknown keys silently, so a typo in front matter (`sumary:`) would vanish; strict and
 * loose objects (references, conditions, rich text) are left to zod itself.
 */
export function findUnknownFields(
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[] = [],
): UnknownField[] {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodObject && isRecord(value)) {
    const shape = inner.shape as Record<string, z.ZodType>
    const checksKeys = inner._zod.def.catchall === undefined
    return Object.entries(value).flatMap(([key, child]) => {
      const field = shape[key]
      if (field) return findUnknownFields(field, child, [...path, key])
      return checksKeys ? [{ path: [...path, key] }] : []
    })
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as z.ZodType
    return value.flatMap((item, index) => findUnknownFields(element, item, [...path, index]))
  }
  return []
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodLazy
  ) {
    return unwrap(schema.unwrap() as z.ZodType)
  }
  return schema
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
