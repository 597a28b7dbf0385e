import { useEffect, useState } from 'react'
import type { Locale } from '../../content-models/browser.ts'
import type { LoadedMunicipality } from '../municipality/load.ts'
import { afterPaint } from './afterPaint.ts'

/** What the island knows of the citizen's municipality. */
export type MunicipalityStatus =
  /** No choice on the device: national content and a "Find dit jobcenter" step. */
  | { kind: 'none' }
  /** Chosen; its data is on its way (or could not be had): national content meanwhile. */
  | { kind: 'pending'; code: string }
  | LoadedMunicipality

type LocalVersion = (typeof import('./localVersion.ts'))['localVersion']

/**
 * The chosen municipality's data, fetched after the page has painted (same host, once per
 * page and code), with the code that lays its version over a flow (loaded only then); follows
 * a new choice without a reload. `code` is `state.municipality`.
 */
export function useMunicipality(
  code: string | undefined,
  locale: Locale,
): { status: MunicipalityStatus; localVersion: LocalVersion | null } {
  const [loaded, setLoaded] = useState<{
    found: LoadedMunicipality
    localVersion: LocalVersion
  } | null>(null)
  useEffect(() => {
    if (!code) return undefined
    let live = true
    const cancel = afterPaint(() => {
      import('./localVersion.ts')
        .then(async ({ loadMunicipality, localVersion }) => {
          const found = await loadMunicipality(code, locale)
          if (live) setLoaded({ found, localVersion })
        })
        .catch(() => {
          // Unreachable: the national content stays.
        })
    })
    return () => {
      live = false
      cancel()
    }
  }, [code, locale])
  if (!code) return { status: { kind: 'none' }, localVersion: null }
  if (loaded?.found.code !== code) return { status: { kind: 'pending', code }, localVersion: null }
  return { status: loaded.found, localVersion: loaded.localVersion }
}
