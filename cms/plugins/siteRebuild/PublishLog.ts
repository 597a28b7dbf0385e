import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../../access/roles.ts'

/** Only the system writes the log, through the Local API (which skips access). */
const nobody = (): boolean => false

/** Who published, unpublished or deleted what, and when. Written by the system only; admins read it. */
export const PublishLog: CollectionConfig = {
  slug: 'publish-log',
  labels: {
    singular: { da: 'Udgivelseslog', en: 'Publish log' },
    plural: { da: 'Udgivelseslog', en: 'Publish log' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['at', 'action', 'title', 'documentCollection', 'user'],
    group: { da: 'System', en: 'System' },
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { da: 'Handling', en: 'Action' },
      options: [
        { value: 'publish', label: { da: 'Udgivet', en: 'Published' } },
        { value: 'unpublish', label: { da: 'Afpubliceret', en: 'Unpublished' } },
        { value: 'delete', label: { da: 'Slettet', en: 'Deleted' } },
      ],
    },
    {
      name: 'documentCollection',
      type: 'text',
      required: true,
      label: { da: 'Samling', en: 'Collection' },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      label: { da: 'Dokument-id', en: 'Document id' },
    },
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { da: 'Af', en: 'By' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: { da: 'Tidspunkt', en: 'When' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
