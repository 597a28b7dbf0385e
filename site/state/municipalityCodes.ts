/**
 * Denmark's 98 official municipality codes, three digits each, in one string: the device state
 * checks a stored code against them without loading the names (content-models' list with its
 * names costs every lesson page about 1 KB gzip). A unit test keeps this string equal to
 * content-models' `officialMunicipalities` (tests/site/municipalityChoice.test.ts).
 */
const officialCodes = new Set(
  '101147151153155157159161163165167169173175183185187190201210217219223230240250253259260265269270306316320326329330336340350360370376390400410420430440450461479480482492510530540550561563573575580607615621630657661665671706707710727730740741746751756760766773779787791810813820825840846849851860'.match(
    /\d{3}/g,
  ),
)

/** True for one of the 98 official municipality codes, e.g. `787` (Thisted). */
export function isMunicipalityCode(value: unknown): value is string {
  return typeof value === 'string' && officialCodes.has(value)
}

/** Every official code, in order (for the test that keeps them equal to content-models'). */
export const municipalityCodes: readonly string[] = [...officialCodes]
