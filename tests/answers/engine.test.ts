import { describe, expect, test } from 'vitest'
import { AnswerEngine } from '../../site/answers/engine.ts'
import type { AnswerIndex, Passage } from '../../site/answers/types.ts'
import { sampleEngine, sampleIndex } from './sampleIndex.ts'

const passage = (source: string, title: string, text: string): Passage => ({
  source,
  kind: 'faq',
  title,
  href: `/spoergsmaal#${source}`,
  text,
})

const index: AnswerIndex = {
  version: 1,
  locale: 'da',
  synonyms: [['fyret', 'opsagt', 'afskediget']],
  passages: [
    passage('kort', 'Hvad er et dagpengekort?', 'Det er et skema, du udfylder hver måned.'),
    passage('ferie', 'Må jeg holde ferie?', 'Ja. Meld din ferie på Jobnet, før den starter.'),
    passage('opsagt', 'Er du blevet opsagt?', 'Meld dig ledig på din første dag uden job.'),
    passage('ansoegning', 'Skriv en ansøgning', 'En god ansøgning er kort og viser, hvad du kan.'),
  ],
}
const engine = new AnswerEngine(index)
const top = (question: string) => engine.ask(question).answers[0]?.passage.source

describe('the answer engine', () => {
  test('finds a compound from its parts written apart', () => {
    expect(top('dagpenge kort')).toBe('kort')
  })
  test('finds words written without æ/ø/å and with typos', () => {
    expect(top('maa jeg holde ferei')).toBe('ferie')
  })
  test('a misspelt inflection of a word in the sample is found by its stem', () => {
    const [answer] = sampleEngine('da').ask('ansogninger').answers
    expect(answer?.passage.source).toMatch(/ansoegning/)
  })
  test('finds a passage through a synonym', () => {
    expect(top('jeg er blevet fyret')).toBe('opsagt')
  })
  test('says nothing when nothing fits, or when only stop words are asked', () => {
    expect(engine.ask('opskrift på lasagne').answers).toEqual([])
    expect(engine.ask('hvad skal jeg gøre').answers).toEqual([])
  })
  test('quotes the passage word for word and marks the matched words', () => {
    const [answer] = engine.ask('hvornår skal jeg melde ferie').answers
    expect(answer?.quote.map((part) => part.text).join('')).toBe(
      'Ja. Meld din ferie på Jobnet, før den starter.',
    )
    expect(answer?.quote.filter((part) => part.marked).map((part) => part.text)).toEqual([
      'Meld',
      'ferie',
    ])
  })
})

describe('the sample index', () => {
  test('holds lesson sections with heading anchors, FAQ anchors and video times', () => {
    const hrefs = sampleIndex('da').passages.map((entry) => entry.href)
    expect(hrefs).toContain('/laer/din-a-kasse#det-goer-du-hver-maaned')
    expect(hrefs).toContain('/spoergsmaal#maa-jeg-holde-ferie')
    expect(hrefs).toContain('/video/jobloggen-kort-fortalt#t=8')
    expect(hrefs).toContain('/tjekliste/god-ansoegning')
    expect(hrefs).toContain('/kurser/klar-til-samtalen')
  })
  test('the English index links English pages and holds no Danish stand-ins', () => {
    const passages = sampleIndex('en').passages
    expect(passages.every((entry) => entry.href.startsWith('/en/'))).toBe(true)
    expect(passages.some((entry) => entry.title === 'Din a-kasse')).toBe(false)
  })
  test('answers a question with quoted text from its source', () => {
    const [answer] = sampleEngine('da').ask('må jeg tage på ferie selvom jeg er ledig').answers
    expect(answer?.passage.source).toBe('faqs/maa-jeg-holde-ferie')
    expect(answer?.quote.some((part) => part.marked && /ferie/i.test(part.text))).toBe(true)
  })
})
