import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { contentMunicipalityField } from '../fields/municipality.ts'
import { uploadAccess } from './uploadAccess.ts'
import { message } from '../messages.ts'
import { danishValues } from '../validation/danishValues.ts'

/** Images. Alt text is required in Danish unless the image is marked decorative. */
export const Media = (dataDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: { da: 'Billede', en: 'Image' }, plural: { da: 'Billeder', en: 'Images' } },
  upload: { staticDir: path.join(dataDir, 'media'), mimeTypes: ['image/*'] },
  access: uploadAccess,
  fields: [
    contentMunicipalityField,
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { da: 'Alternativ tekst', en: 'Alt text' },
      admin: {
        description: {
          da: 'Hvad viser billedet? Læses op for blinde.',
          en: 'What does the image show? Read aloud to blind users.',
        },
      },
      validate: async (
        value: unknown,
        {
          siblingData,
          req,
          id,
        }: {
          siblingData: { decorative?: boolean }
          req: PayloadRequest
          id?: string | number
        },
      ) => {
        if (siblingData.decorative) return true
        const present = (text: unknown) => typeof text === 'string' && text.trim() !== ''
        if (req.locale !== 'en') return present(value) ? true : message(req, 'altTextMissing')
        // Editing in English: the Danish text, which the site falls back to, must exist.
        const danish = await danishValues<{ alt?: unknown }>(req, 'media', {}, id)
        return present(danish.alt) ? true : message(req, 'altTextMissingDanish')
      },
    },
    {
      name: 'decorative',
      type: 'checkbox',
      label: { da: 'Kun pynt (ingen alternativ tekst)', en: 'Decorative only (no alt text)' },
    },
    {
      name: 'credit',
      type: 'text',
      label: { da: 'Fotograf / kilde', en: 'Photographer / source' },
    },
  ],
})
