'use client'
import { FlowOverview } from './FlowOverview.tsx'
import { useSettled } from './FlowOverviewField.tsx'
import { useLocalFlowTexts } from './localFlowTexts.ts'
import { styles } from './styles.ts'
import { useLocalFlowDraft } from './useLocalFlowDraft.ts'

/**
 * The municipality's path map and trial: the national flow with the local steps and without
 * the hidden ones, as `applyLocalFlow` lays them (the site uses the same function).
 */
export const LocalFlowOverviewField = () => {
  const t = useLocalFlowTexts()
  const local = useSettled(useLocalFlowDraft(), 300)
  if (!local) return <p style={styles.muted}>{t.chooseFlowFirst}</p>
  return (
    <div data-jf-local-overview>
      <p>{t.mapNote}</p>
      <FlowOverview flow={local.flow} />
    </div>
  )
}
