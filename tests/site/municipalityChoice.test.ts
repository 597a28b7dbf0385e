import { afterEach, describe, expect, it } from 'vitest'
import { officialMunicipalities } from '../../content-models/data/officialMunicipalities.ts'
import { localStepLinks } from '../../site/islands/localSteps.ts'
import { findMunicipality } from '../../site/municipality/findMunicipality.ts'
import { municipalityName } from '../../site/municipality/names.ts'
import { municipalitiesOfPostcode } from '../../site/municipality/postcodes.ts'
import type { MunicipalityData } from '../../site/municipality/types.ts'
import {
  emptyState,
  parseState,
  serializeState,
  stateVersion,
} from '../../site/state/deviceState.ts'
import { storedMunicipality } from '../../site/state/chosenMunicipality.ts'
import { municipalityCodes } from '../../site/state/municipalityCodes.ts'
import { setAnswers, setMunicipality } from '../../site/state/updates.ts'

const subject = 'abcdefghijklmnop-1234'
const fresh = () => 'fresh-subject-0000000'
const find = (typed: string) => findMunicipality(typed, municipalitiesOfPostcode)

describe('the municipality on the device', () => {
  it('is kept as an official code and read back', () => {
    const state = setMunicipality(setAnswers(emptyState(subject), 'f', { q: 'a' }), '787')
    expect(state.municipality).toBe('787')
    expect(parseState(serializeState(state), fresh)).toEqual({ state, reset: null })
  })

  it('drops an unknown code alone: no reset, the rest of the state stays, the version too', () => {
    const kept = setAnswers(emptyState(subject), 'f', { q: 'a' })
    for (const bad of ['999', '0787', 787, '', null, ['787']]) {
      const raw = JSON.stringify({ ...kept, municipality: bad })
      const { state, reset } = parseState(raw, fresh)
      expect(reset).toBeNull()
      expect(state).toEqual(kept)
      expect(state.version).toBe(stateVersion)
      expect('municipality' in state).toBe(false)
    }
  })

  it('is checked against the same 98 codes as content-models lists', () => {
    expect(municipalityCodes).toEqual(officialMunicipalities.map(([code]) => code))
  })

  it('is forgotten with null', () => {
    const state = setMunicipality(setMunicipality(emptyState(subject), '751'), null)
    expect('municipality' in state).toBe(false)
    expect(setMunicipality(emptyState(subject), '101').municipality).toBe('101')
  })
})

describe('finding a municipality by what the citizen types', () => {
  it('reads a postcode inside one municipality', () => {
    expect(find('7700')).toEqual({ kind: 'postcode', postcode: '7700', codes: ['787'] })
    expect(find(' 7752 Snedsted ')).toEqual({ kind: 'postcode', postcode: '7752', codes: ['787'] })
    expect(find('8000')).toEqual({ kind: 'postcode', postcode: '8000', codes: ['751'] })
    expect(municipalitiesOfPostcode('1050')).toEqual(['101'])
    expect(municipalitiesOfPostcode('1850')).toEqual(['147'])
  })

  it('lists every municipality of a postcode that crosses a border', () => {
    expect(municipalitiesOfPostcode('2000')).toEqual(['101', '147'])
    expect(municipalitiesOfPostcode('8471')).toEqual(['710', '746', '751'])
    // Hurup Thy: Thisted, and Struer's side of the border.
    expect(municipalitiesOfPostcode('7760')).toEqual(['787', '671'])
  })

  it('knows no postcode it was not given, and no non-postcode', () => {
    expect(find('9999')).toEqual({ kind: 'postcode', postcode: '9999', codes: [] })
    expect(municipalitiesOfPostcode('77')).toEqual([])
  })

  it('every code in the postcode table is an official municipality', () => {
    const official = new Set<string>(officialMunicipalities.map(([code]) => code))
    for (let n = 1000; n <= 9999; n++)
      for (const code of municipalitiesOfPostcode(String(n)))
        expect(official.has(code), `${n}`).toBe(true)
  })

  it('finds a name however it is written', () => {
    for (const typed of ['Aarhus', 'aarhus', 'Århus', 'AARHUS KOMMUNE', 'Jobcenter Aarhus'])
      expect(find(typed), typed).toEqual({ kind: 'name', codes: ['751'] })
    expect(find('Københavns Kommune')).toEqual({ kind: 'name', codes: ['101'] })
    expect(find('koebenhavn')).toEqual({ kind: 'name', codes: ['101'] })
    expect(find('thi')).toEqual({ kind: 'name', codes: ['787'] })
    expect(find('Taastrup')).toEqual({ kind: 'name', codes: ['169'] })
  })

  it('offers several for a name that fits several, and none for one that fits none', () => {
    const fre = find('Frede')
    expect(fre.kind === 'name' && fre.codes.map(municipalityName)).toEqual([
      'Frederiksberg',
      'Fredensborg',
      'Frederikssund',
      'Fredericia',
      'Frederikshavn',
    ])
    expect(find('Gotham')).toEqual({ kind: 'name', codes: [] })
    expect(find('   ')).toEqual({ kind: 'empty' })
  })
})

describe('links of a municipality’s own steps', () => {
  const data: MunicipalityData = {
    code: '787',
    name: 'Thisted Kommune',
    slug: 'thisted',
    contact: { phone: '70 00 00 03', email: null, openingHours: null },
    bookingUrl: null,
    accessibilityContact: null,
    localFlows: {
      'ny-paa-dagpenge': {
        hiddenSteps: [],
        addedSteps: [
          {
            key: 'infomoede',
            after: 'a-kasse',
            title: { da: 'Infomøde', en: '' },
            kind: 'content',
            content: { collection: 'lessons', slug: 'infomoede-i-thisted' },
            required: true,
            minutes: 5,
          },
          {
            key: 'national',
            after: 'a-kasse',
            title: { da: 'National', en: '' },
            kind: 'content',
            content: { collection: 'lessons', slug: 'din-a-kasse' },
            required: true,
            minutes: 5,
          },
          {
            key: 'ring',
            after: 'a-kasse',
            title: { da: 'Ring', en: '' },
            kind: 'contact',
            required: true,
            minutes: 5,
          },
        ],
      },
    },
    localPages: [
      {
        title: 'Infomøde',
        href: '/kommune/thisted/laer/infomoede-i-thisted',
        collection: 'lessons',
        slug: 'infomoede-i-thisted',
      },
    ],
  }

  it('leads to the local page, else the national page, else the contact box', () => {
    expect(localStepLinks('ny-paa-dagpenge', data, 'da', '#kontakt')).toEqual({
      infomoede: '/kommune/thisted/laer/infomoede-i-thisted',
      national: '/laer/din-a-kasse',
      ring: '#kontakt',
    })
    expect(localStepLinks('klart-jobmaal', data, 'en', '#kontakt')).toEqual({})
  })
})

describe('the municipality line reads the stored code alone', () => {
  const withStored = (value: string | null) => {
    Object.assign(globalThis, { localStorage: { getItem: () => value } })
  }
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage')
  })

  it('reads the code parseState keeps, and nothing else', () => {
    const state = setMunicipality(emptyState(subject), '787')
    withStored(serializeState(state))
    expect(storedMunicipality()).toBe('787')
    for (const raw of [
      null,
      '{not json',
      'null',
      serializeState(emptyState(subject)),
      JSON.stringify({ ...state, municipality: '999' }),
      JSON.stringify({ ...state, version: 2 }),
    ]) {
      withStored(raw)
      expect(storedMunicipality(), String(raw)).toBeUndefined()
      expect(parseState(raw, fresh).state.municipality, String(raw)).toBeUndefined()
    }
  })

  it('reads nothing where the browser refuses storage', () => {
    Object.assign(globalThis, {
      localStorage: {
        getItem: () => {
          throw new Error('denied')
        },
      },
    })
    expect(storedMunicipality()).toBeUndefined()
  })
})
