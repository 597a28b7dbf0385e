import {
  municipalityDataPath,
  municipalityListPath,
  municipalityPaths,
  type Locale,
} from '../../content-models/browser.ts'
import type { MunicipalityData, MunicipalityListEntry } from './types.ts'

/** What the device learns of the chosen municipality: its data, or that the install lacks it. */
export type LoadedMunicipality =
  { kind: 'local'; code: string; data: MunicipalityData } | { kind: 'elsewhere'; code: string }

let list: Promise<MunicipalityListEntry[]> | null = null
const loaded = new Map<string, Promise<LoadedMunicipality>>()

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path)
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return (await response.json()) as T
}

/** The install's municipalities (`/kommuner/index.json`), asked once per page. */
function municipalityList(): Promise<MunicipalityListEntry[]> {
  list ??= json<MunicipalityListEntry[]>(municipalityListPath).catch((error: unknown) => {
    list = null
    throw error
  })
  return list
}

/**
 * The chosen municipality as the site knows it, asked once per page and locale: first whether the
 * install has it (the list), then its data (`/kommuner/<locale>/<code>.json`). Same host only.
 * Rejects when the site cannot be reached; callers keep the national content then.
 */
export function loadMunicipality(code: string, locale: Locale): Promise<LoadedMunicipality> {
  const key = `${locale}/${code}`
  let pending = loaded.get(key)
  if (!pending) {
    pending = municipalityList().then(async (entries): Promise<LoadedMunicipality> => {
      if (!entries.some((entry) => entry.code === code)) return { kind: 'elsewhere', code }
      const data = await json<MunicipalityData>(municipalityDataPath(code, locale))
      return { kind: 'local', code, data }
    })
    pending.catch(() => loaded.delete(key))
    loaded.set(key, pending)
  }
  return pending
}

/**
 * The page that lists every municipality of the install (works without JavaScript):
 * `/kommune`, `/en/municipality`.
 */
export function municipalitiesPagePath(locale: Locale): string {
  return municipalityPaths[locale]
}
