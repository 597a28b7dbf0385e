'use client'
import { useRowLabel } from '@payloadcms/ui'
import { useFlowTexts } from './messages.ts'

type Row = { prompt?: unknown; title?: unknown; label?: unknown; key?: unknown }

const firstText = (...values: unknown[]) =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '')

/** A question's, option's, step's or variant's row named by its title, so the list reads as the flow. */
export const FlowRowLabel = () => {
  const { data, rowNumber } = useRowLabel<Row>()
  const t = useFlowTexts()
  const n = (rowNumber ?? 0) + 1
  const title = firstText(data.prompt, data.title, data.label, data.key)
  return (
    <span>
      {n}. {title ?? t.untitled}
    </span>
  )
}
