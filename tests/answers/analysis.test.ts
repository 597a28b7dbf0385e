import { describe, expect, test } from 'vitest'
import { analyzerFor } from '../../site/answers/analyzer.ts'
import { editDistance } from '../../site/answers/editDistance.ts'
import { foldLetters, tokenize } from '../../site/answers/fold.ts'
import { headingAnchor } from '../../site/answers/headingAnchor.ts'
import { stemDanish } from '../../site/answers/stemDanish.ts'
import { stemEnglish } from '../../site/answers/stemEnglish.ts'
import { Vocabulary } from '../../site/answers/vocabulary.ts'

describe('folding and tokens', () => {
  test('æ/ø/å are written out, accents dropped, case lowered', () => {
    expect(foldLetters('Ansøgning på ÆRØ, café')).toBe('ansoegning paa aeroe, cafe')
  })
  test('a hyphenated word is one token with its place in the text', () => {
    expect(tokenize('Din a-kasse!')).toEqual([
      { start: 0, end: 3, folded: 'din' },
      { start: 4, end: 11, folded: 'a-kasse' },
    ])
  })
  test('a heading anchor is the folded heading joined by hyphens', () => {
    expect(headingAnchor('Det gør a-kassen')).toBe('det-goer-a-kassen')
    expect(headingAnchor('Hvornår skal det være klar?')).toBe('hvornaar-skal-det-vaere-klar')
    expect(headingAnchor('?!')).toBe('afsnit')
  })
})

describe('stemmers', () => {
  test('Danish: inflections of one word meet, written with or without æ/ø/å', () => {
    const stem = (word: string) => stemDanish(foldLetters(word))
    expect(
      new Set(['ansøgning', 'ansøgninger', 'ansøgningen', 'ansoegningerne'].map(stem)).size,
    ).toBe(1)
    expect(stem('dagpengene')).toBe(stem('dagpenge'))
    expect(stem('samtalerne')).toBe(stem('samtale'))
    expect(stem('job')).toBe('job')
  })
  test('English: plurals, -ed, -ing and a final e meet', () => {
    expect(new Set(['apply', 'applied', 'applies'].map(stemEnglish)).size).toBe(1)
    expect(stemEnglish('hiring')).toBe(stemEnglish('hire'))
    expect(stemEnglish('meetings')).toBe(stemEnglish('meeting'))
  })
})

describe('edit distance', () => {
  test('counts edits and a swap of neighbours as one', () => {
    expect(editDistance('ansoegnig', 'ansoegning', 2)).toBe(1)
    expect(editDistance('jobolgen', 'jobloggen', 2)).toBe(2)
    expect(editDistance('samtale', 'samtael', 1)).toBe(1)
  })
  test('stops at the limit', () => {
    expect(editDistance('ferie', 'kursus', 1)).toBe(2)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })
})

describe('vocabulary', () => {
  const vocabulary = new Vocabulary(analyzerFor('da'))
  for (const word of ['dagpenge', 'kort', 'arbejde', 'giver', 'ansoegning']) vocabulary.add(word)

  test('splits a compound into known words, with a linking s', () => {
    expect(vocabulary.splitCompound('dagpengekort')).toEqual([stemDanish('dagpenge'), 'kort'])
    expect(vocabulary.splitCompound('arbejdsgiver')).toEqual([
      stemDanish('arbejde'),
      stemDanish('giver'),
    ])
    expect(vocabulary.splitCompound('fodboldkamp')).toEqual([])
  })
  test('finds the known word behind one or two typos in a longer word only', () => {
    expect(vocabulary.nearest('ansogning')).toEqual([stemDanish('ansoegning')])
    expect(vocabulary.nearest('dagpnege')).toEqual([stemDanish('dagpenge')])
    expect(vocabulary.nearest('kurt')).toEqual([])
  })
})
