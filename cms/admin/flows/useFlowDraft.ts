'use client'
import { useAllFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'
import { draftData, vocabularyOf, type Vocabulary } from './flowDraft.ts'
import { useFlowTexts } from './messages.ts'

/** The flow as the editor has it now, unsaved, with its vocabulary; follows every keystroke. */
export function useFlowDraft(): { data: Record<string, unknown>; vocabulary: Vocabulary } {
  const [fields] = useAllFormFields()
  const t = useFlowTexts()
  return useMemo(() => {
    const data = draftData(fields)
    return { data, vocabulary: vocabularyOf(data, t.yes, t.no) }
  }, [fields, t])
}
