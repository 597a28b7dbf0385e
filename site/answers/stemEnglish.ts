// A light English stemmer: plurals, -ed, -ing, -ly and a final e, enough to let "apply",
// "applied" and "applying" or "hire" and "hiring" meet. Porter's full algorithm is larger
// than this site needs; both the index and the question use this one.

const vowel = /[aeiouy]/

function undouble(stem: string): string {
  return /([bdfgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem
}

/**
 * The stem of a folded English word.
 * @example stemEnglish('applying') // 'apply'
 */
export function stemEnglish(word: string): string {
  let stem = word.replace(/'s$/, '')
  if (stem.length <= 3) return stem
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2)
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1)
  if (stem.endsWith('ied') && stem.length > 4) stem = `${stem.slice(0, -3)}y`
  else if (stem.endsWith('ing') && vowel.test(stem.slice(0, -3)) && stem.length > 5)
    stem = undouble(stem.slice(0, -3))
  else if (stem.endsWith('ed') && vowel.test(stem.slice(0, -2)) && stem.length > 4)
    stem = undouble(stem.slice(0, -2))
  if (stem.endsWith('ly') && stem.length > 5) stem = stem.slice(0, -2)
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1)
  return stem
}
