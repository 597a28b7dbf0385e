import { useEffect } from 'react'
import type { Flow } from '../../content-models/browser.ts'
import { planFlow } from '../../flows/index.ts'
import { startSender, track } from '../events/index.ts'
import { toFlowState, type FlowCatalog } from '../state/flowState.ts'
import type { DeviceHandle } from './useDeviceState.ts'
import { afterPaint } from './afterPaint.ts'

type Options = {
  flow: Flow
  device: DeviceHandle | null
  catalog: FlowCatalog
  /** True while the plan is on screen. */
  onPlan: boolean
  stepLinks: Record<string, string>
}

/** The plan's state as events, each once per subject: steps completed, fallback offered, flow completed. */
function trackPlan(flow: Flow, device: DeviceHandle, catalog: FlowCatalog): void {
  const { state, options } = toFlowState(flow, device.state, catalog)
  const plan = planFlow(flow, state, options)
  const variant = plan.variant ?? undefined
  const base = { flow: flow.slug, ...(variant ? { variant } : {}) }
  for (const planned of plan.steps) {
    if (planned.status === 'done')
      track(
        { type: 'step_completed', ...base, step: planned.key },
        { once: `done/${flow.slug}/${planned.key}` },
      )
  }
  if (plan.fallback) track({ type: 'fallback_offered', ...base }, { once: `fallback/${flow.slug}` })
  if (!plan.next && plan.steps.length > 0)
    track({ type: 'flow_completed', ...base }, { once: `completed/${flow.slug}` })
}

/**
 * The flow page's progress events (sent only with consent; `track` checks): what the plan
 * shows, a step opened from the plan, a contact link followed. Also starts sending whatever
 * earlier pages queued.
 */
export function useFlowEvents({ flow, device, catalog, onPlan, stepLinks }: Options): void {
  useEffect(() => startSender(), [])
  // Planned again for the events once the plan has painted, not in the answer's task.
  useEffect(
    () =>
      device && onPlan
        ? afterPaint(() => {
            trackPlan(flow, device, catalog)
          })
        : undefined,
    [flow, device, catalog, onPlan],
  )
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null
      if (!link) return
      if (link.closest('[data-contact]')) {
        track({ type: 'contact_requested', flow: flow.slug })
        return
      }
      if (!link.closest('.jf-plan')) return
      const href = link.getAttribute('href') ?? ''
      const key =
        link.closest<HTMLElement>('[data-step]')?.dataset.step ??
        Object.keys(stepLinks).find((step) => stepLinks[step] === href)
      const step = flow.steps.find((candidate) => candidate.key === key)
      if (!step) return
      const content = step.content ? `${step.content.collection}/${step.content.slug}` : undefined
      track({
        type: 'step_viewed',
        flow: flow.slug,
        step: step.key,
        ...(content ? { content } : {}),
      })
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [flow, stepLinks])
}
