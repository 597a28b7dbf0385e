import type { CollectionConfig, NumberField } from 'payload'
import { sourceHashField, titleFields } from '../../fields/titleFields.ts'
import { contentCollection } from '../contentCollection.ts'
import { checkVideoBeforePublish } from './checkVideoBeforePublish.ts'

/** Short on-demand videos with captions per locale and a transcript. */
export const Videos: CollectionConfig = contentCollection({
  slug: 'videos',
  labels: { singular: { da: 'Video', en: 'Video' }, plural: { da: 'Videoer', en: 'Videos' } },
  hooks: { beforeChange: [checkVideoBeforePublish] },
  fields: [
    ...titleFields(),
    {
      name: 'file',
      type: 'upload',
      relationTo: 'video-files',
      label: { da: 'Videofil', en: 'Video file' },
    },
    {
      name: 'externalUrl',
      type: 'text',
      label: {
        da: 'Eller: adresse på en video, vi selv har',
        en: 'Or: address of a video we host ourselves',
      },
    },
    {
      name: 'captions',
      type: 'upload',
      relationTo: 'caption-files',
      localized: true,
      label: { da: 'Undertekster (WebVTT)', en: 'Captions (WebVTT)' },
    },
    {
      name: 'transcript',
      type: 'richText',
      localized: true,
      label: { da: 'Udskrift', en: 'Transcript' },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 1,
      label: { da: 'Varighed (sekunder)', en: 'Duration (seconds)' },
    } satisfies NumberField,
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { da: 'Stillbillede', en: 'Poster image' },
    },
    sourceHashField,
  ],
})
