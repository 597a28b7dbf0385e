/** One caption cue: when it shows (seconds) and what it says. @public */
export type Cue = { start: number; end: number; text: string }

/** A WebVTT problem with its line number, explained in Danish and English. @public */
export type WebVttProblem = { line: number; da: string; en: string }

/** The cues of a WebVTT file, or its first problem. */
export type WebVttResult = { ok: true; cues: Cue[] } | { ok: false; problem: WebVttProblem }

const timestamp = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

function seconds(text: string): number | undefined {
  const match = timestamp.exec(text)
  if (!match) return undefined
  const [, hours = '0', minutes = '0', secs = '0', millis = '0'] = match
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000
}

const fail = (line: number, da: string, en: string): WebVttResult => ({
  ok: false,
  problem: { line, da, en },
})

/**
 * Parses a WebVTT caption file strictly enough to catch what breaks captions in browsers:
 * a missing header, a malformed or backwards timing line, a cue without text.
 * @example parseWebVtt('WEBVTT\n\n00:00.000 --> 00:02.000\nHej').ok // true
 */
export function parseWebVtt(source: string): WebVttResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return fail(1, 'Første linje skal være "WEBVTT".', 'The first line must be "WEBVTT".')
  }
  const cues: Cue[] = []
  let index = 1
  while (index < lines.length) {
    while (index < lines.length && lines[index]!.trim() === '') index++
    if (index >= lines.length) break
    const blockStart = index
    const block: string[] = []
    while (index < lines.length && lines[index]!.trim() !== '') block.push(lines[index++]!)
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(block[0]!)) continue
    const timingAt = block[0]!.includes('-->') ? 0 : 1
    const timing = block[timingAt]
    const lineNumber = blockStart + timingAt + 1
    if (timing === undefined || !timing.includes('-->')) {
      return fail(
        lineNumber,
        'Her mangler en tidslinje som "00:00.000 --> 00:02.000".',
        'A timing line like "00:00.000 --> 00:02.000" is missing here.',
      )
    }
    const [from = '', rest = ''] = timing.split('-->')
    const start = seconds(from.trim())
    const end = seconds(rest.trim().split(/\s+/)[0] ?? '')
    if (start === undefined || end === undefined) {
      return fail(
        lineNumber,
        `Tidslinjen "${timing}" kan ikke læses.`,
        `The timing line "${timing}" cannot be read.`,
      )
    }
    if (end <= start) {
      return fail(
        lineNumber,
        'Teksten slutter, før den begynder.',
        'The cue ends before it starts.',
      )
    }
    const text = block
      .slice(timingAt + 1)
      .join('\n')
      .trim()
    if (text === '') {
      return fail(
        lineNumber,
        'Der er ingen tekst til denne tid.',
        'There is no text for this timing.',
      )
    }
    cues.push({ start, end, text })
  }
  if (cues.length === 0)
    return fail(1, 'Filen har ingen undertekster.', 'The file has no captions.')
  return { ok: true, cues }
}
