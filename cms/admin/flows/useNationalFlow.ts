'use client'
import { useConfig, useField, useLocale } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'
import type { Flow } from '../../../content-models/index.ts'
import { draftEngineFlow } from './draftEngineFlow.ts'

/** What the local flow's editor knows of its national flow so far. */
export type NationalFlowState =
  { state: 'none' } | { state: 'loading' } | { state: 'loaded'; flow: Flow }

/** One request per flow and locale for every field of the page that asks. */
const requests = new Map<string, Promise<Record<string, unknown> | null>>()

function load(url: string): Promise<Record<string, unknown> | null> {
  let request = requests.get(url)
  if (!request) {
    request = fetch(url, { credentials: 'include' })
      .then((response) =>
        response.ok ? (response.json() as Promise<Record<string, unknown>>) : null,
      )
      .catch(() => null)
    requests.set(url, request)
    // Asked again after a while, so a national change shows without reloading the admin.
    setTimeout(() => requests.delete(url), 30_000)
  }
  return request
}

/**
 * The national flow the local flow being edited points at (its `flow` field), as published, in
 * the engine's shape; read from the CMS's own REST API with the editor's login.
 */
export function useNationalFlow(): NationalFlowState {
  const { value } = useField<unknown>({ path: 'flow' })
  const { config } = useConfig()
  const locale = useLocale()
  const raw = value && typeof value === 'object' && 'id' in value ? value.id : value
  const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : ''
  const [data, setData] = useState<{ id: string; doc: Record<string, unknown> | null } | null>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    const url = `${config.serverURL}${config.routes.api}/flows/${encodeURIComponent(id)}?depth=0&draft=false&locale=${locale.code}`
    void load(url).then((doc) => {
      if (current) setData({ id, doc })
    })
    return () => {
      current = false
    }
  }, [id, locale.code, config.serverURL, config.routes.api])
  return useMemo((): NationalFlowState => {
    if (!id) return { state: 'none' }
    if (data?.id !== id) return { state: 'loading' }
    return data.doc ? { state: 'loaded', flow: draftEngineFlow(data.doc) } : { state: 'none' }
  }, [id, data])
}
