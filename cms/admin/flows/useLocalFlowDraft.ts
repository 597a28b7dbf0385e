'use client'
import { useAllFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'
import { applyLocalFlow, type LocalFlowResult } from '../../../flows/localFlow.ts'
import type { Flow } from '../../../content-models/index.ts'
import { localChangesFromData } from '../../collections/LocalFlows/localFlowFromData.ts'
import { draftContentOf } from './draftEngineFlow.ts'
import { draftData } from './flowDraft.ts'
import { useNationalFlow } from './useNationalFlow.ts'

/**
 * The municipality's version of the national flow as the editor has it now (unsaved), with what
 * does not fit; null until the national flow is known.
 */
export function useLocalFlowDraft(): LocalFlowResult<Flow> | null {
  const national = useNationalFlow()
  const [fields] = useAllFormFields()
  return useMemo(() => {
    if (national.state !== 'loaded') return null
    return applyLocalFlow(national.flow, localChangesFromData(draftData(fields), draftContentOf))
  }, [national, fields])
}
