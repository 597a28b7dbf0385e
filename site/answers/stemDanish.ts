// A compact Danish stemmer after the Snowball Danish algorithm (snowballstem.org), run on
// folded words (æ → ae, ø → oe, å → aa), so its vowels are a, e, i, o, u and y.

const vowels = new Set('aeiouy')

const step1Suffixes = [
  'erendes',
  'erende',
  'hedens',
  'ethed',
  'erede',
  'heden',
  'heder',
  'endes',
  'ernes',
  'erens',
  'erets',
  'ered',
  'ende',
  'erne',
  'eres',
  'eren',
  'erer',
  'heds',
  'enes',
  'hed',
  'ene',
  'ere',
  'ens',
  'ers',
  'ets',
  'eret',
  'en',
  'er',
  'es',
  'et',
  'e',
].sort((a, b) => b.length - a.length)

const sEndings = new Set('abcdfghjklmnoprtvyz')

/** Where R1 starts: after the first non-vowel that follows a vowel, and at least at 3. */
function regionOne(word: string): number {
  for (let index = 1; index < word.length; index++) {
    if (!vowels.has(word[index]!) && vowels.has(word[index - 1]!)) return Math.max(3, index + 1)
  }
  return word.length
}

function consonantPair(word: string, r1: number): string {
  return /(?:gd|dt|gt|kt)$/.test(word) && word.length - 2 >= r1 ? word.slice(0, -1) : word
}

/**
 * The stem of a folded Danish word: "ansoegning", "ansoegninger" and "ansoegningen" meet.
 * @example stemDanish('ansoegninger') // 'ansoegning'
 */
export function stemDanish(word: string): string {
  if (word.length < 3) return word
  const r1 = regionOne(word)
  let stem = word
  const suffix = step1Suffixes.find((end) => stem.endsWith(end) && stem.length - end.length >= r1)
  if (suffix) stem = stem.slice(0, -suffix.length)
  else if (stem.endsWith('s') && stem.length - 1 >= r1 && sEndings.has(stem.at(-2) ?? ''))
    stem = stem.slice(0, -1)
  stem = consonantPair(stem, r1)
  if (stem.endsWith('igst')) stem = stem.slice(0, -2)
  const step3 = ['elig', 'lig', 'els', 'ig'].find(
    (end) => stem.endsWith(end) && stem.length - end.length >= r1,
  )
  if (step3) stem = consonantPair(stem.slice(0, -step3.length), r1)
  else if (stem.endsWith('loest') && stem.length - 5 >= r1) stem = stem.slice(0, -1)
  const last = stem.at(-1) ?? ''
  if (stem.length - 1 >= r1 && !vowels.has(last) && stem.at(-2) === last) stem = stem.slice(0, -1)
  return stem
}
