import type { Payload } from 'payload'
import { createChecklist, createLesson, easyText, uniqueSlug, videoData } from '../fixtures.ts'

/** Data for a draft of each content collection, and a change to make to it. */
export const contentDrafts: Record<
  string,
  (payload: Payload) => Promise<{ data: Record<string, unknown>; change: Record<string, unknown> }>
> = {
  lessons: async () => ({
    data: {
      title: 'Din a-kasse',
      slug: uniqueSlug('a-kasse'),
      minutes: 4,
      body: [{ blockType: 'richText', content: easyText() }],
    },
    change: { title: 'Din a-kasse og dig' },
  }),
  courses: async (payload) => ({
    data: {
      title: 'Kom godt i gang',
      slug: uniqueSlug('kursus'),
      lessons: [(await createLesson(payload, 'published')).id],
    },
    change: { summary: 'Tre korte lektioner.' },
  }),
  videos: async (payload) => ({
    data: await videoData(payload),
    change: { summary: 'Nu med ny tekst.' },
  }),
  checklists: async () => ({
    data: {
      title: 'Første uge',
      slug: uniqueSlug('uge'),
      items: [{ key: 'meld', label: 'Meld dig ledig' }],
    },
    change: { intro: 'Gør det i denne uge.' },
  }),
  faqs: async () => ({
    data: {
      question: 'Hvad er en joblog?',
      slug: uniqueSlug('faq'),
      category: 'Jobnet',
      answer: easyText('Det er en liste over de job, du søger.'),
    },
    change: { category: 'Jobnet og CV' },
  }),
  flows: async (payload) => {
    const checklist = await createChecklist(payload, 'published')
    return {
      data: {
        title: 'Ny på dagpenge',
        slug: uniqueSlug('forloeb'),
        questions: [{ key: 'cv', type: 'yesno', prompt: 'Har du et CV?' }],
        steps: [
          {
            key: 'tjek',
            title: 'Tjek det her',
            kind: 'content',
            content: { relationTo: 'checklists', value: checklist.id },
            showWhen: { answer: 'cv', is: 'no' },
            minutes: 5,
          },
          { key: 'kontakt', title: 'Book en samtale', kind: 'contact', minutes: 5 },
        ],
      },
      change: { summary: 'Tre spørgsmål og en plan.' },
    }
  },
}
