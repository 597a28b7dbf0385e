/** One measured figure, shown next to the baseline measured in the same run. */
export type BenchRow = {
  name: string
  value: number
  unit: string
  /** The same measure taken on the baseline (e.g. a bare node:http server, JSON.parse). */
  baseline?: number
  /** value / baseline, or baseline / value for "lower is better" units; say which in `note`. */
  ratio?: number
  note?: string
}

/** What each benchmark module's default export resolves to. */
export type BenchSection = { title: string; rows: BenchRow[] }
