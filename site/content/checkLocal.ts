import { localPageCollections, type ContentRef, type LocalFlow } from '../../content-models/index.ts'
import type { SampleContent } from '../../sample-content/index.ts'
import { messages } from './messages.ts'
import type { CollectionName, ContentProblem } from './validate.ts'

/** A parsed document with the id its problems are reported under (the CMS id, or the sample file's slug). */
export type Identified<T> = { id: string; data: T }

/** What the local checks read: every document with its id, the municipality codes, the local flows. */
export type LocalCheckInput = {
  documents: { [C in CollectionName]: Identified<SampleContent[C][number]>[] }
  /** The codes of the install's municipalities (a broken one too: its own problem says what is wrong). */
  municipalityCodes: readonly string[]
  localFlows: readonly Identified<LocalFlow>[]
}

type Reference = { field: string; target: { collection: CollectionName; slug: string } }

/** The documents a document refers to by slug, each with the field it is named in. */
function referencesOf(collection: CollectionName, doc: SampleContent[CollectionName][number]): Reference[] {
  const ref = (field: string, target: ContentRef | { collection: 'flows'; slug: string }): Reference => ({
    field,
    target,
  })
  switch (collection) {
    case 'flows': {
      const flow = doc as SampleContent['flows'][number]
      return [
        ...flow.steps.flatMap((step, i) => (step.content ? [ref(`steps.${i}.content`, step.content)] : [])),
        ...(flow.fallback ? [ref('fallback.flow', { collection: 'flows', slug: flow.fallback.flow })] : []),
      ]
    }
    case 'lessons': {
      const lesson = doc as SampleContent['lessons'][number]
      return (['da', 'en'] as const).flatMap((locale) =>
        (lesson.body[locale] ?? []).flatMap((block, i): Reference[] => {
          const field = `body.${locale}.${i}`
          if (block.blockType === 'video') return [ref(`${field}.video`, { collection: 'videos', slug: block.video })]
          if (block.blockType === 'checklist')
            return [ref(`${field}.checklist`, { collection: 'checklists', slug: block.checklist })]
          if (block.blockType === 'faq') return [ref(`${field}.faq`, { collection: 'faqs', slug: block.faq })]
          return []
        }),
      )
    }
    case 'courses':
      return (doc as SampleContent['courses'][number]).lessons.map((slug, i) =>
        ref(`lessons.${i}`, { collection: 'lessons', slug }),
      )
    case 'faqs':
      return (doc as SampleContent['faqs'][number]).related.map((target, i) => ref(`related.${i}`, target))
    default:
      return []
  }
}

/**
 * Checks what only the whole install can tell: every local document and local flow names a
 * municipality of the install, a local flow adapts a published national flow (once per
 * municipality), and no document uses another scope's local content (national content cannot
 * point at a municipality's own pages, nor one municipality at another's).
 */
export function checkLocalContent({ documents, municipalityCodes, localFlows }: LocalCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = []
  const codes = new Set(municipalityCodes)
  const scope = new Map<string, string | undefined>()
  for (const [collection, docs] of Object.entries(documents))
    for (const { data } of docs) scope.set(`${collection}/${data.slug}`, data.municipality ?? undefined)

  for (const [collection, docs] of Object.entries(documents) as [CollectionName, Identified<SampleContent[CollectionName][number]>[]][]) {
    for (const { id, data } of docs) {
      const own = data.municipality ?? undefined
      const at = { collection, id, slug: data.slug }
      if (own !== undefined && !codes.has(own))
        problems.push({ ...at, field: 'municipality', message: messages.unknownMunicipality(own) })
      for (const { field, target } of referencesOf(collection, data)) {
        const targetCode = scope.get(`${target.collection}/${target.slug}`)
        if (targetCode !== undefined && targetCode !== own)
          problems.push({ ...at, field, message: messages.crossScopeReference(`${target.collection}/${target.slug}`, targetCode, own) })
      }
    }
  }

  const nationalFlows = new Set(documents.flows.filter(({ data }) => !data.municipality).map(({ data }) => data.slug))
  const versions = new Map<string, string>()
  for (const { id, data } of localFlows) {
    const at = { collection: 'local-flows', id }
    if (!codes.has(data.municipality))
      problems.push({ ...at, field: 'municipality', message: messages.unknownMunicipality(data.municipality) })
    if (!nationalFlows.has(data.flow)) problems.push({ ...at, field: 'flow', message: messages.unknownNationalFlow(data.flow) })
    const version = `${data.municipality}/${data.flow}`
    const other = versions.get(version)
    if (other !== undefined)
      problems.push({ ...at, field: 'flow', message: messages.duplicateLocalFlow(data.municipality, data.flow, other) })
    versions.set(version, id)
    data.addedSteps.forEach((step, i) => {
      if (!step.content) return
      const target = `${step.content.collection}/${step.content.slug}`
      const field = `addedSteps.${i}.content`
      const targetCode = scope.get(target)
      if (!scope.has(target)) problems.push({ ...at, field, message: messages.missingReference(target) })
      else if (targetCode !== undefined && targetCode !== data.municipality)
        problems.push({ ...at, field, message: messages.crossScopeReference(target, targetCode, data.municipality) })
    })
  }
  return problems
}

/**
 * A municipality's own documents of collections that have no local pages yet (only lessons do):
 * embedded in a local lesson they show, but they get no page of their own. One line each, for
 * the build's warnings.
 */
export function localWithoutPages(documents: LocalCheckInput['documents']): string[] {
  const paged: readonly string[] = localPageCollections
  return Object.entries(documents)
    .filter(([collection]) => !paged.includes(collection))
    .flatMap(([collection, docs]) =>
      docs
        .filter(({ data }) => data.municipality)
        .map(
          ({ data }) =>
            `${collection}/${data.slug} belongs to municipality ${data.municipality}: a municipality's own ${collection} get no page of their own yet (lessons do)`,
        ),
    )
}
