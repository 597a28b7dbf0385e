import type { TextField } from 'payload'

/** The pattern every item, question, option and step key follows (as content-models' `key`). */
export const keyPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/
const keyMessage = 'Brug små bogstaver, tal, - og _ / Use lower-case letters, digits, - and _'

/** How a key field behaves beyond its description. */
export type KeyFieldOptions = {
  /** The field's name; `key` unless the data calls it otherwise (an option's `value`). */
  name?: string
  /**
   * Made from the row's title on first save (see `cms/collections/Flows/flowKeys.ts`), so it
   * may be left empty, and shown only under the flow's "Avanceret" toggle.
   */
  madeFromTitle?: boolean
}

/** A stable key an editor gives an item, question or step (lower-case letters, digits, - and _). */
export function keyField(
  description: { da: string; en: string },
  options: KeyFieldOptions = {},
): TextField {
  const { name = 'key', madeFromTitle = false } = options
  return {
    name,
    type: 'text',
    required: true,
    label: { da: 'Nøgle', en: 'Key' },
    admin: {
      description,
      ...(madeFromTitle ? { components: { Field: '/admin/flows/KeyField.tsx#KeyField' } } : {}),
    },
    validate: (value: unknown) => {
      // Left empty, the key is made from the title before the save is validated.
      if (madeFromTitle && (value === undefined || value === null || value === '')) return true
      return typeof value === 'string' && keyPattern.test(value) ? true : keyMessage
    },
  }
}
