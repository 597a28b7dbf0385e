/**
 * The picker's answer to what the citizen typed (loaded on the first look-up, with the postcode
 * table): one municipality is chosen at once; several (a postcode across a border, a name that
 * fits more than one) are offered as buttons; nothing found is an error in text at the field.
 */
import { format } from '../../i18n/format.ts'
import type { Messages } from '../../i18n/index.ts'
import { findMunicipality } from '../../municipality/findMunicipality.ts'
import { municipalityName } from '../../municipality/names.ts'
import { municipalitiesOfPostcode } from '../../municipality/postcodes.ts'
import { loadState, writeState } from '../../state/storage.ts'
import { setMunicipality } from '../../state/updates.ts'

type Words = Messages['municipality']

/** The most municipalities offered as buttons; more asks for more of the name. */
const maxChoices = 12

function setError(picker: HTMLElement, message: string | null, t: Words): void {
  const group = picker.querySelector('[data-picker-group]')
  const error = picker.querySelector<HTMLElement>('[data-picker-error]')
  const input = picker.querySelector<HTMLInputElement>('[data-picker-input]')
  if (!group || !error || !input) return
  const hint = input.getAttribute('aria-describedby')?.split(' ')[0] ?? ''
  group.classList.toggle('form-error', message !== null)
  error.hidden = message === null
  error.replaceChildren()
  if (message !== null) {
    const prefix = document.createElement('span')
    prefix.className = 'sr-only'
    prefix.textContent = `${t.errorPrefix} `
    error.append(prefix, message)
    input.setAttribute('aria-invalid', 'true')
    input.setAttribute('aria-describedby', `${hint} ${error.id}`)
    input.focus()
  } else {
    input.removeAttribute('aria-invalid')
    input.setAttribute('aria-describedby', hint)
  }
}

type OnChosen = (code: string, name: string) => void

function choose(picker: HTMLElement, code: string, onChosen: OnChosen): void {
  writeState(setMunicipality(loadState().state, code))
  const input = picker.querySelector<HTMLInputElement>('[data-picker-input]')
  if (input) input.value = ''
  const choices = picker.querySelector<HTMLElement>('[data-picker-choices]')
  if (choices) choices.hidden = true
  onChosen(code, municipalityName(code))
}

function offer(
  picker: HTMLElement,
  question: string,
  codes: string[],
  t: Words,
  onChosen: OnChosen,
): void {
  const choices = picker.querySelector<HTMLElement>('[data-picker-choices]')
  const heading = picker.querySelector<HTMLElement>('[data-picker-question]')
  const list = picker.querySelector('[data-picker-list]')
  if (!choices || !heading || !list) return
  heading.textContent = question
  list.replaceChildren(
    ...codes.map((code) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'button button-secondary'
      button.textContent = format(t.chooseOne, { name: municipalityName(code) })
      button.addEventListener('click', () => choose(picker, code, onChosen))
      const item = document.createElement('li')
      item.append(button)
      return item
    }),
  )
  choices.hidden = false
  heading.focus()
}

/** What the field says: a municipality, several to choose from, or what is wrong. */
function understand(
  typed: string,
  t: Words,
): { code: string } | { question: string; codes: string[] } | { error: string } {
  const found = findMunicipality(typed, municipalitiesOfPostcode)
  if (found.kind === 'empty') return { error: t.errorEmpty }
  const { codes } = found
  if (codes.length === 0) {
    return {
      error:
        found.kind === 'postcode'
          ? format(t.errorNoPostcode, { postcode: found.postcode })
          : format(t.errorNoName, { typed: typed.trim() }),
    }
  }
  if (codes.length > maxChoices) return { error: t.tooMany }
  const [only] = codes
  if (codes.length === 1 && only) return { code: only }
  const question =
    found.kind === 'postcode'
      ? format(t.choosePostcode, { postcode: found.postcode })
      : t.chooseName
  return { question, codes }
}

/**
 * Answers the picker's form: reads the field, finds the municipality, and chooses it (stored on
 * the device; `onChosen` then moves focus and announces), offers a choice, or says what is wrong.
 */
export function lookUp(picker: HTMLElement, t: Words, onChosen: OnChosen): void {
  const input = picker.querySelector<HTMLInputElement>('[data-picker-input]')
  if (!input) return
  const choices = picker.querySelector<HTMLElement>('[data-picker-choices]')
  if (choices) choices.hidden = true
  const answer = understand(input.value, t)
  setError(picker, 'error' in answer ? answer.error : null, t)
  if ('code' in answer) choose(picker, answer.code, onChosen)
  else if ('codes' in answer) offer(picker, answer.question, answer.codes, t, onChosen)
}
