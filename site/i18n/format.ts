/**
 * Fills `{name}` placeholders of a message.
 * @example format('{done} af {total}', { done: 1, total: 3 }) // '1 af 3'
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  )
}
