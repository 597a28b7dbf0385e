'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { adaptationsOf, type Adaptation } from './localAdaptations.ts'

/** The municipalities' adaptations of the flow being edited, once fetched. */
export type LocalAdaptationsState =
  { state: 'none' } | { state: 'loading' } | { state: 'loaded'; adaptations: Adaptation[] }

/**
 * The local flows built on the flow being edited (latest drafts), read from the CMS's own REST
 * API with the editor's login: national staff and admins get every municipality's, a
 * municipality's staff only their own.
 */
export function useLocalAdaptations(): LocalAdaptationsState {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const locale = useLocale()
  const [loaded, setLoaded] = useState<{ url: string; adaptations: Adaptation[] } | null>(null)
  const url =
    id === undefined || id === ''
      ? ''
      : `${config.serverURL}${config.routes.api}/local-flows?where[flow][equals]=${encodeURIComponent(String(id))}&depth=1&draft=true&limit=100&locale=${locale.code}`
  useEffect(() => {
    if (!url) return
    let current = true
    void fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs?: unknown }>) : {}))
      .catch(() => ({}))
      .then((body: { docs?: unknown }) => {
        if (current) setLoaded({ url, adaptations: adaptationsOf(body.docs) })
      })
    return () => {
      current = false
    }
  }, [url])
  if (!url) return { state: 'none' }
  return loaded?.url === url
    ? { state: 'loaded', adaptations: loaded.adaptations }
    : { state: 'loading' }
}
