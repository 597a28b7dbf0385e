import path from 'node:path'
import { REST_GET } from '@payloadcms/next/routes'
import { APIError, type Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { messages } from '../../../cms/messages.ts'
import { importSampleContent } from '../../../cms/seed/importSampleContent.ts'
import { readSampleMunicipalities } from '../../../sample-content/index.ts'
import { createLesson, lessonData, uniqueSlug } from '../fixtures.ts'
import { projectRoot, type CmsHarness } from '../harness.ts'
import { createStaff, ensureMunicipality } from './municipalityFixtures.ts'
import { forbidden, refusal } from './refusal.ts'

type Doc = { id: string | number } & Record<string, unknown>

const asUser = (user: Doc | undefined) => ({ user, overrideAccess: false as const })

const odense = {
  name: 'Odense Kommune',
  code: '461',
  contact: {
    phone: '70 00 00 04',
    email: 'jobcenter@odense.example.org',
    openingHours: 'Mandag-torsdag 9-15, fredag 9-12',
  },
  bookingUrl: 'https://booking.example.org/odense',
  accessibilityContact: 'Ring 70 00 00 04, hvis du har brug for en tegnsprogstolk.',
}

const scopeId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? value.id : (value ?? null)

/** The municipalities collection: what it holds, how it is checked, and who manages it. */
export function municipalityContract(cms: () => CmsHarness): void {
  describe('municipalities', () => {
    let payload: Payload
    let admin: Doc
    let thisted: Doc
    let aarhus: Doc
    beforeAll(async () => {
      payload = cms().payload
      admin = await createStaff(payload, 'admin', null)
      thisted = await ensureMunicipality(payload, '787', 'Thisted Kommune')
      aarhus = await ensureMunicipality(payload, '751', 'Aarhus Kommune')
    })

    test('the sample content brings three municipalities with made-up contact details', async () => {
      const contentDir = path.join(projectRoot, 'content')
      const sample = readSampleMunicipalities(contentDir)
      expect(sample.map(({ code, name }) => [code, name])).toEqual([
        ['101', 'Københavns Kommune'],
        ['751', 'Aarhus Kommune'],
        ['787', 'Thisted Kommune'],
      ])
      for (const { contact, bookingUrl } of sample) {
        expect(contact.phone).toMatch(/^70 00 00 0\d$/)
        expect(contact.email).toMatch(/@\w+\.example\.org$/)
        expect(bookingUrl).toMatch(/^https:\/\/\w+\.example\.org\//)
      }
      await importSampleContent(payload, contentDir)
      const { docs } = await payload.find({
        collection: 'municipalities',
        where: { code: { in: ['101', '751', '787'] } },
        sort: 'code',
        locale: 'all',
      })
      expect(docs).toMatchObject(sample)
    })

    test('an admin adds a municipality with its contact details; the public reads them', async () => {
      const created = await payload.create({
        collection: 'municipalities',
        data: odense,
        ...asUser(admin),
      })
      const read = await payload.findByID({
        collection: 'municipalities',
        id: created.id,
        ...asUser(undefined),
      })
      expect(read).toMatchObject(odense)
    })

    test('the code must be three digits', async () => {
      for (const code of ['78', '7870', 'abc', ' 787']) {
        const problems = await refusal(
          payload.create({ collection: 'municipalities', data: { name: 'Prøve', code } }),
        )
        expect(problems).toEqual([{ path: 'code', message: messages.municipalityCodeInvalid.da }])
      }
    })

    test('two municipalities cannot share a code', async () => {
      const problems = await refusal(
        payload.create({ collection: 'municipalities', data: { name: 'Kopi', code: '787' } }),
      )
      expect(problems).toEqual([
        {
          path: 'code',
          message: messages.municipalityCodeTaken.da
            .replace('{code}', '787')
            .replace('{name}', 'Thisted Kommune'),
        },
      ])
      const renamed = await payload.update({
        collection: 'municipalities',
        id: thisted.id,
        data: { code: '787', name: 'Thisted Kommune' },
      })
      expect(renamed.code).toBe('787')
    })

    test('the booking link must be a whole https address', async () => {
      const problems = await refusal(
        payload.update({
          collection: 'municipalities',
          id: aarhus.id,
          data: { bookingUrl: 'booking.example.org' },
        }),
      )
      expect(problems).toEqual([{ path: 'bookingUrl', message: messages.webAddressInvalid.da }])
    })

    test('only admins add or remove municipalities; only their own publishers change them', async () => {
      for (const [role, where] of [
        ['publisher', null],
        ['publisher', thisted.id],
        ['editor', thisted.id],
      ] as const) {
        const user = await createStaff(payload, role, where)
        await forbidden(
          payload.create({
            collection: 'municipalities',
            data: { name: 'Ny', code: '999' },
            ...asUser(user),
          }),
        )
        await forbidden(
          payload.update({
            collection: 'municipalities',
            id: aarhus.id,
            data: { contact: { phone: '70 00 00 99' } },
            ...asUser(user),
          }),
        )
        if (role === 'editor' || where === null) {
          await forbidden(
            payload.update({
              collection: 'municipalities',
              id: thisted.id,
              data: { contact: { phone: '70 00 00 99' } },
              ...asUser(user),
            }),
          )
        }
        await forbidden(
          payload.delete({ collection: 'municipalities', id: thisted.id, ...asUser(user) }),
        )
      }
      const kept = await payload.findByID({ collection: 'municipalities', id: thisted.id })
      expect(kept.name).toBe('Thisted Kommune')
      expect(kept.contact?.phone).not.toBe('70 00 00 99')
      const other = await payload.findByID({ collection: 'municipalities', id: aarhus.id })
      expect(other.contact?.phone).not.toBe('70 00 00 99')
    })

    test("a municipality's publisher keeps its contact details; its name and code stay the admins'", async () => {
      const publisher = await createStaff(payload, 'publisher', thisted.id)
      const before = await payload.findByID({ collection: 'municipalities', id: thisted.id })
      const details = {
        contact: {
          phone: '70 00 00 33',
          email: 'ny-adresse@thisted.example.org',
          openingHours: 'Mandag-fredag 8-14 (eksempel)',
        },
        bookingUrl: 'https://thisted.example.org/book-ny',
        accessibilityContact: 'Ring 70 00 00 33 for tegnsprogstolk (eksempel).',
      }
      await payload.update({
        collection: 'municipalities',
        id: thisted.id,
        data: { ...details, name: 'Omdøbt Kommune', code: '999' },
        locale: 'da',
        ...asUser(publisher),
      })
      const after = await payload.findByID({
        collection: 'municipalities',
        id: thisted.id,
        locale: 'da',
      })
      expect(after).toMatchObject({ ...details, name: before.name, code: before.code })
      await payload.update({ collection: 'municipalities', id: thisted.id, data: before })
    })

    test('a municipality that content or users belong to cannot be deleted', async () => {
      const vejle = await payload.create({
        collection: 'municipalities',
        data: { name: 'Vejle Kommune', code: '630', contact: { phone: '70 00 00 05' } },
      })
      const lesson = await createLesson(payload, 'published', { municipality: vejle.id })
      const editor = await createStaff(payload, 'editor', vejle.id)
      const refused = await payload
        .delete({ collection: 'municipalities', id: vejle.id, ...asUser(admin) })
        .then(
          () => undefined,
          (error: unknown) => error,
        )
      expect(refused).toBeInstanceOf(APIError)
      expect((refused as APIError).status).toBe(409)
      expect((refused as APIError).message).toBe(
        messages.municipalityInUse.da.replace('{count}', '2'),
      )
      const kept = await payload.findByID({ collection: 'lessons', id: lesson.id })
      expect(scopeId(kept.municipality)).toBe(vejle.id)
      await payload.delete({ collection: 'lessons', id: lesson.id })
      await payload.delete({ collection: 'users', id: editor.id })
      await payload.delete({ collection: 'municipalities', id: vejle.id, ...asUser(admin) })
      expect(
        await payload.count({ collection: 'municipalities', where: { code: { equals: '630' } } }),
      ).toEqual({ totalDocs: 0 })
    })

    test('only admins set the municipality a user works for', async () => {
      const editor = await createStaff(payload, 'editor', thisted.id)
      await payload.update({
        collection: 'users',
        id: editor.id,
        data: { municipality: aarhus.id as number },
        ...asUser(editor),
      })
      const after = await payload.findByID({ collection: 'users', id: editor.id })
      expect(scopeId(after.municipality)).toBe(thisted.id)
      await payload.update({
        collection: 'users',
        id: editor.id,
        data: { municipality: aarhus.id as number },
        ...asUser(admin),
      })
      const moved = await payload.findByID({ collection: 'users', id: editor.id })
      expect(scopeId(moved.municipality)).toBe(aarhus.id)
    })

    test("a municipality's editor writes into their municipality and cannot move a document out", async () => {
      const editor = await createStaff(payload, 'editor', thisted.id)
      const lesson = await payload.create({
        collection: 'lessons',
        data: lessonData({ slug: uniqueSlug('thisted') }),
        draft: true,
        ...asUser(editor),
      })
      expect(scopeId(lesson.municipality)).toBe(thisted.id)
      await payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { municipality: null, title: 'Stadig i Thisted' },
        draft: true,
        ...asUser(editor),
      })
      const after = await payload.findByID({ collection: 'lessons', id: lesson.id, draft: true })
      expect(after.title).toBe('Stadig i Thisted')
      expect(scopeId(after.municipality)).toBe(thisted.id)
    })

    test("versions follow the same scopes: another municipality's history is hidden", async () => {
      const editor = await createStaff(payload, 'editor', thisted.id)
      const own = await createLesson(payload, 'published', { municipality: thisted.id })
      const other = await createLesson(payload, 'published', { municipality: aarhus.id })
      const versionsOf = async (lesson: Doc) =>
        (
          await payload.findVersions({
            collection: 'lessons',
            where: { parent: { equals: lesson.id } },
            ...asUser(editor),
          })
        ).totalDocs
      expect(await versionsOf(own)).toBeGreaterThan(0)
      expect(await versionsOf(other)).toBe(0)
    })

    test("the preview does not build another municipality's draft", async () => {
      const editor = await createStaff(payload, 'editor', thisted.id)
      const { token } = await payload.login({
        collection: 'users',
        data: { email: editor.email as string, password: 'correct-horse-battery' },
      })
      const draft = await createLesson(payload, 'draft', { municipality: aarhus.id })
      const url = `http://cms.test/api/preview/lessons/${draft.id}`
      const response = await REST_GET(payload.config)(
        new Request(url, { headers: { authorization: `JWT ${token}` } }),
        { params: Promise.resolve({ slug: ['preview', 'lessons', String(draft.id)] }) },
      )
      expect(response.status).toBe(404)
    })

    test('national staff write national content by default', async () => {
      const editor = await createStaff(payload, 'editor', null)
      const lesson = await payload.create({
        collection: 'lessons',
        data: lessonData({ slug: uniqueSlug('national') }),
        draft: true,
        ...asUser(editor),
      })
      expect(scopeId(lesson.municipality)).toBeNull()
    })
  })
}
