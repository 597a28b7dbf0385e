import type { TextField } from 'payload'

/** A stable key an editor gives an item, question or step (lower-case letters, digits, - and _). */
export function keyField(description: { da: string; en: string }): TextField {
  return {
    name: 'key',
    type: 'text',
    required: true,
    label: { da: 'Nøgle', en: 'Key' },
    admin: { description },
    validate: (value: unknown) =>
      typeof value === 'string' && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(value)
        ? true
        : 'Brug små bogstaver, tal, - og _ / Use lower-case letters, digits, - and _',
  }
}
