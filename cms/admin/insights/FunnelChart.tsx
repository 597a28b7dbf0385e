import type { Count, FlowStats } from './trackingStats.ts'

const numeric = (count: Count) => (count === '<5' ? 2 : count)

/**
 * Horizontal bars of viewed and completed per step. It repeats the table beside it, so it is
 * hidden from screen readers, which read the table instead.
 */
export function FunnelChart({
  steps,
  titles,
  note,
}: {
  steps: FlowStats['steps']
  titles: Record<string, string>
  note: string
}) {
  const max = Math.max(1, ...steps.map((step) => numeric(step.viewed)))
  const bar = (count: Count, colour: string) => (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <div
        style={{
          background: colour,
          height: 14,
          width: `${(numeric(count) / max) * 100}%`,
          minWidth: 2,
        }}
      />
      <span>{count}</span>
    </div>
  )
  return (
    <figure style={{ margin: '1rem 0 2rem' }}>
      <div
        aria-hidden="true"
        style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, 16rem) 1fr', gap: '6px 12px' }}
      >
        {steps.map((step) => (
          <div key={step.step} style={{ display: 'contents' }}>
            <div>{titles[step.step] ?? step.step}</div>
            <div>
              {bar(step.viewed, '#5a7fb5')}
              {bar(step.completed, '#1d6e3a')}
            </div>
          </div>
        ))}
      </div>
      <figcaption style={{ marginTop: 8 }}>{note}</figcaption>
    </figure>
  )
}
