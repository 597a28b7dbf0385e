import { useEffect, useState } from 'react'
import type { Locale } from '../../content-models/browser.ts'
import { loadMunicipality, type LoadedMunicipality } from '../municipality/load.ts'
import { afterPaint } from './afterPaint.ts'

/** What the island knows of the citizen's municipality. */
export type MunicipalityStatus =
  /** No choice on the device: national content and a "Find dit jobcenter" step. */
  | { kind: 'none' }
  /** Chosen; its data is on its way (or could not be had): national content meanwhile. */
  | { kind: 'pending'; code: string }
  | LoadedMunicipality

/**
 * The chosen municipality's data, fetched after the page has painted (same host, once per
 * page and code); follows a new choice without a reload. `code` is `state.municipality`.
 */
export function useMunicipality(code: string | undefined, locale: Locale): MunicipalityStatus {
  const [loaded, setLoaded] = useState<LoadedMunicipality | null>(null)
  useEffect(() => {
    if (!code) return undefined
    let live = true
    const cancel = afterPaint(() => {
      loadMunicipality(code, locale).then(
        (found) => {
          if (live) setLoaded(found)
        },
        () => {
          // Unreachable: the national content stays.
        },
      )
    })
    return () => {
      live = false
      cancel()
    }
  }, [code, locale])
  if (!code) return { kind: 'none' }
  return loaded?.code === code ? loaded : { kind: 'pending', code }
}
