import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { contentMunicipalityField } from '../fields/municipality.ts'
import { uploadAccess } from './uploadAccess.ts'

/** Uploaded video files (mp4, webm), used by videos. */
export const VideoFiles = (dataDir: string): CollectionConfig => ({
  slug: 'video-files',
  labels: {
    singular: { da: 'Videofil', en: 'Video file' },
    plural: { da: 'Videofiler', en: 'Video files' },
  },
  upload: { staticDir: path.join(dataDir, 'video-files'), mimeTypes: ['video/mp4', 'video/webm'] },
  access: uploadAccess,
  fields: [contentMunicipalityField],
})
