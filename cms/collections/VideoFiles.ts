import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, publishers, writers } from '../access/roles.ts'

/** Uploaded video files (mp4, webm), used by videos. */
export const VideoFiles = (dataDir: string): CollectionConfig => ({
  slug: 'video-files',
  labels: {
    singular: { da: 'Videofil', en: 'Video file' },
    plural: { da: 'Videofiler', en: 'Video files' },
  },
  upload: { staticDir: path.join(dataDir, 'video-files'), mimeTypes: ['video/mp4', 'video/webm'] },
  access: { read: anyone, create: writers, update: writers, delete: publishers },
  fields: [],
})
