/** Readable names the "Mine data" page shows instead of keys, made at build for one locale. */
export type DataLabels = {
  /** Per flow slug: its title, its questions (prompt and option labels) and step titles. */
  flows: Record<
    string,
    {
      title: string
      questions: Record<string, { prompt: string; options: Record<string, string> }>
      steps: Record<string, string>
    }
  >
  /** Per `collection/slug`: the document's title. */
  content: Record<string, string>
  /** Per checklist slug, per item key: the item's label. */
  items: Record<string, Record<string, string>>
}
