import { describe, expect, it } from 'vitest'
import { lexicalToPlainText, lix, lixDetails } from '../../content-models/lix.ts'
import { markdownToLexical } from '../../sample-content/index.ts'

describe('lix', () => {
  it('scores two short sentences without long words as words per sentence', () => {
    // 6 words / 2 sentences + 100 · 0 / 6 = 3
    expect(lixDetails('Jeg er ledig. Jeg søger job.')).toEqual({
      words: 6,
      sentences: 2,
      longWords: 0,
      lix: 3,
    })
  })

  it('counts words of more than six letters as long', () => {
    // 3 / 1 + 100 · 1 / 3 ("Arbejdsløshedsforsikring"; "vigtig" has exactly six) = 36.33
    expect(lix('Arbejdsløshedsforsikring er vigtig.')).toBeCloseTo(36.333, 3)
  })

  it('ends a sentence at a line break, so headings and list items count on their own', () => {
    // 7 / 2 + 100 · 1 / 7 ("tilmelde") = 3.5 + 14.29 = 17.79
    expect(lixDetails('Sådan søger du\nDu skal tilmelde dig.')).toMatchObject({
      words: 7,
      sentences: 2,
      longWords: 1,
    })
    expect(lix('Sådan søger du\nDu skal tilmelde dig.')).toBeCloseTo(17.786, 3)
  })

  it('ends sentences at ! ? and : too', () => {
    // 7 / 3 = 2.33
    expect(lixDetails('Husk: du skal svare. Ring til os!')).toMatchObject({
      words: 7,
      sentences: 3,
      longWords: 0,
    })
  })

  it('takes a full stop before a lower-case word or a number for an abbreviation', () => {
    // 6 / 1 + 100 · 1 / 6 ("jobcentret") = 22.67
    expect(lixDetails('Mødet er kl. 9 i jobcentret.')).toMatchObject({
      words: 6,
      sentences: 1,
      longWords: 1,
    })
    expect(lixDetails('Tag fx. dit CV med.')).toMatchObject({ words: 5, sentences: 1 })
  })

  it('counts a web address or a hyphenated word as one word, by its letters and digits', () => {
    // "jobnet.dk" has 8 letters: long; "a-kasse" has 6: not long. 5 / 1 + 100 · 1 / 5 = 25
    expect(lix('Se jobnet.dk og din a-kasse.')).toBe(25)
  })

  it('scores empty text and punctuation alone as 0', () => {
    expect(lix('')).toBe(0)
    expect(lix(' !!! – ')).toBe(0)
  })
})

describe('lexicalToPlainText', () => {
  it('gives one line per heading, paragraph and list item, with links as their text', () => {
    const { richText } = markdownToLexical(
      '## Sådan søger du\n\nLæs **først** [guiden](https://example.dk).\n\n- Et\n  - Under et\n- To',
    )
    expect(lexicalToPlainText(richText)).toBe('Sådan søger du\nLæs først guiden.\nEt\nUnder et\nTo')
  })

  it('keeps hard line breaks and reads missing rich text as empty', () => {
    const { richText } = markdownToLexical('Linje et  \nLinje to')
    expect(lexicalToPlainText(richText)).toBe('Linje et\nLinje to')
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText({ root: { type: 'root', children: [] } })).toBe('')
  })

  it('feeds lix: a heading without a full stop is a sentence of its own', () => {
    const { richText } = markdownToLexical('## Din a-kasse\n\nDen giver dig penge.')
    // 2 + 4 words, 2 sentences, no long words: 6 / 2 = 3
    expect(lix(lexicalToPlainText(richText))).toBe(3)
  })
})
