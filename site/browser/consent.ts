/**
 * Turns on the consent choice of every `[data-consent]` box: shows the stored choice, saves a
 * change at once (turning it off drops what waits to be sent) and says what it is now.
 */
import {
  flush,
  loadTracking,
  onTrackingChange,
  saveTracking,
  setConsent,
  updateTracking,
} from '../events/index.ts'

type Messages = { on: string; off: string; reset: string }

const boxes = [...document.querySelectorAll<HTMLElement>('[data-consent]')]
const first = loadTracking()

let shown: boolean | null = null

function show(consent: boolean, note = ''): void {
  shown = consent
  for (const box of boxes) {
    const messages = JSON.parse(box.dataset.messages ?? '{}') as Messages
    const choice = box.querySelector<HTMLInputElement>('[data-consent-choice]')
    const status = box.querySelector<HTMLElement>('[data-consent-status]')
    if (choice) choice.checked = consent
    if (status) status.textContent = [note, consent ? messages.on : messages.off].join(' ').trim()
  }
}

for (const box of boxes) {
  const choice = box.querySelector<HTMLInputElement>('[data-consent-choice]')
  if (!choice) continue
  choice.disabled = false
  choice.addEventListener('change', () => {
    const next = updateTracking((state) => setConsent(state, choice.checked, new Date()))
    show(next.consent)
    if (next.consent) void flush()
  })
}
const resetNote =
  first.reset && boxes[0] ? (JSON.parse(boxes[0].dataset.messages ?? '{}') as Messages).reset : ''
// A value that could not be read is replaced at once, so the notice shows only once.
if (first.reset) saveTracking(first.state)
show(first.state.consent, resetNote)
onTrackingChange((state) => {
  if (state.consent !== shown) show(state.consent)
})
