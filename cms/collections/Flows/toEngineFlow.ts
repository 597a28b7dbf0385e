import type { PayloadRequest } from 'payload'
import type { Condition, ContentCollection, Flow } from '../../../content-models/index.ts'
import { idOf } from '../../validation/referenceProblems.ts'
import { keepingLocale } from '../../validation/keepingLocale.ts'

type PayloadRef = { relationTo?: string; value?: unknown } | null | undefined
type Row = Record<string, unknown>

const text = (value: unknown) => ({ da: typeof value === 'string' ? value : '' })

async function slugOf(req: PayloadRequest, collection: string, value: unknown): Promise<string> {
  if (value && typeof value === 'object' && 'slug' in value)
    return String((value as { slug: unknown }).slug)
  const id = idOf(value)
  if (id === undefined) return ''
  const doc = await keepingLocale(req, () =>
    req.payload.findByID({
      collection: collection as ContentCollection,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      draft: true,
      req,
    }),
  )
  return (doc as { slug?: string } | null)?.slug ?? `deleted-${String(id)}`
}

/**
 * The flow being saved, in the engine's shape: relationships become slugs (a deleted
 * document becomes a slug no catalog holds) and texts are wrapped as the current locale's.
 */
export async function toEngineFlow(req: PayloadRequest, data: Row): Promise<Flow> {
  const steps = await Promise.all(
    ((data.steps as Row[] | undefined) ?? []).map(async (step) => {
      const ref = step.content as PayloadRef
      const content =
        step.kind === 'content' && ref?.relationTo
          ? {
              collection: ref.relationTo as ContentCollection,
              slug: await slugOf(req, ref.relationTo, ref.value),
            }
          : null
      return {
        key: String(step.key ?? ''),
        title: text(step.title),
        kind: step.kind === 'contact' ? ('contact' as const) : ('content' as const),
        content,
        showWhen: (step.showWhen as Condition | null) ?? null,
        required: step.required !== false,
        minutes: typeof step.minutes === 'number' ? step.minutes : 5,
      }
    }),
  )
  const fallback = data.fallback as Row | undefined
  return {
    slug: String(data.slug ?? ''),
    title: text(data.title),
    summary: text(data.summary),
    audiences: [],
    questions: ((data.questions as Row[] | undefined) ?? []).map((question) => ({
      key: String(question.key ?? ''),
      type: question.type as Flow['questions'][number]['type'],
      prompt: text(question.prompt),
      options: ((question.options as Row[] | undefined) ?? []).map((option) => ({
        value: String(option.value ?? ''),
        label: text(option.label),
      })),
    })),
    steps,
    variants: ((data.variants as Row[] | undefined) ?? []).map((variant) => ({
      key: String(variant.key ?? ''),
      share: Number(variant.share ?? 0),
      moveFirst: (variant.moveFirst as string[] | undefined) ?? [],
      hide: (variant.hide as string[] | undefined) ?? [],
    })),
    fallback:
      fallback?.when && fallback.flow
        ? { when: fallback.when as Condition, flow: await slugOf(req, 'flows', fallback.flow) }
        : null,
  }
}
