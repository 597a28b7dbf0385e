/**
 * The one event a question may make, and only with consent: `question_asked` with 1 (answered)
 * or 0 (no answer), the page's locale and the source the citizen opened, if any. Never the
 * question. It waits until the citizen opens an answer, asks the next question or leaves.
 */
type Track = typeof import('../../events/track.ts').track

let track: Track | undefined
let pending: { value: 0 | 1 } | undefined

/** Sends the waiting question's event, with the source opened when there is one. */
export function reportQuestion(content?: string): void {
  if (!pending || !track) return
  track({ type: 'question_asked', value: pending.value, ...(content && { content }) })
  pending = undefined
}

/** A question has been answered (or not): its event waits for what the citizen does next. */
export function questionShown(answered: boolean): void {
  reportQuestion()
  pending = { value: answered ? 1 : 0 }
  // Loaded now, so a click on an answer can queue the event before the page unloads.
  void import('../../events/track.ts').then((module) => {
    track = module.track
  })
}

addEventListener('pagehide', () => {
  reportQuestion()
})
