'use client'
import { useEffect, useMemo, useState } from 'react'
import { draftEngineFlow } from './draftEngineFlow.ts'
import { FlowOverview } from './FlowOverview.tsx'
import { useFlowDraft } from './useFlowDraft.ts'

/** Waits until `value` has stood still for `ms` before passing it on (the map follows typing calmly). */
export function useSettled<T>(value: T, ms: number): T {
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
  const { data } = useFlowDraft()
  const settled = useSettled(data, 300)
  const flow = useMemo(() => draftEngineFlow(settled), [settled])
  return <FlowOverview flow={flow} />
}
