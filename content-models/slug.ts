const danishLetters: Record<string, string> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  Æ: 'ae',
  Ø: 'oe',
  Å: 'aa',
}

/** A URL slug pattern: lower-case ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Makes a URL slug from a title: Danish letters transliterated (æ→ae, ø→oe, å→aa),
 * other accents dropped, lower case, words joined by hyphens.
 * @example slugify('Sådan bruger du jobloggen') // 'saadan-bruger-du-jobloggen'
 */
export function slugify(title: string): string {
  return title
    .replace(/[æøåÆØÅ]/g, (letter) => danishLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}
