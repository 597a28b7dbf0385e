// The real sample content in content/: it must read clean, be big enough for the design
// (content-and-flows.md) and be plain Danish (LIX under 40 for every Danish body).
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lexicalToPlainText, lix } from '../../content-models/lix.ts'
import type { LessonBlock } from '../../content-models/schemas/lesson.ts'
import { readSampleContent } from '../../sample-content/index.ts'
import type { SampleContent } from '../../sample-content/index.ts'

const contentDir = fileURLToPath(new URL('../../content', import.meta.url))

let content: SampleContent | undefined
let failure: unknown
try {
  content = readSampleContent(contentDir)
} catch (error) {
  failure = error
}

const read = (): SampleContent => {
  if (!content) throw failure
  return content
}

/** The Danish text of a lesson body as a citizen reads it: its rich text and callout blocks. */
const bodyText = (blocks: LessonBlock[]) =>
  blocks
    .flatMap((block) => ('content' in block ? [lexicalToPlainText(block.content)] : []))
    .join('\n\n')

describe('the sample content in content/', () => {
  it('reads clean: every file valid, every reference found', () => {
    expect(read()).toBeDefined()
  })

  it('has at least 3 flows, 4 courses, 15 lessons, 4 videos, 5 checklists and 20 FAQs', () => {
    const { flows, courses, lessons, videos, checklists, faqs } = read()
    expect({
      flows: flows.length >= 3,
      courses: courses.length >= 4,
      lessons: lessons.length >= 15,
      videos: videos.length >= 4,
      checklists: checklists.length >= 5,
      faqs: faqs.length >= 20,
    }).toEqual({
      flows: true,
      courses: true,
      lessons: true,
      videos: true,
      checklists: true,
      faqs: true,
    })
  })

  it('keeps every Danish body under LIX 40', () => {
    const { lessons, faqs, videos } = read()
    const texts = [
      ...lessons.map((l) => [`lessons/${l.slug}`, bodyText(l.body.da)] as const),
      ...faqs.map((f) => [`faqs/${f.slug}`, lexicalToPlainText(f.answer.da)] as const),
      ...videos.map((v) => [`videos/${v.slug}`, lexicalToPlainText(v.transcript.da)] as const),
    ]
    const tooHard = texts
      .map(([name, text]) => ({ name, lix: Math.round(lix(text) * 10) / 10 }))
      .filter((score) => score.lix >= 40)
    expect(tooHard).toEqual([])
  })
})
