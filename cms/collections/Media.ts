import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { publishers, writers } from '../access/roles.ts'
import { message } from '../messages.ts'

/** Images. Alt text is required in Danish unless the image is marked decorative. */
export const Media = (dataDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: { da: 'Billede', en: 'Image' }, plural: { da: 'Billeder', en: 'Images' } },
  upload: { staticDir: path.join(dataDir, 'media'), mimeTypes: ['image/*'] },
  access: { read: () => true, create: writers, update: writers, delete: publishers },
  fields: [
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
      validate: (
        value: unknown,
        {
          siblingData,
          req,
        }: {
          siblingData: { decorative?: boolean }
          req: Parameters<typeof message>[0] & { locale?: string | null }
        },
      ) => {
        if (siblingData?.decorative || req.locale === 'en') return true
        return typeof value === 'string' && value.trim() !== ''
          ? true
          : message(req, 'altTextMissing')
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
