'use client'
import { useLocale } from '@payloadcms/ui'
import { useMemo, useState } from 'react'
import type { Flow } from '../../../content-models/index.ts'
import { mapPaths, type PathMap as EnginePathMap } from '../../../flows/pathMap/index.ts'
import { citizenTexts } from './citizenTexts.ts'
import { useAdminLanguage, useFlowTexts } from './messages.ts'
import { PathMap } from './PathMap.tsx'
import { Trial, type TrialRequest } from './Trial.tsx'

/**
 * The path map ("Forløbskort") and the trial ("Prøv forløbet") of a flow in the engine's shape.
 * A row of the map opens the trial with that row's answers.
 */
export function FlowOverview({ flow }: { flow: Flow }) {
  const t = useFlowTexts()
  const language = useAdminLanguage()
  const locale = useLocale()
  const c = citizenTexts[locale.code === 'en' ? 'en' : 'da']
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
