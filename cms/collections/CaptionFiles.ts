import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { contentMunicipalityField } from '../fields/municipality.ts'
import { uploadAccess } from './uploadAccess.ts'
import { validateWebVttUpload } from '../hooks/validateWebVttUpload.ts'

/** Caption files (WebVTT), checked when uploaded. */
export const CaptionFiles = (dataDir: string): CollectionConfig => ({
  slug: 'caption-files',
  labels: {
    singular: { da: 'Undertekstfil', en: 'Caption file' },
    plural: { da: 'Undertekstfiler', en: 'Caption files' },
  },
  upload: { staticDir: path.join(dataDir, 'caption-files'), mimeTypes: ['text/vtt', 'text/plain'] },
  access: uploadAccess,
  hooks: { beforeValidate: [validateWebVttUpload] },
  fields: [contentMunicipalityField],
})
