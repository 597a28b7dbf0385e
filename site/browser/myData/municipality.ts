import type { Messages } from '../../i18n/index.ts'
import { municipalityName } from '../../municipality/names.ts'
import type { DeviceState } from '../../state/deviceState.ts'
import { loadState, writeState } from '../../state/storage.ts'
import { setMunicipality } from '../../state/updates.ts'
import { el } from './dom.ts'

type Words = Messages['municipality']

/** The municipality words, from the municipality line every page carries (components/MunicipalityBar.astro). */
function words(): Words | null {
  const json = document.querySelector<HTMLElement>('[data-municipality]')?.dataset.messages
  return json ? (JSON.parse(json) as Words) : null
}

/** The part of "Mine data" that shows the chosen municipality, made once at the top of `host`. */
function section(host: Element, t: Words): HTMLElement {
  const existing = host.querySelector<HTMLElement>('[data-my-municipality]')
  if (existing) return existing
  const part = el('div')
  part.setAttribute('data-my-municipality', '')
  const status = el('p', '', 'jf-status')
  status.setAttribute('role', 'status')
  status.tabIndex = -1
  status.setAttribute('data-my-municipality-status', '')
  const body = el('div')
  body.setAttribute('data-my-municipality-body', '')
  part.append(el('h3', t.region), body, status)
  host.prepend(part)
  return part
}

/**
 * Shows the citizen's municipality on "Mine data" with a button that deletes the choice (the
 * device forgets it; pages show national content again). Nothing when none is chosen but that.
 */
export function renderMunicipality(host: Element | null, state: DeviceState): void {
  const t = words()
  if (!host || !t) return
  const part = section(host, t)
  const body = part.querySelector('[data-my-municipality-body]')
  const status = part.querySelector<HTMLElement>('[data-my-municipality-status]')
  if (!body || !status) return
  const code = state.municipality
  if (!code) {
    body.replaceChildren(el('p', t.myDataNone, 'jf-muted'))
    return
  }
  const forget = el('button', t.myDataForget, 'button button-secondary')
  forget.type = 'button'
  forget.addEventListener('click', () => {
    writeState(setMunicipality(loadState().state, null))
    status.textContent = t.forgotten
    status.focus()
  })
  const holder = el('p')
  holder.append(forget)
  body.replaceChildren(el('p', `${municipalityName(code)} (${code})`), holder)
}
