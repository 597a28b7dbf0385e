import { officialMunicipalities } from '../../content-models/browser.ts'

/** The official name of a municipality code (`787` → `Thisted`), or the code itself. */
export function municipalityName(code: string): string {
  return officialMunicipalities.find(([known]) => known === code)?.[1] ?? code
}
