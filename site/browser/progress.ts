/**
 * Progressive enhancement for lesson, course, video and checklist pages: the HTML reads fully
 * without it. It turns on checkboxes and the "mark as done" button, marks a video done when it
 * plays to the end, shows course progress, and keeps it all in the device state.
 */
import { consented } from '../events/consented.ts'
import type { EventInput } from '../events/index.ts'
import { format } from '../i18n/format.ts'
import type { DeviceState } from '../state/deviceState.ts'
import { loadState, onStateChange, writeState } from '../state/storage.ts'
import { setChecked, setCompleted } from '../state/updates.ts'

type Messages = Record<
  | 'markDone'
  | 'undo'
  | 'doneStatus'
  | 'undoneStatus'
  | 'lessonsDone'
  | 'itemsDone'
  | 'videoWatched'
  | 'reset',
  string
>

type Events = typeof import('../events/index.ts')
let loadedEvents: Events | undefined
let loadingEvents: Promise<Events> | undefined

/**
 * The event code, loaded only once the citizen has said yes to sending (most never do). One
 * promise for every caller, so events queued while it loads keep their order.
 */
function events(): Promise<Events> {
  loadingEvents ??= import('../events/index.ts').then((loaded) => (loadedEvents = loaded))
  return loadingEvents
}

/**
 * Queues an event when sending is on; without consent no event code is even loaded. Once the
 * code is there the event is queued at once: a promise's turn may never come when the citizen
 * follows a link right after a click.
 */
function track(input: EventInput, options?: { once?: string }): void {
  if (!consented()) return
  if (loadedEvents) loadedEvents.track(input, options)
  else void events().then((loaded) => loaded.track(input, options))
}

// With sending on, the code is fetched as the page opens, so even the first event is queued at once.
if (consented()) void events()

const root = document.querySelector<HTMLElement>('[data-progress-messages]')
const messages = JSON.parse(root?.dataset.progressMessages ?? '{}') as Messages
const loaded = loadState()
let state: DeviceState = loaded.state

function save(next: DeviceState): void {
  state = next
  writeState(next)
}

function showReset(): void {
  if (!root || !loaded.reset) return
  const box = document.createElement('div')
  box.className = 'alert alert-warning'
  const body = document.createElement('p')
  body.className = 'alert-text'
  body.textContent = messages.reset
  box.append(body)
  root.append(box)
}

function syncChecklists(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const slug = list.dataset.checklist ?? ''
    const ticked = new Set(state.checked[slug] ?? [])
    const boxes = [...list.querySelectorAll<HTMLInputElement>('input[data-item]')]
    for (const box of boxes) box.checked = ticked.has(box.dataset.item ?? '')
    const status = list.querySelector('[data-checklist-status]')
    const done = boxes.filter((box) => box.checked).length
    if (status) status.textContent = format(messages.itemsDone, { done, total: boxes.length })
  }
}

function syncDone(announce: boolean): void {
  const done = new Set(state.completed)
  for (const block of document.querySelectorAll<HTMLElement>('[data-done-ref]')) {
    const isDone = done.has(block.dataset.doneRef ?? '')
    const button = block.querySelector<HTMLButtonElement>('[data-done-button]')
    if (button) {
      button.textContent = isDone ? messages.undo : messages.markDone
      button.className = isDone ? 'button button-secondary' : 'button button-primary'
    }
    const status = block.querySelector('[data-done-status]')
    if (status && (announce || isDone))
      status.textContent = isDone ? messages.doneStatus : announce ? messages.undoneStatus : ''
  }
  for (const course of document.querySelectorAll<HTMLElement>('[data-course-lessons]')) {
    const items = [...course.querySelectorAll<HTMLElement>('[data-lesson-ref]')]
    for (const item of items)
      item.classList.toggle('jf-is-done', done.has(item.dataset.lessonRef ?? ''))
    const status = course.querySelector('[data-course-status]')
    const count = items.filter((item) => done.has(item.dataset.lessonRef ?? '')).length
    if (status)
      status.textContent = format(messages.lessonsDone, { done: count, total: items.length })
  }
}

/** Video progress at 25, 50, 75 and 100 %, each mark once per video and subject. */
function trackVideo(video: HTMLVideoElement): void {
  if (!video.duration || !Number.isFinite(video.duration)) return
  const percent = (video.currentTime / video.duration) * 100
  const content = video.dataset.doneVideo ?? ''
  for (const mark of [25, 50, 75, 100]) {
    // The last frame often lands a hair short of the duration; 99.5 % counts as the end.
    if (percent >= Math.min(mark, 99.5))
      track({ type: 'video_progress', content, value: mark }, { once: `video/${content}/${mark}` })
  }
}

function enhance(): void {
  for (const element of document.querySelectorAll<HTMLElement>('.jf-js-only'))
    element.hidden = false
  for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    list.classList.remove('jf-static')
    const slug = list.dataset.checklist ?? ''
    for (const box of list.querySelectorAll<HTMLInputElement>('input[data-item]')) {
      box.disabled = false
      box.addEventListener('change', () => {
        save(setChecked(state, slug, box.dataset.item ?? '', box.checked))
        const type = box.checked ? 'checklist_item_checked' : 'checklist_item_unchecked'
        track({ type, content: `checklists/${slug}` })
      })
    }
  }
  for (const block of document.querySelectorAll<HTMLElement>('[data-done-ref]')) {
    block.querySelector('[data-done-button]')?.addEventListener('click', () => {
      const ref = block.dataset.doneRef ?? ''
      save(setCompleted(state, ref, !state.completed.includes(ref)))
      syncDone(true)
    })
  }
  for (const video of document.querySelectorAll<HTMLVideoElement>('video[data-done-video]')) {
    video.addEventListener('timeupdate', () => trackVideo(video))
    video.addEventListener('ended', () => {
      trackVideo(video)
      const ref = video.dataset.doneVideo ?? ''
      if (!state.completed.includes(ref)) save(setCompleted(state, ref, true))
    })
  }
  const back = document.querySelector<HTMLAnchorElement>('[data-back-to-flow]')
  const referrer = document.referrer ? new URL(document.referrer) : null
  if (
    back &&
    referrer &&
    referrer.origin === location.origin &&
    /^\/(en\/flows|forloeb)\//.test(referrer.pathname)
  ) {
    back.href = referrer.pathname
    back.hidden = false
  }
}

enhance()
if (consented()) void events().then((loaded) => loaded.startSender())
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-contact] a'))
    track({ type: 'contact_requested' })
})
showReset()
syncChecklists()
syncDone(false)
onStateChange((next) => {
  state = next
  syncChecklists()
  syncDone(false)
})
