import { countSize, countText, type MergedCount } from './mergedCount.ts'

const colours = { viewed: '#5a7fb5', completed: '#1d6e3a' } as const

const swatch = (colour: string) => (
  <span
    aria-hidden="true"
    style={{ display: 'inline-block', width: 12, height: 12, background: colour, marginRight: 4 }}
  />
)

/**
 * Horizontal bars of viewed and completed per step. It repeats the table beside it, so it is
 * hidden from screen readers, which read the table instead; the caption says so, and names
 * the bars' colours when given a legend.
 */
export function FunnelChart({
  steps,
  titles,
  note,
  legend,
}: {
  steps: readonly { step: string; viewed: MergedCount; completed: MergedCount }[]
  titles: Record<string, string>
  note: string
  legend?: { viewed: string; completed: string }
}) {
  const max = Math.max(1, ...steps.map((step) => countSize(step.viewed)))
  const bar = (count: MergedCount, colour: string) => (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <div
        style={{
          background: colour,
          height: 14,
          width: `${(countSize(count) / max) * 100}%`,
          minWidth: 2,
        }}
      />
      <span>{countText(count)}</span>
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
              {bar(step.viewed, colours.viewed)}
              {bar(step.completed, colours.completed)}
            </div>
          </div>
        ))}
      </div>
      <figcaption style={{ marginTop: 8 }}>
        {legend ? (
          <>
            {swatch(colours.viewed)}
            {legend.viewed} {swatch(colours.completed)}
            {legend.completed}.{' '}
          </>
        ) : null}
        {note}
      </figcaption>
    </figure>
  )
}
