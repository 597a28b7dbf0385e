import {
  richTextProblems,
  type RichText,
  type RichTextProblem,
} from '../../content-models/index.ts'
import { message } from '../messages.ts'
import { checkBeforePublish } from '../validation/refuse.ts'

const isRichText = (value: unknown): value is RichText => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return root?.type === 'root' && Array.isArray(root.children)
}

/** Every rich text value in a document with its Payload path, in field and block order. */
function richTextFields(
  value: unknown,
  path: string[] = [],
): Array<{ path: string; richText: RichText }> {
  if (isRichText(value)) return [{ path: path.join('.'), richText: value }]
  if (Array.isArray(value))
    return value.flatMap((item, i) => richTextFields(item, [...path, String(i)]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => richTextFields(item, [...path, key]))
  return []
}

function problemMessage(req: Parameters<typeof message>[0], problem: RichTextProblem): string {
  switch (problem.rule) {
    case 'firstHeadingTooDeep':
      return message(req, 'firstHeadingTooDeep', { heading: problem.heading, level: problem.level })
    case 'headingSkipsLevel':
      return message(req, 'headingSkipsLevel', {
        heading: problem.heading,
        level: problem.level,
        previous: problem.previous,
        next: problem.previous + 1,
      })
    case 'linkWithoutText':
      return message(req, 'linkWithoutText')
    case 'linkTextVague':
      return message(req, 'linkTextVague', { text: problem.text })
    case 'linkTextIsAddress':
      return message(req, 'linkTextIsAddress', { text: problem.text })
  }
}

/**
 * Layer 1 of the accessibility checks for rich text: a document is published only when its
 * headings go down one level at a time and every link says where it goes. Each problem is
 * shown at its field (a lesson's text block, an FAQ answer, a video transcript).
 */
export const checkRichTextBeforePublish = checkBeforePublish((doc, req) => {
  const fields = richTextFields(doc)
  return richTextProblems(fields.map((field) => field.richText)).map((problem) => ({
    path: fields[problem.index]!.path,
    message: problemMessage(req, problem),
  }))
})
