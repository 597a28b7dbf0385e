type Row = Record<string, unknown>

/** A national step as the adaptations refer to it: its key and its title. */
export type NationalStep = { key: string; title: string }

/** One municipality's local flow on a national flow: its local steps and the steps it hides. */
export type Adaptation = {
  municipality: string
  addedSteps: { key: string; title: string; after: string }[]
  hiddenSteps: string[]
}

/** What one municipality does at one national step: a local step after it, or hiding it. */
export type StepAdaptation =
  | { kind: 'after'; municipality: string; localStep: string }
  | { kind: 'hidden'; municipality: string }

/** An adaptation that loses its national step when the editor saves the form as it is now. */
export type AdaptationWarning = StepAdaptation & { step: NationalStep }

/** Text, or nothing for any other value. */
function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** The objects of a list, or none when it is not a list. */
function rows(value: unknown): Row[] {
  return Array.isArray(value)
    ? value.filter((item): item is Row => typeof item === 'object' && item !== null)
    : []
}

/** The municipality's name (populated relationship), or its id while it is not populated. */
function municipalityName(value: unknown): string {
  if (value && typeof value === 'object') {
    const { name, id } = value as Row
    return str(name) || municipalityName(id)
  }
  return typeof value === 'number' ? String(value) : str(value)
}

/** The local flows as the REST API returns them (depth 1, one locale), in our shape. */
export function adaptationsOf(docs: unknown): Adaptation[] {
  return rows(docs)
    .map((doc) => ({
      municipality: municipalityName(doc.municipality),
      addedSteps: rows(doc.addedSteps).map((step) => ({
        key: str(step.key),
        title: str(step.title) || str(step.key),
        after: str(step.after),
      })),
      hiddenSteps: Array.isArray(doc.hiddenSteps) ? doc.hiddenSteps.map(str).filter(Boolean) : [],
    }))
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'da'))
}

/** Everything the municipalities do at one national step (by key), municipalities in order. */
export function adaptationsAt(key: string, adaptations: readonly Adaptation[]): StepAdaptation[] {
  return adaptations.flatMap(({ municipality, addedSteps, hiddenSteps }): StepAdaptation[] => [
    ...addedSteps
      .filter((step) => step.after === key)
      .map((step) => ({ kind: 'after' as const, municipality, localStep: step.title })),
    ...(hiddenSteps.includes(key) ? [{ kind: 'hidden' as const, municipality }] : []),
  ])
}

/**
 * The adaptations a change of the steps affects: every local step anchored on, and every
 * hiding of, a national step key the form no longer has (removed, or its key changed). The
 * step is named by its saved title when known. Saving is never refused for these.
 */
export function affectedAdaptations(
  savedSteps: readonly NationalStep[],
  currentKeys: readonly string[],
  adaptations: readonly Adaptation[],
): AdaptationWarning[] {
  const current = new Set(currentKeys)
  const referenced = new Set(
    adaptations.flatMap((a) => [...a.addedSteps.map((s) => s.after), ...a.hiddenSteps]),
  )
  const gone = [...referenced].filter((key) => key !== '' && !current.has(key))
  const order = (key: string) => {
    const index = savedSteps.findIndex((step) => step.key === key)
    return index < 0 ? savedSteps.length : index
  }
  return gone
    .sort((a, b) => order(a) - order(b))
    .flatMap((key) => {
      const step = { key, title: savedSteps.find((s) => s.key === key)?.title || key }
      return adaptationsAt(key, adaptations).map((adaptation) => ({ ...adaptation, step }))
    })
}
