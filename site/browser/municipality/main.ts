/**
 * The municipality line on every page: reads the choice from the device (without writing),
 * says "Din kommune: Thisted · Skift" or "Vælg din kommune", opens and closes the picker, and
 * after the first paint shows the municipality's contact in the page's contact boxes. The
 * picker's logic and the postcode table load only when the citizen looks something up.
 */
import type { Locale } from '../../../content-models/browser.ts'
import { format } from '../../i18n/format.ts'
import type { Messages } from '../../i18n/index.ts'
import { afterPaint } from '../../islands/afterPaint.ts'
import { municipalityName } from '../../municipality/names.ts'
import { onStateChange, peekState } from '../../state/storage.ts'
import { showLocalContact } from './contact.ts'

type Words = Messages['municipality']

function start(root: HTMLElement): void {
  const t = JSON.parse(root.dataset.messages ?? '{}') as Words
  const locale: Locale = root.dataset.locale === 'en' ? 'en' : 'da'
  const q = (selector: string) => root.querySelector<HTMLElement>(selector)
  const line = q('[data-municipality-line]')
  const current = q('[data-municipality-current]')
  const toggle = q('[data-municipality-toggle]')
  const panel = q('[data-municipality-panel]')
  const announce = q('[data-municipality-announce]')
  if (!line || !current || !toggle || !panel || !announce) return

  const render = (code: string | undefined) => {
    current.textContent = code ? `${format(t.current, { name: municipalityName(code) })} · ` : ''
    toggle.textContent = code ? t.change : t.choose
    if (code) toggle.setAttribute('aria-label', t.changeLabel)
    else toggle.removeAttribute('aria-label')
    line.setAttribute('data-filled', '')
    for (const section of document.querySelectorAll<HTMLElement>('[data-find-jobcentre]'))
      section.hidden = code !== undefined
  }
  const setOpen = (open: boolean) => {
    panel.hidden = !open
    toggle.setAttribute('aria-expanded', String(open))
    if (open) panel.querySelector<HTMLInputElement>('[data-picker-input]')?.focus()
  }

  let shown = peekState()?.municipality
  render(shown)
  if (shown) afterPaint(() => void showLocalContact(shown, locale, t))
  onStateChange((state) => {
    if (state.municipality === shown) return
    shown = state.municipality
    render(shown)
    void showLocalContact(shown, locale, t)
  })

  toggle.addEventListener('click', () => setOpen(panel.hidden))
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return
    setOpen(false)
    toggle.focus()
  })
  document.addEventListener('submit', (event) => {
    const form = (event.target as Element).closest('[data-municipality-form]')
    const picker = form?.closest<HTMLElement>('[data-municipality-picker]')
    if (!picker) return
    event.preventDefault()
    void import('./picker.ts').then(({ lookUp }) =>
      lookUp(picker, t, (code) => {
        const inPanel = panel.contains(picker)
        if (inPanel) setOpen(false)
        announce.textContent = format(t.chosen, { name: municipalityName(code) })
        // The inline picker hides once chosen: focus goes to its contact box's heading.
        const target = inPanel
          ? toggle
          : picker.closest('[data-contact]')?.querySelector<HTMLElement>('[data-contact-heading]')
        target?.focus()
      }),
    )
  })
}

const root = document.querySelector<HTMLElement>('[data-municipality]')
if (root) start(root)
