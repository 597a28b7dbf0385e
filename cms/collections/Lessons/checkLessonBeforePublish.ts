import type { CollectionSlug } from 'payload'
import { lexicalToPlainText, lix, type RichText } from '../../../content-models/index.ts'
import { message } from '../../messages.ts'
import { referenceProblems, type Reference } from '../../validation/referenceProblems.ts'
import { checkBeforePublish, type FieldProblem } from '../../validation/refuse.ts'
import { keepingLocale } from '../../validation/keepingLocale.ts'

type BodyBlock = {
  blockType: string
  content?: RichText
  video?: unknown
  checklist?: unknown
  faq?: unknown
}

const referenceFields: Record<string, CollectionSlug> = {
  video: 'videos',
  checklist: 'checklists',
  faq: 'faqs',
}

/** The Danish text of the body, as a citizen reads it (text and callout blocks). */
function bodyText(body: BodyBlock[]): string {
  return body
    .filter((block) => block.content)
    .map((block) => lexicalToPlainText(block.content as RichText))
    .join('\n\n')
}

/**
 * A lesson is published only when every block points at a published document and its
 * Danish text is within the LIX limit in site settings, unless a publisher gave a reason.
 */
export const checkLessonBeforePublish = checkBeforePublish(async (doc, req) => {
  const body = Array.isArray(doc.body) ? (doc.body as BodyBlock[]) : []
  const references: Reference[] = []
  body.forEach((block, index) => {
    const collection = referenceFields[block.blockType]
    if (collection)
      references.push({
        path: `body.${index}.${block.blockType}`,
        collection,
        id: block[block.blockType as 'video'],
      })
  })
  const problems: FieldProblem[] = await referenceProblems(req, references)
  if (req.locale !== 'en') {
    const settings = await keepingLocale(req, () =>
      req.payload.findGlobal({
        slug: 'site-settings',
        depth: 0,
        overrideAccess: true,
        req,
      }),
    )
    const limit = typeof settings.lixLimit === 'number' ? settings.lixLimit : 40
    const text = bodyText(body)
    const score = text.trim() === '' ? 0 : lix(text)
    const reason = (
      doc.readability as { overrideReason?: string } | undefined
    )?.overrideReason?.trim()
    if (score > limit && !reason) {
      problems.push({
        path: 'body',
        message: message(req, 'readabilityTooHard', { lix: Math.round(score), limit }),
      })
    }
  }
  return problems
})
