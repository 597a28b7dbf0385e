import type { CollectionConfig } from 'payload'
import { audiencesField } from '../../fields/audiences.ts'
import { slugFields } from '../../fields/slug.ts'
import { contentCollection } from '../contentCollection.ts'
import { checkCourseBeforePublish } from './checkCourseBeforePublish.ts'

/** An ordered set of lessons. */
export const Courses: CollectionConfig = contentCollection({
  slug: 'courses',
  labels: { singular: { da: 'Kursus', en: 'Course' }, plural: { da: 'Kurser', en: 'Courses' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  hooks: { beforeChange: [checkCourseBeforePublish] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { da: 'Titel', en: 'Title' },
    },
    ...slugFields(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { da: 'Kort beskrivelse', en: 'Summary' },
    },
    {
      name: 'lessons',
      type: 'relationship',
      relationTo: 'lessons',
      hasMany: true,
      label: { da: 'Lektioner i rækkefølge', en: 'Lessons in order' },
    },
    audiencesField,
    { name: 'sourceHash', type: 'text', hidden: true },
  ],
})
