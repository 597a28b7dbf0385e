import type { InsightsText } from './messages.ts'
import type { FlowsStats, FlowStats } from './trackingStats.ts'

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`)

/** One row per flow: started, completed, completion rate. */
export function FlowsTable({
  stats,
  titles,
  t,
}: {
  stats: FlowsStats
  titles: Record<string, string>
  t: InsightsText
}) {
  return (
    <table className="table">
      <caption>{t.flows}</caption>
      <thead>
        <tr>
          <th scope="col">{t.flow}</th>
          <th scope="col">{t.started}</th>
          <th scope="col">{t.completed}</th>
          <th scope="col">{t.rate}</th>
        </tr>
      </thead>
      <tbody>
        {stats.flows.map((row) => (
          <tr key={row.flow}>
            <th scope="row">{titles[row.flow] ?? row.flow}</th>
            <td>{row.started}</td>
            <td>{row.completed}</td>
            <td>{percent(row.completionRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The funnel of one flow: per step viewed, completed, dropped off. */
export function StepsTable({
  stats,
  titles,
  t,
}: {
  stats: FlowStats
  titles: Record<string, string>
  t: InsightsText
}) {
  return (
    <table className="table" data-testid="funnel-table">
      <caption>{t.funnelCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.step}</th>
          <th scope="col">{t.viewed}</th>
          <th scope="col">{t.completed}</th>
          <th scope="col">{t.droppedOff}</th>
        </tr>
      </thead>
      <tbody>
        {stats.steps.map((row) => (
          <tr key={row.step}>
            <th scope="row">{titles[row.step] ?? row.step}</th>
            <td>{row.viewed}</td>
            <td>{row.completed}</td>
            <td>{row.droppedOff}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The flow's variants side by side. */
export function VariantsTable({ stats, t }: { stats: FlowStats; t: InsightsText }) {
  return (
    <table className="table">
      <caption>{t.variants}</caption>
      <thead>
        <tr>
          <th scope="col">{t.variant}</th>
          <th scope="col">{t.started}</th>
          <th scope="col">{t.completed}</th>
          <th scope="col">{t.rate}</th>
          <th scope="col">{t.median}</th>
        </tr>
      </thead>
      <tbody>
        {stats.variants.map((row) => (
          <tr key={row.variant ?? 'none'}>
            <th scope="row">{row.variant ?? t.none}</th>
            <td>{row.started}</td>
            <td>{row.completed}</td>
            <td>{percent(row.completionRate)}</td>
            <td>{row.medianMinutes ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
