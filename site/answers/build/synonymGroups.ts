/**
 * The editors' "Synonymer" text as groups: one group per line, words (or short phrases)
 * separated by commas; a line with fewer than two words is no group.
 * @example synonymGroups('fyret, opsagt\nmøde, samtale') // [['fyret', 'opsagt'], ['møde', 'samtale']]
 */
export function synonymGroups(text: string | null | undefined): string[][] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length >= 2)
}
