import type {
  Condition,
  ContentCollection,
  ContentRef,
  Flow,
} from '../../../content-models/index.ts'

type Row = Record<string, unknown>

/** A step's content relationship as Payload holds it: `{ relationTo, value }`. */
export type ContentRelation = { relationTo: string; value: unknown }

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/** A slug or key as text; absent (or anything but a string or number) is ''. */
const keyText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

/** A text of the edited locale, standing in for both (the engine reads `da`, falling back to it). */
const text = (value: unknown) => {
  const own = typeof value === 'string' ? value : ''
  return { da: own, en: own }
}

const relationOf = (value: unknown): ContentRelation | null =>
  value &&
  typeof value === 'object' &&
  'relationTo' in value &&
  typeof value.relationTo === 'string'
    ? (value as ContentRelation)
    : null

/**
 * A flow document's data (as the admin form or a save holds it) in the flow engine's shape.
 * Pure and synchronous, so the admin can run it in the browser on the unsaved draft; the
 * server passes `contentOf` to turn content relationships into published slugs, the admin a
 * stand-in. Texts are the edited locale's; missing lists are empty.
 */
export function engineFlowFromData(
  data: Row,
  contentOf: (relation: ContentRelation) => ContentRef | null,
  fallbackFlow: string | null = null,
): Flow {
  const fallback = (data.fallback as Row | null | undefined) ?? undefined
  return {
    slug: keyText(data.slug),
    title: text(data.title),
    summary: text(data.summary),
    audiences: [],
    questions: rows(data.questions).map((question) => ({
      key: keyText(question.key),
      type: (question.type ?? 'single') as Flow['questions'][number]['type'],
      prompt: text(question.prompt),
      help: typeof question.help === 'string' && question.help ? text(question.help) : null,
      options: rows(question.options).map((option) => ({
        value: keyText(option.value),
        label: text(option.label),
      })),
    })),
    steps: rows(data.steps).map((step) => {
      const relation = relationOf(step.content)
      return {
        key: keyText(step.key),
        title: text(step.title),
        summary: typeof step.summary === 'string' && step.summary ? text(step.summary) : null,
        kind: step.kind === 'contact' ? ('contact' as const) : ('content' as const),
        content: step.kind !== 'contact' && relation ? contentOf(relation) : null,
        showWhen: (step.showWhen as Condition | null | undefined) ?? null,
        required: step.required !== false,
        minutes: typeof step.minutes === 'number' ? step.minutes : 5,
      }
    }),
    variants: rows(data.variants).map((variant) => ({
      key: keyText(variant.key),
      share: Number(variant.share ?? 0),
      moveFirst: Array.isArray(variant.moveFirst) ? variant.moveFirst.map(String) : [],
      hide: Array.isArray(variant.hide) ? variant.hide.map(String) : [],
    })),
    fallback:
      fallback?.when && fallbackFlow
        ? {
            when: fallback.when as Condition,
            flow: fallbackFlow,
            message:
              typeof fallback.message === 'string' && fallback.message
                ? text(fallback.message)
                : null,
          }
        : null,
  }
}

/** The content collection of a relationship, when it is one a step may point at. */
export function contentCollectionOf(relation: ContentRelation): ContentCollection | null {
  const collections: readonly string[] = ['lessons', 'courses', 'videos', 'checklists', 'faqs']
  return collections.includes(relation.relationTo)
    ? (relation.relationTo as ContentCollection)
    : null
}
