// The text a built page shows in the site's fonts: its text outside scripts and styles, the
// attributes a browser draws (alt, placeholder, value), and the island's props (the questions
// and plan the flow island renders), with character references decoded.

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
}

function decoded(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    const character = named[name]
    if (character === undefined) throw new Error(`unknown character reference ${reference}`)
    return character
  })
}

/** A built page's shown text (see the file's comment), as one string. */
export function pageText(html: string): string {
  const shown = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
  const attributes = [...shown.matchAll(/\s(?:alt|placeholder|value|props)="([^"]*)"/gi)].map(
    (match) => match[1]!,
  )
  return decoded([shown.replace(/<[^>]*>/g, ' '), ...attributes].join(' '))
}

/** The characters of `text` a font must draw: all but control and invisible format characters. */
export function drawnCharacters(text: string): Set<string> {
  return new Set(Array.from(text).filter((character) => !/[\p{Cc}\p{Cf}]/u.test(character)))
}
