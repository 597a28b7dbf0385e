/** The characters from `first` to `last` (code points, both included). */
function range(first: number, last: number): string {
  return String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, i) => first + i))
}

/**
 * Every character the site's fonts keep (site/integrations/subsetFonts.ts): what Danish and
 * English text needs, and the typography editors type. A character outside it is drawn from the
 * next font of the stack; tests/budgets checks that every built page's text stays inside it.
 * Only characters DKFDS's Latin-1 files have (not the thin spaces or the no-break hyphen).
 */
export const fontCharacters = [
  range(0x20, 0x7e), // ASCII: letters, digits, punctuation
  'æøåÆØÅ', // Danish
  'éÉüÜöÖäÄ', // names and loanwords (café, München, Malmö)
  '\u00a0\u00ad', // no-break space, soft hyphen
  '«»§°·×©', // quotes of other languages, section sign (laws), degree, middle dot, times, copyright
  '–—‘’‚“”„•…€−™', // dashes, curly quotes, bullet, ellipsis, euro, minus, trade mark
].join('')
