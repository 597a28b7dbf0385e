import type { CollectionConfig, NumberField } from 'payload'
import { hasRole } from '../../access/roles.ts'
import { lessonBlocks } from '../../blocks/index.ts'
import { audiencesField } from '../../fields/audiences.ts'
import { sourceHashField, titleFields } from '../../fields/titleFields.ts'
import { contentCollection } from '../contentCollection.ts'
import { checkLessonBeforePublish } from './checkLessonBeforePublish.ts'

/** One page of learning, built from blocks. */
export const Lessons: CollectionConfig = contentCollection({
  slug: 'lessons',
  labels: { singular: { da: 'Lektion', en: 'Lesson' }, plural: { da: 'Lektioner', en: 'Lessons' } },
  hooks: { beforeChange: [checkLessonBeforePublish] },
  fields: [
    ...titleFields(),
    {
      name: 'minutes',
      type: 'number',
      required: true,
      min: 1,
      max: 240,
      defaultValue: 5,
      label: { da: 'Minutter at læse', en: 'Minutes to read' },
    } satisfies NumberField,
    audiencesField,
    {
      name: 'body',
      type: 'blocks',
      localized: true,
      minRows: 1,
      blocks: lessonBlocks,
      label: { da: 'Indhold', en: 'Content' },
    },
    {
      name: 'readability',
      type: 'group',
      label: { da: 'Læsbarhed', en: 'Readability' },
      admin: {
        description: {
          da: 'Er teksten over LIX-grænsen, kan en udgiver godkende den med en begrundelse. Begrundelsen gemmes.',
          en: 'If the text is over the LIX limit, a publisher can approve it with a reason. The reason is kept.',
        },
      },
      fields: [
        {
          name: 'overrideReason',
          type: 'textarea',
          label: {
            da: 'Begrundelse for at udgive over grænsen',
            en: 'Reason to publish over the limit',
          },
          access: {
            update: ({ req }) => hasRole(req.user, 'admin', 'publisher'),
            create: ({ req }) => hasRole(req.user, 'admin', 'publisher'),
          },
        },
      ],
    },
    sourceHashField,
  ],
})
