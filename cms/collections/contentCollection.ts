import type { CollectionConfig } from 'payload'
import { publishedOrLoggedIn } from '../access/publishedOrLoggedIn.ts'
import { publishers, writers } from '../access/roles.ts'
import {
  refuseUnauthorisedPublishing,
  rememberDraftArgument,
} from '../hooks/refuseUnauthorisedPublishing.ts'
import { checkRichTextBeforePublish } from '../hooks/checkRichTextBeforePublish.ts'

/**
 * What every content collection shares: drafts, versions and scheduled publishing; the public
 * reads published documents only; editors write drafts, publishers publish and delete,
 * reviewers read. The collection's own hooks run after the publishing guard and before the
 * rich text check (headings and link texts). The site rebuild, search index and preview
 * plugins (cms/plugins/) add their hooks and Preview button to these collections.
 */
export function contentCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
      ...config.admin,
    },
    access: {
      read: publishedOrLoggedIn,
      readVersions: ({ req }) => Boolean(req.user),
      create: writers,
      update: writers,
      delete: publishers,
      ...config.access,
    },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      beforeOperation: [rememberDraftArgument, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [
        refuseUnauthorisedPublishing,
        ...(config.hooks?.beforeChange ?? []),
        checkRichTextBeforePublish,
      ],
    },
  }
}
