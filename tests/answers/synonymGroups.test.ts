import { describe, expect, test } from 'vitest'
import { siteSettings } from '../../content-models/index.ts'
import { synonymGroups } from '../../site/answers/build/synonymGroups.ts'
import { mapSiteSettings } from '../../site/content/payloadRest/mapGlobals.ts'
import { cmsFixture } from '../site/cmsFixtures.ts'
import { sampleEngine } from './sampleIndex.ts'

describe("the editors' synonyms", () => {
  test('one group per line, words by commas; blank words and one-word lines are no group', () => {
    expect(synonymGroups('fyret, afskediget , opsagt\r\n\nmøde,samtale\nalene\n, ,')).toEqual([
      ['fyret', 'afskediget', 'opsagt'],
      ['møde', 'samtale'],
    ])
    expect(synonymGroups(null)).toEqual([])
  })

  test('the sample settings\' synonyms reach the index: "støtteperson" finds the FAQ on a bisidder', () => {
    const sources = sampleEngine('da')
      .ask('kan jeg tage en støtteperson med')
      .answers.map((answer) => answer.passage.source)
    expect(sources.slice(0, 3)).toContain('faqs/maa-jeg-tage-en-med-til-samtalen')
  })

  test('the CMS\'s "Synonymer" reach the site: mapped from the global, parsed by its schema', () => {
    const settings = siteSettings.parse(mapSiteSettings(cmsFixture('site-settings')))
    expect(synonymGroups(settings.synonyms?.da)).toContainEqual([
      'bisidder',
      'støtteperson',
      'ledsager',
    ])
  })
})
