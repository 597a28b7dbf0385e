/** An address or path without the slashes it ends with: `http://cms:3000/` → `http://cms:3000`. */
export function withoutTrailingSlash(text: string): string {
  return text.replace(/\/+$/, '')
}
