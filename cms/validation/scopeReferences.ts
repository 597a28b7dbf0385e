import type { CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'
import { keepingLocale } from './keepingLocale.ts'
import { idOf } from './referenceProblems.ts'
import { isPublishing, refuseIfProblems, type FieldProblem } from './refuse.ts'
import { scopeMessage } from './scopeMessages.ts'

type Id = string | number
type Row = Record<string, unknown>
/** A relationship found in a document: where it sits (Payload's dotted path) and what it names. */
type Found = { path: string; collection: string; id: Id }

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const asRow = (value: unknown): Row =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {}

/** Each value of a relationship field: `{ relationTo, value }` when it may point at several collections. */
function targetsOf(field: Field & { relationTo: string | string[] }, value: unknown): Found[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value]
  return values.flatMap((item) => {
    const polymorphic = Array.isArray(field.relationTo)
    const collection = polymorphic ? asRow(item).relationTo : field.relationTo
    const id = idOf(polymorphic ? asRow(item).value : item)
    return typeof collection === 'string' && id !== undefined ? [{ path: '', collection, id }] : []
  })
}

/** Every relationship in `data` as its fields describe it: arrays, groups, tabs and blocks walked. */
function relationshipsIn(fields: readonly Field[], data: Row, prefix: string): Found[] {
  return fields.flatMap((field): Found[] => {
    const named = 'name' in field ? field.name : undefined
    const path = named === undefined ? prefix : `${prefix}${named}`
    const value = named === undefined ? data : data[named]
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (named === 'municipality') return []
        return targetsOf(field, value).map((found) => ({ ...found, path }))
      case 'array':
        return rowsOf(value).flatMap((row, index) =>
          relationshipsIn(field.fields, row, `${path}.${index}.`),
        )
      case 'blocks':
        return rowsOf(value).flatMap((row, index) => {
          const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
          return block ? relationshipsIn(block.fields, row, `${path}.${index}.`) : []
        })
      case 'group':
        return relationshipsIn(
          field.fields,
          asRow(value),
          named === undefined ? prefix : `${path}.`,
        )
      case 'row':
      case 'collapsible':
        return relationshipsIn(field.fields, data, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? relationshipsIn(tab.fields, asRow(data[tab.name]), `${prefix}${tab.name}.`)
            : relationshipsIn(tab.fields, data, prefix),
        )
      default:
        return []
    }
  })
}

/** The collections whose documents are national or local: they have a `municipality` field. */
function scopedCollections(req: PayloadRequest): Set<string> {
  const scoped = req.payload.config.collections.filter(
    ({ slug, fields }) =>
      slug !== 'users' && fields.some((field) => 'name' in field && field.name === 'municipality'),
  )
  return new Set(scoped.map(({ slug }) => slug))
}

/** A document's municipality id, its title as an editor knows it; null when it is gone. */
async function scopeAndTitle(
  req: PayloadRequest,
  collection: string,
  id: Id,
): Promise<{ municipality: Id | null; title: string } | null> {
  const doc = await keepingLocale(req, () =>
    req.payload.findByID({
      collection: collection as CollectionSlug,
      id,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    }),
  )
  if (!doc) return null
  const { title, question, name, municipality } = doc as unknown as Row
  const text = [title, question, name].find((value): value is string => typeof value === 'string')
  return { municipality: idOf(municipality) ?? null, title: text ?? String(id) }
}

/** A municipality's name, for messages. */
export async function municipalityName(req: PayloadRequest, id: Id): Promise<string> {
  return (await scopeAndTitle(req, 'municipalities', id))?.title ?? String(id)
}

/**
 * Problems for references that cross scopes: a national document may point only at national
 * content; a municipality's document at national content and its own municipality's.
 */
async function crossScopeProblems(
  req: PayloadRequest,
  fields: readonly Field[],
  doc: Row,
): Promise<FieldProblem[]> {
  const scoped = scopedCollections(req)
  const own = idOf(doc.municipality) ?? null
  const problems: FieldProblem[] = []
  for (const found of relationshipsIn(fields, doc, '')) {
    if (!scoped.has(found.collection)) continue
    const target = await scopeAndTitle(req, found.collection, found.id)
    if (!target || target.municipality === null) continue
    if (own !== null && String(own) === String(target.municipality)) continue
    const owner = await municipalityName(req, target.municipality)
    const message =
      own === null
        ? scopeMessage(req, 'nationalRefersToLocal', { title: target.title, owner })
        : scopeMessage(req, 'localRefersToOther', {
            title: target.title,
            owner,
            own: await municipalityName(req, own),
          })
    problems.push({ path: found.path, message })
  }
  return problems
}

/**
 * Refuses a save whose references cross scopes (see `crossScopeProblems`), each problem at its
 * field. Every save by a logged-in user is checked, and every publish; the system's own draft
 * writes (the import's bare placeholders) are not.
 */
export const refuseCrossScopeReferences: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!req.user && !isPublishing(data)) return data
  const doc = { ...(originalDoc as Row | undefined), ...(data as Row) }
  refuseIfProblems(collection.slug, await crossScopeProblems(req, collection.fields, doc), req)
  return data
}
