/**
 * Lower case with æ/ø/å written out as ae/oe/aa and other accents dropped, so "søgning",
 * "soegning" and "SØGNING" meet. Index and question go through the same fold.
 * @example foldLetters('Ansøgning på ÆRØ') // 'ansoegning paa aeroe'
 */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

/** One word of a text: where it stands in the original and its folded form. */
export type Token = { start: number; end: number; folded: string }

const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

/**
 * The words of a text with their places. A hyphenated word ("a-kasse") is one token, folded
 * without its hyphens ("akasse"); the analyzer adds its parts as terms of their own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(wordPattern)) {
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      folded: foldLetters(match[0]),
    })
  }
  return tokens
}
