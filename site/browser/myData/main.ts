/**
 * "Mine data": shows what the device keeps (answers, progress, ticks, the anonymous id, the
 * queue) and what the server holds, in words; downloads it all; erases it all; makes a new id.
 * The server is asked only while sharing is on, or for ids this device sent for, or on a click.
 */
import { onTrackingChange, loadTracking, startSender } from '../../events/index.ts'
import { format } from '../../i18n/format.ts'
import { loadState, onStateChange, writeState } from '../../state/storage.ts'
import { newSubject } from '../../state/subject.ts'
import { downloadJson, eraseEverything, everything, knownSubjects, serverData } from './actions.ts'
import { describeAnswers, describeChecked, describeCompleted, describeEvent } from './describe.ts'
import { el, fill, listOrNone } from './dom.ts'
import { renderMunicipality } from './municipality.ts'
import type { MyDataMessages } from './messages.ts'
import { eventsTable } from './serverView.ts'
import type { DataLabels } from './types.ts'

const root = document.querySelector<HTMLElement>('[data-my-data]')
const actions = document.querySelector<HTMLElement>('[data-my-data-actions]')
const labels = JSON.parse(root?.dataset.labels ?? '{}') as DataLabels
const t = JSON.parse(root?.dataset.messages ?? '{}') as MyDataMessages
const locale = document.documentElement.lang
let erased = false
const q = (selector: string) => document.querySelector<HTMLElement>(selector)

function renderDevice(): void {
  if (!root || erased) return
  const { state } = loadState()
  const sending = loadTracking().state
  fill(root, '[data-subject]', document.createTextNode(state.subject))
  fill(root, '[data-answers]', listOrNone(describeAnswers(state, labels), t.noAnswers))
  fill(root, '[data-progress]', listOrNone(describeCompleted(state, labels), t.noProgress))
  fill(root, '[data-checked]', listOrNone(describeChecked(state, labels), t.noChecked))
  renderMunicipality(root.querySelector('section .jf-until-filled'), state)
  const queued = sending.queue.map((event) => {
    const { what, about } = describeEvent(event, labels, t)
    return about ? `${what}: ${about}` : what
  })
  const count = queued.length ? el('p', format(t.queueCount, { n: queued.length })) : null
  fill(root, '[data-queue]', ...(count ? [count] : []), listOrNone(queued, t.queueEmpty))
}

async function renderServer(subjects: string[]): Promise<void> {
  const status = q('[data-server-status]')
  const button = q('[data-server-fetch]')
  if (!status || !root || erased) return
  if (subjects.length === 0) {
    status.textContent = t.serverNotAsked
    if (button) button.hidden = false
    fill(root, '[data-server-events]')
    return
  }
  status.textContent = t.serverLoading
  try {
    const events = Object.values(await serverData(subjects)).flat()
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the erase button can set it while the server answers; TypeScript keeps the narrowing across await
    if (erased) return
    events.sort((a, b) => a.at.localeCompare(b.at))
    status.textContent = events.length ? format(t.serverCount, { n: events.length }) : t.serverNone
    fill(
      root,
      '[data-server-events]',
      ...(events.length ? [eventsTable(events, labels, t, locale)] : []),
    )
  } catch {
    status.textContent = t.serverError
  }
}

function wireActions(): void {
  q('[data-server-fetch]')?.addEventListener('click', () => {
    void renderServer([loadState().state.subject])
  })
  q('[data-download]')?.addEventListener('click', () => {
    void everything(loadState().state).then((data) => {
      downloadJson(data, 'jobunivers-mine-data.json')
    })
  })
  q('[data-new-id]')?.addEventListener('click', () => {
    const { state } = loadState()
    writeState({ ...state, subject: newSubject() })
    const status = q('[data-new-id-status]')
    if (status) status.textContent = t.newIdDone
    void renderServer(knownSubjects(loadState().state.subject))
  })
  const confirm = q('[data-erase-confirm]')
  const result = q('[data-erase-status]')
  q('[data-erase]')?.addEventListener('click', () => {
    if (!confirm) return
    confirm.hidden = false
    q('[data-erase-question]')?.focus()
  })
  q('[data-erase-no]')?.addEventListener('click', () => {
    if (confirm) confirm.hidden = true
    q('[data-erase]')?.focus()
  })
  q('[data-erase-yes]')?.addEventListener('click', () => {
    void eraseAll(confirm, result)
  })
}

/** The confirmed erase: the server first, then the device (`eraseEverything`), told in `result`. */
async function eraseAll(confirm: HTMLElement | null, result: HTMLElement | null): Promise<void> {
  if (confirm) confirm.hidden = true
  if (result) result.textContent = t.erasing
  // Set first: erasing tells this page's scripts, and a render now would store a fresh state.
  erased = true
  try {
    await eraseEverything(loadState().state.subject)
    if (root) root.hidden = true
    if (result) result.textContent = t.erased
  } catch {
    erased = false
    if (result) result.textContent = t.eraseFailed
  }
  result?.focus()
}

if (root && actions) {
  root.hidden = false
  actions.hidden = false
  renderDevice()
  wireActions()
  const subjects = knownSubjects(loadState().state.subject)
  // Served showing, as a fresh device needs it (no layout shift); not needed once ids are known.
  const fetchButton = q('[data-server-fetch]')
  if (fetchButton && subjects.length > 0) fetchButton.hidden = true
  void renderServer(subjects)
  // Filled: draw what was laid out hidden (site.css, `jf-until-filled`).
  root.closest('main')?.setAttribute('data-filled', '')
  onStateChange(renderDevice)
  let seen = loadTracking().state
  onTrackingChange((state) => {
    if (erased) return
    renderDevice()
    // Sharing turned on or off, or a batch reached the server: what the server holds changed.
    if (state.consent !== seen.consent || state.sentFor.join() !== seen.sentFor.join())
      void renderServer(knownSubjects(loadState().state.subject))
    seen = state
  })
  startSender()
}
