/**
 * The "Spørg" page: reads the question from the URL fragment (`#q=`), loads the locale's
 * answer index once (the first question), asks the engine and shows the answers or, below the
 * threshold, the contact step. The question never leaves the page: the index request carries
 * nothing of it, nothing is stored, and the consented event says only whether it was answered.
 */
import { AnswerEngine } from '../../answers/engine.ts'
import type { AnswerIndex } from '../../answers/types.ts'
import { format } from '../../i18n/format.ts'
import '../askBox.ts'
import { questionShown, reportQuestion } from './questionEvent.ts'
import { answerList, type AskMessages } from './render.ts'

type Messages = AskMessages &
  Record<'searching' | 'answers' | 'oneAnswer' | 'noAnswer' | 'failed', string>

const root = document.querySelector<HTMLElement>('[data-ask]')
const messages = JSON.parse(root?.dataset.messages ?? '{}') as Messages
const status = root?.querySelector<HTMLElement>('[data-ask-status]')
const results = root?.querySelector<HTMLElement>('[data-ask-results]')
const none = root?.querySelector<HTMLElement>('[data-ask-none]')
const input = document.querySelector<HTMLInputElement>('[data-ask-input]')
let engine: Promise<AnswerEngine> | undefined

function loadEngine(): Promise<AnswerEngine> {
  engine ??= (async () => {
    const response = await fetch(root?.dataset.index ?? '', { credentials: 'omit' })
    if (!response.ok) throw new Error(`answer index: HTTP ${response.status}`)
    return new AnswerEngine((await response.json()) as AnswerIndex)
  })()
  engine.catch(() => {
    engine = undefined
  })
  return engine
}

function questionInUrl(): string {
  const match = /^#q=(.*)$/s.exec(location.hash)
  if (!match) return ''
  try {
    return decodeURIComponent(match[1]!.replace(/\+/g, ' ')).trim()
  } catch {
    return ''
  }
}

async function show(question: string): Promise<void> {
  if (!status || !results || !none) return
  results.replaceChildren()
  none.hidden = true
  if (!question) {
    status.textContent = ''
    return
  }
  status.textContent = messages.searching
  try {
    const { answers } = (await loadEngine()).ask(question)
    if (question !== questionInUrl()) return
    questionShown(answers.length > 0)
    if (answers.length === 0) {
      status.textContent = messages.noAnswer
      none.hidden = false
      return
    }
    status.textContent =
      answers.length === 1 ? messages.oneAnswer : format(messages.answers, { n: answers.length })
    results.append(...answerList(answers, messages))
  } catch (error) {
    console.error('Jobunivers: answers failed', error)
    status.textContent = messages.failed
    none.hidden = false
  }
}

function fromUrl(): void {
  const question = questionInUrl()
  if (input && input.value.trim() !== question) input.value = question
  void show(question)
}

if (root) {
  addEventListener('hashchange', fromUrl)
  results?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-source]')
    if (link) reportQuestion(link.dataset.source)
  })
  none?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) reportQuestion()
  })
  fromUrl()
}
