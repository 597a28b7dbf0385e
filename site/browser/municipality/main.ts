/**
 * The municipality line on every page: reads the choice from the device (without writing),
 * says "Din kommune: Thisted · Skift" or "Vælg din kommune", and opens and closes the picker.
 * Kept small, as every page loads it: the names and the contact code (./chosen.ts) load only
 * when a municipality is chosen, the picker and the postcode table (./picker.ts) only when the
 * citizen looks one up. The municipality's contact is fetched after the first paint.
 */
import type { Locale } from '../../../content-models/browser.ts'
import { format } from '../../i18n/format.ts'
import type { Messages } from '../../i18n/index.ts'
import { afterPaint } from '../../islands/afterPaint.ts'
import { onMunicipalityChange, storedMunicipality } from '../../state/chosenMunicipality.ts'

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

  /** The line: "Vælg din kommune", or "Din kommune: Thisted · Skift" (the name links to its page). */
  const renderLine = (name: string | null, href?: string) => {
    const [before = '', after = ''] = t.current.split('{name}')
    const named = href
      ? Object.assign(document.createElement('a'), { href, textContent: name })
      : name
    if (name) current.replaceChildren(before, named ?? '', `${after} · `)
    else current.replaceChildren()
    toggle.textContent = name ? t.change : t.choose
    if (name) toggle.setAttribute('aria-label', t.changeLabel)
    else toggle.removeAttribute('aria-label')
    line.setAttribute('data-filled', '')
  }
  let shown: string | undefined
  let contactShown = false
  const show = (code: string | undefined) => {
    shown = code
    // At once, before the names load: a chosen municipality needs no "Find dit jobcenter".
    for (const section of document.querySelectorAll<HTMLElement>('[data-find-jobcentre]'))
      section.hidden = code !== undefined
    if (!code && !contactShown) {
      renderLine(null)
      return
    }
    void import('./chosen.ts').then(({ municipalityName, municipalityPath, showLocalContact }) => {
      if (code !== shown) return
      const name = code ? municipalityName(code) : null
      renderLine(name)
      contactShown = name !== null
      afterPaint(() => {
        void showLocalContact(name ? code : undefined, locale, t).then((data) => {
          // On the install: the name leads to the municipality's own page and lessons.
          if (data && code === shown) renderLine(name, municipalityPath(data.slug, locale))
        })
      })
    })
  }
  show(storedMunicipality())
  onMunicipalityChange((code) => {
    if (code !== shown) show(code)
  })

  const setOpen = (open: boolean) => {
    panel.hidden = !open
    toggle.setAttribute('aria-expanded', String(open))
    if (open) panel.querySelector<HTMLInputElement>('[data-picker-input]')?.focus()
  }
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
      lookUp(picker, t, (code, name) => {
        const inPanel = panel.contains(picker)
        if (inPanel) setOpen(false)
        announce.textContent = format(t.chosen, { name })
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
