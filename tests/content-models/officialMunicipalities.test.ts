import { describe, expect, it } from 'vitest'
import {
  isOfficialMunicipalityCode,
  officialMunicipalities,
  officialMunicipalityName,
} from '../../content-models/index.ts'

describe('the official municipalities', () => {
  it('are the 98 municipalities, each code three digits and once', () => {
    const codes = officialMunicipalities.map(([code]) => code)
    expect(codes).toHaveLength(98)
    expect(new Set(codes).size).toBe(98)
    for (const code of codes) expect(code).toMatch(/^\d{3}$/)
    expect(isOfficialMunicipalityCode('411')).toBe(false) // Christiansø is not a municipality
    expect(isOfficialMunicipalityCode(787)).toBe(false)
  })

  it('have their full official names, irregular ones included', () => {
    expect(officialMunicipalityName('787')).toBe('Thisted Kommune')
    expect(officialMunicipalityName('480')).toBe('Nordfyns Kommune')
    expect(officialMunicipalityName('101')).toBe('Københavns Kommune')
    expect(officialMunicipalityName('400')).toBe('Bornholms Regionskommune')
    expect(officialMunicipalityName('999')).toBe('999')
  })
})
