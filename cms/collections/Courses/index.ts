import type { CollectionConfig } from 'payload'
import { audiencesField } from '../../fields/audiences.ts'
import { sourceHashField, titleFields } from '../../fields/titleFields.ts'
import { contentCollection } from '../contentCollection.ts'
import { checkCourseBeforePublish } from './checkCourseBeforePublish.ts'

/** An ordered set of lessons. */
export const Courses: CollectionConfig = contentCollection({
  slug: 'courses',
  labels: { singular: { da: 'Kursus', en: 'Course' }, plural: { da: 'Kurser', en: 'Courses' } },
  hooks: { beforeChange: [checkCourseBeforePublish] },
  fields: [
    ...titleFields(),
    {
      name: 'lessons',
      type: 'relationship',
      relationTo: 'lessons',
      hasMany: true,
      label: { da: 'Lektioner i rækkefølge', en: 'Lessons in order' },
    },
    audiencesField,
    sourceHashField,
  ],
})
