import path from 'node:path'
import type { Payload } from 'payload'
import { markdownToLexical } from '../../sample-content/index.ts'
import type { Role } from '../../content-models/index.ts'
import { projectRoot } from './harness.ts'

type Doc = { id: string | number } & Record<string, unknown>
/** A lesson or checklist as created: every one has a slug. */
type SluggedDoc = Doc & { slug: string }

/** Plain-language rich text (LIX well under 40). */
export const easyText = (markdown = 'Du skal søge job. Det er let. Vi hjælper dig.') =>
  markdownToLexical(markdown).richText

/** Long words in long sentences: LIX far above 40. */
export const hardText = () =>
  easyText(
    'Arbejdsmarkedsrelaterede beskæftigelsesindsatser forudsætter koordinerede administrationsprocedurer vedrørende dokumentationsforpligtelser, rådighedsvurderinger, opfølgningssamtaler og kompetenceafklaringsforløb hos jobcentrets sagsbehandlere og arbejdsløshedskassernes medarbejdere i overensstemmelse med gældende lovgivningsmæssige bestemmelser',
  )

let counter = 0
/** A unique slug for this test run. */
export const uniqueSlug = (prefix: string) => `${prefix}-${process.pid}-${++counter}`

/** One user per role, created by the system. */
export async function createUsers(payload: Payload): Promise<Record<Role, Doc>> {
  const users = {} as Record<Role, Doc>
  for (const role of ['admin', 'editor', 'publisher', 'reviewer'] as const) {
    users[role] = (await payload.create({
      collection: 'users',
      data: { email: `${uniqueSlug(role)}@test.local`, password: 'correct-horse-battery', role },
    })) as unknown as Doc
  }
  return users
}

/** Lesson data that passes every publish check. */
export function lessonData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Sådan bruger du jobloggen',
    summary: 'Kort om jobloggen.',
    minutes: 5,
    body: [{ blockType: 'richText', content: easyText() }],
    ...overrides,
  }
}

/** A lesson written by the system, published or as a draft. */
export async function createLesson(
  payload: Payload,
  status: 'published' | 'draft',
  overrides: Record<string, unknown> = {},
): Promise<SluggedDoc> {
  return (await payload.create({
    collection: 'lessons',
    data: {
      ...lessonData({ slug: uniqueSlug('lektion'), ...overrides }),
      _status: status,
    } as never,
    draft: status === 'draft',
  })) as unknown as SluggedDoc
}

/**
 * Two lessons with text anonymous readers must never see: `draft` never published ("Hemmelig
 * kladde"), and `live` published as "Udgivet titel" with a newer draft title ("Ny kladde-titel").
 */
export async function createLessonsWithDrafts(
  payload: Payload,
): Promise<{ draft: SluggedDoc; live: SluggedDoc }> {
  const draft = await createLesson(payload, 'draft', { title: 'Hemmelig kladde' })
  const live = await createLesson(payload, 'published', { title: 'Udgivet titel' })
  await payload.update({
    collection: 'lessons',
    id: live.id,
    data: { title: 'Ny kladde-titel' },
    draft: true,
  })
  return { draft, live }
}

/** A checklist written by the system. */
export async function createChecklist(
  payload: Payload,
  status: 'published' | 'draft',
): Promise<SluggedDoc> {
  return (await payload.create({
    collection: 'checklists',
    data: {
      title: 'Før samtalen',
      slug: uniqueSlug('tjekliste'),
      intro: 'Tjek det her.',
      items: [{ key: 'cv', label: 'Skriv dit CV', required: true }],
      _status: status,
    },
    draft: status === 'draft',
  })) as unknown as SluggedDoc
}

const sampleVideo = path.join(projectRoot, 'content', 'videos', 'jobloggen-kort-fortalt')

/** Uploads a file from the sample content into an upload collection. */
async function upload(
  payload: Payload,
  collection: 'video-files' | 'caption-files',
  file: string,
): Promise<Doc> {
  return (await payload.create({ collection, data: {}, filePath: file })) as unknown as Doc
}

/** Everything a publishable video needs: a file, Danish captions and a transcript. */
export async function videoData(payload: Payload): Promise<Record<string, unknown>> {
  return {
    title: 'Jobloggen kort fortalt',
    slug: uniqueSlug('video'),
    summary: 'En kort video.',
    file: (await upload(payload, 'video-files', `${sampleVideo}.mp4`)).id,
    captions: (await upload(payload, 'caption-files', `${sampleVideo}.da.vtt`)).id,
    transcript: easyText('Her er det, der bliver sagt i videoen.'),
    durationSeconds: 16,
  }
}

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A one-pixel PNG, as an upload for the media collection. */
export const pngFile = (name: string) => ({
  data: onePixelPng,
  mimetype: 'image/png',
  name,
  size: onePixelPng.length,
})
