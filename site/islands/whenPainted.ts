import { afterPaint } from './afterPaint.ts'

/** Work an answer leaves until its screen has painted, in the order it was handed in. */
const waiting: (() => void)[] = []
let cancelPaint: (() => void) | null = null

function onHidden(): void {
  if (document.visibilityState === 'hidden') runWaiting()
}

function runWaiting(): void {
  cancelPaint?.()
  cancelPaint = null
  removeEventListener('pagehide', runWaiting)
  document.removeEventListener('visibilitychange', onHidden)
  for (const work of waiting.splice(0)) {
    try {
      work()
    } catch (error) {
      // One failing piece (a full storage, say) must not keep the others from running.
      console.error(error)
    }
  }
}

/**
 * Runs `work` once the browser has painted the screen an answer changed ({@link afterPaint}):
 * storing the state, queueing events and adding the history entry are synchronous and cost a
 * slow phone tens of milliseconds, none of which the citizen needs before the next screen shows.
 * Work still waiting runs at once when the page is hidden or left, so nothing is lost.
 * Returns a cancel function for work that has become wrong before it ran.
 */
export function whenPainted(work: () => void): () => void {
  waiting.push(work)
  if (!cancelPaint) {
    cancelPaint = afterPaint(runWaiting)
    addEventListener('pagehide', runWaiting)
    document.addEventListener('visibilitychange', onHidden)
  }
  return () => {
    const at = waiting.indexOf(work)
    if (at >= 0) waiting.splice(at, 1)
  }
}
