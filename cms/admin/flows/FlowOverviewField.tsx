'use client'
import { useLocale } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'
import { mapPaths, type PathMap as EnginePathMap } from '../../../flows/pathMap/index.ts'
import { citizenTexts } from './citizenTexts.ts'
import { draftEngineFlow } from './draftEngineFlow.ts'
import { useAdminLanguage, useFlowTexts } from './messages.ts'
import { PathMap } from './PathMap.tsx'
import { Trial, type TrialRequest } from './Trial.tsx'
import { useFlowDraft } from './useFlowDraft.ts'

/** Waits until `value` has stood still for `ms` before passing it on (the map follows typing calmly). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value)
    }, ms)
    return () => {
      clearTimeout(timer)
    }
  }, [value, ms])
  return settled
}

/**
 * Under the steps: the path map ("Forløbskort") and the trial ("Prøv forløbet"), both on the
 * unsaved draft. A row of the map opens the trial with that row's answers.
 */
export const FlowOverviewField = () => {
  const t = useFlowTexts()
  const language = useAdminLanguage()
  const locale = useLocale()
  const c = citizenTexts[locale.code === 'en' ? 'en' : 'da']
  const { data } = useFlowDraft()
  const settled = useSettled(data, 300)
  const flow = useMemo(() => draftEngineFlow(settled), [settled])
  const [variant, setVariant] = useState('')
  const map = useMemo((): EnginePathMap | { error: string } => {
    try {
      return mapPaths(flow, { variant: variant || null })
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }, [flow, variant])
  const [request, setRequest] = useState<TrialRequest | null>(null)
  return (
    <div data-jf-overview style={{ margin: '24px 0' }}>
      <PathMap
        map={map}
        flow={flow}
        t={t}
        language={language}
        variant={variant}
        onVariant={setVariant}
        onTry={(group, plan) => {
          setRequest({ answers: group.answers, plan, variant, nonce: Date.now() })
        }}
      />
      <Trial flow={flow} t={t} c={c} request={request} />
    </div>
  )
}
