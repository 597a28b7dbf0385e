import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'
import { messages } from '../../../cms/messages.ts'
import { importSampleContent } from '../../../cms/seed/importSampleContent.ts'
import { scopeMessage } from '../../../cms/validation/scopeMessages.ts'
import { createLesson, uniqueSlug } from '../fixtures.ts'
import { projectRoot, type CmsHarness } from '../harness.ts'
import { createFlow, createLocalFlow, localStep } from './localFlowFixtures.ts'
import { createStaff, ensureMunicipality } from './municipalityFixtures.ts'
import { refusal } from './refusal.ts'
import { rest } from './rest.ts'

type Id = string | number
type Doc = { id: Id } & Record<string, unknown>
type LocalFlowDoc = Doc & {
  title?: string
  problems?: string
  addedSteps?: { key: string; after: string; title: string }[]
}

const asUser = (user: Doc) => ({ user, overrideAccess: false as const })
const danish = (key: Parameters<typeof scopeMessage>[1], vars: Record<string, string> = {}) =>
  scopeMessage({}, key, vars)

/**
 * A municipality's version of a national flow: made without copying, checked against the flow
 * as published, kept attached by step key through national changes (a removed anchor becomes
 * a problem the municipality's editors see), and references kept within scope.
 */
export function localFlowContract(cms: () => CmsHarness): void {
  describe("local flows: a municipality's version of a national flow", () => {
    let payload: Payload
    let thisted: Doc
    let aarhus: Doc
    let thistedEditor: Doc
    let thistedPublisher: Doc
    let nationalPublisher: Doc
    beforeAll(async () => {
      payload = cms().payload
      thisted = await ensureMunicipality(payload, '787', 'Thisted Kommune')
      aarhus = await ensureMunicipality(payload, '751', 'Aarhus Kommune')
      thistedEditor = await createStaff(payload, 'editor', thisted.id)
      thistedPublisher = await createStaff(payload, 'publisher', thisted.id)
      nationalPublisher = await createStaff(payload, 'publisher', null)
    })

    const read = async (id: Id, user: Doc = thistedEditor) =>
      (await payload.findByID({
        collection: 'local-flows',
        id,
        draft: true,
        ...asUser(user),
      })) as unknown as LocalFlowDoc

    test('an editor adds a local step and hides a national one; the step gets a key, the document a name', async () => {
      const flow = await createFlow(payload)
      const created = (await payload.create({
        collection: 'local-flows',
        data: {
          flow: flow.id,
          addedSteps: [localStep('velkommen', 'Infomøde i Jobcenter Thisted')],
          hiddenSteps: ['a-kasse'],
        } as never,
        draft: true,
        ...asUser(thistedEditor),
      })) as unknown as LocalFlowDoc
      const stored = await read(created.id)
      expect(stored.title).toBe('Thisted Kommune: Ny på dagpenge (test)')
      expect(stored.municipality).toMatchObject({ id: thisted.id })
      expect(stored.addedSteps?.map(({ key, after }) => [key, after])).toEqual([
        ['infomoede-i-jobcenter-thisted', 'velkommen'],
      ])
      expect(stored.problems).toBe('')
    })

    test('local steps stay attached through a national change; a removed anchor becomes a problem', async () => {
      const flow = await createFlow(payload)
      const local = await createLocalFlow(payload, 'published', thisted.id, {
        flow: flow.id,
        addedSteps: [
          localStep('velkommen', 'Infomøde i Jobcenter Thisted', { key: 'infomoede' }),
          localStep('a-kasse', 'Mød din a-kasse i Thisted', { key: 'a-kasse-thisted' }),
        ],
      })
      // A national publisher renames a step, adds one in front and removes the second's anchor.
      await payload.update({
        collection: 'flows',
        id: flow.id,
        data: {
          _status: 'published',
          steps: [
            { key: 'ny-start', title: 'Ny start', kind: 'contact' },
            { key: 'velkommen', title: 'Velkommen til (nyt navn)', kind: 'contact' },
            { key: 'kontakt', title: 'Trin kontakt', kind: 'contact' },
          ],
        } as never,
        ...asUser(nationalPublisher),
      })
      const after = await read(local.id)
      expect(after.addedSteps?.map(({ key, after: anchor }) => [key, anchor])).toEqual([
        ['infomoede', 'velkommen'],
        ['a-kasse-thisted', 'a-kasse'],
      ])
      expect(after.problems?.split('\n')).toHaveLength(1)
      expect(after.problems).toContain('"Mød din a-kasse i Thisted"')
      expect(after.problems).toContain('"a-kasse"')
      // The list (REST, as the municipality's editor) shows the problem in English too.
      const { token } = await payload.login({
        collection: 'users',
        data: { email: thistedEditor.email as string, password: 'correct-horse-battery' },
      })
      const listed = await rest(
        cms(),
        'GET',
        `/api/local-flows?where[id][equals]=${local.id}&draft=true&depth=0`,
        { headers: { authorization: `JWT ${token}`, 'accept-language': 'en' } },
      )
      const [row] = listed.body.docs as LocalFlowDoc[]
      expect(row?.problems).toContain('no longer has a step')
      // Saving it as it is names the field; anchored anew, it saves and the problem is gone.
      const refused = await refusal(
        payload.update({
          collection: 'local-flows',
          id: local.id,
          data: { addedSteps: after.addedSteps },
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(refused.map(({ path }) => path)).toEqual(['addedSteps.1.after'])
      expect(refused[0]?.message).toContain('"Mød din a-kasse i Thisted"')
      const steps = after.addedSteps!.map((step) =>
        step.key === 'a-kasse-thisted' ? { ...step, after: 'ny-start' } : step,
      )
      await payload.update({
        collection: 'local-flows',
        id: local.id,
        data: { addedSteps: steps, _status: 'published' } as never,
        ...asUser(thistedPublisher),
      })
      expect((await read(local.id)).problems).toBe('')
    })

    test('an anchor, a hidden step and a key must fit the national flow, each named at its field', async () => {
      const flow = await createFlow(payload)
      const refused = await refusal(
        payload.create({
          collection: 'local-flows',
          data: {
            flow: flow.id,
            addedSteps: [
              localStep('findes-ikke', 'Lokalt trin'),
              localStep('velkommen', 'Dublet', { key: 'kontakt' }),
            ],
            hiddenSteps: ['velkommen', 'ukendt'],
          } as never,
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(refused.map(({ path }) => path)).toEqual([
        'addedSteps.0.after',
        'addedSteps.1.key',
        'hiddenSteps',
      ])
      expect(refused[0]?.message).toContain('"findes-ikke"')
      expect(refused[2]?.message).toContain('"ukendt"')
    })

    test('a local flow builds only on a national flow, once per municipality, and belongs to one', async () => {
      const localFlowOfThisted = await createFlow(payload, ['lokal', 'kontakt'], thisted.id)
      const onLocal = await refusal(
        payload.create({
          collection: 'local-flows',
          data: { flow: localFlowOfThisted.id } as never,
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(onLocal).toContainEqual({
        path: 'flow',
        message: danish('localFlowNeedsNationalFlow', {
          title: 'Ny på dagpenge (test)',
          owner: 'Thisted Kommune',
        }),
      })
      const national = await createFlow(payload)
      await createLocalFlow(payload, 'draft', thisted.id, { flow: national.id })
      const twice = await refusal(
        payload.create({
          collection: 'local-flows',
          data: { flow: national.id } as never,
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(twice).toEqual([
        {
          path: 'flow',
          message: danish('localFlowTaken', {
            owner: 'Thisted Kommune',
            title: 'Ny på dagpenge (test)',
          }),
        },
      ])
      const nationalEditor = await createStaff(payload, 'editor', null)
      const withoutMunicipality = await refusal(
        payload.create({
          collection: 'local-flows',
          data: { flow: national.id } as never,
          draft: true,
          ...asUser(nationalEditor),
        }),
      )
      expect(withoutMunicipality).toEqual([
        { path: 'municipality', message: danish('localFlowNeedsMunicipality') },
      ])
    })

    test("a local step's content is national or the municipality's own, and published before the step is", async () => {
      const flow = await createFlow(payload)
      const aarhusLesson = await createLesson(payload, 'published', { municipality: aarhus.id })
      const ownDraft = await createLesson(payload, 'draft', { municipality: thisted.id })
      const step = (lesson: Doc) =>
        localStep('velkommen', 'Lokalt kursus', {
          kind: 'content',
          content: { relationTo: 'lessons', value: lesson.id },
        })
      const other = await refusal(
        payload.create({
          collection: 'local-flows',
          data: { flow: flow.id, addedSteps: [step(aarhusLesson)] } as never,
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(other).toEqual([
        {
          path: 'addedSteps.0.content',
          message: danish('localRefersToOther', {
            title: aarhusLesson.title as string,
            owner: 'Aarhus Kommune',
            own: 'Thisted Kommune',
          }),
        },
      ])
      const unpublished = await refusal(
        payload.create({
          collection: 'local-flows',
          data: { flow: flow.id, addedSteps: [step(ownDraft)], _status: 'published' } as never,
          ...asUser(thistedPublisher),
        }),
      )
      expect(unpublished).toEqual([
        {
          path: 'addedSteps.0.content',
          message: messages.referenceUnpublished.da.replace('{title}', ownDraft.title as string),
        },
      ])
    })

    test('references stay in scope: national content points at no local content, local at no other municipality', async () => {
      const thistedLesson = await createLesson(payload, 'published', { municipality: thisted.id })
      const aarhusLesson = await createLesson(payload, 'published', { municipality: aarhus.id })
      const nationalLesson = await createLesson(payload, 'published')
      const lessonStep = (lesson: Doc) => ({
        key: 'laes',
        title: 'Læs',
        kind: 'content',
        content: { relationTo: 'lessons', value: lesson.id },
      })
      const flowWith = (lesson: Doc) => ({
        title: 'Forløb',
        slug: uniqueSlug('forloeb'),
        steps: [lessonStep(lesson), { key: 'kontakt', title: 'Kontakt', kind: 'contact' }],
      })
      const nationalRefusal = await refusal(
        payload.create({
          collection: 'flows',
          data: flowWith(thistedLesson) as never,
          draft: true,
          ...asUser(nationalPublisher),
        }),
      )
      expect(nationalRefusal).toEqual([
        {
          path: 'steps.0.content',
          message: danish('nationalRefersToLocal', {
            title: thistedLesson.title as string,
            owner: 'Thisted Kommune',
          }),
        },
      ])
      const faq = await refusal(
        payload.create({
          collection: 'faqs',
          data: {
            question: 'Hvor er infomødet?',
            category: 'Lokalt',
            slug: uniqueSlug('faq'),
            related: [{ relationTo: 'lessons', value: aarhusLesson.id }],
          } as never,
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(faq.map(({ path }) => path)).toEqual(['related'])
      const course = await refusal(
        payload.create({
          collection: 'courses',
          data: {
            title: 'Kursus',
            slug: uniqueSlug('kursus'),
            lessons: [nationalLesson.id, aarhusLesson.id],
          } as never,
          draft: true,
          ...asUser(thistedEditor),
        }),
      )
      expect(course.map(({ path }) => path)).toEqual(['lessons'])
      // Thisted's own flow may use national and Thisted's content.
      const own = await payload.create({
        collection: 'flows',
        data: {
          ...flowWith(thistedLesson),
          steps: [
            lessonStep(thistedLesson),
            { ...lessonStep(nationalLesson), key: 'national' },
            { key: 'kontakt', title: 'Kontakt', kind: 'contact' },
          ],
        } as never,
        draft: true,
        ...asUser(thistedEditor),
      })
      expect(own.municipality).toMatchObject({ id: thisted.id })
    })

    test('the sample content brings each sample municipality a local lesson and a local step in "Ny på dagpenge"', async () => {
      await importSampleContent(payload, path.join(projectRoot, 'content'))
      const national = await payload.find({
        collection: 'flows',
        where: { slug: { equals: 'ny-paa-dagpenge' } },
        locale: 'da',
      })
      const nationalKeys = national.docs[0]?.steps?.map((step) => step.key)
      for (const [code, name] of [
        ['101', 'Københavns Kommune'],
        ['751', 'Aarhus Kommune'],
        ['787', 'Thisted Kommune'],
      ] as const) {
        const place = await ensureMunicipality(payload, code, name)
        const editor = await createStaff(payload, 'editor', place.id)
        const { docs } = (await payload.find({
          collection: 'local-flows',
          where: { municipality: { equals: place.id }, _status: { equals: 'published' } },
          locale: 'da',
          depth: 1,
          ...asUser(editor),
        })) as unknown as { docs: (LocalFlowDoc & { flow: { slug: string } })[] }
        const sample = docs.find((doc) => doc.flow.slug === 'ny-paa-dagpenge')
        expect(sample?.title).toBe(`${name}: Ny på dagpenge`)
        expect(sample?.problems).toBe('')
        expect(sample?.addedSteps).toHaveLength(1)
        expect(nationalKeys).toContain(sample?.addedSteps?.[0]?.after)
        const lessons = await payload.find({
          collection: 'lessons',
          where: { municipality: { equals: place.id }, _status: { equals: 'published' } },
          locale: 'da',
        })
        expect(lessons.docs.map((lesson) => lesson.title).join()).toContain('Jobcen')
      }
    }, 180_000)
  })
}
