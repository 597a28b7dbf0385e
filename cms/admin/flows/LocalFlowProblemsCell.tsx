'use client'
import type { DefaultCellComponentProps } from 'payload'
import { fill } from './messages.ts'
import { useLocalFlowTexts } from './localFlowTexts.ts'

/**
 * The list's "Problemer" column: "Ingen", or how many problems and the first of them, as the
 * CMS found them on reading the list (the national flow as published now).
 */
export const LocalFlowProblemsCell = ({ cellData }: DefaultCellComponentProps) => {
  const t = useLocalFlowTexts()
  const lines = typeof cellData === 'string' ? cellData.split('\n').filter(Boolean) : []
  if (lines.length === 0) return <span>{t.noProblems}</span>
  return (
    <span data-jf-local-problem-cell>
      <strong>{fill(t.problemCount, { n: lines.length })}:</strong> {lines[0]}
    </span>
  )
}
