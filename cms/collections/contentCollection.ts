import type { CollectionConfig } from 'payload'
import {
  createInScope,
  readInScope,
  readVersionsInScope,
  writeInScope,
} from '../access/municipalityScope.ts'
import { publishers, writers } from '../access/roles.ts'
import { contentMunicipalityField } from '../fields/municipality.ts'
import {
  refuseUnauthorisedPublishing,
  rememberDraftArgument,
} from '../hooks/refuseUnauthorisedPublishing.ts'
import { checkRichTextBeforePublish } from '../hooks/checkRichTextBeforePublish.ts'
import { refuseCrossScopeReferences } from '../validation/scopeReferences.ts'

/**
 * What every content collection shares: drafts, versions and scheduled publishing; the public
 * reads published documents only; editors write drafts, publishers publish and delete,
 * reviewers read, each in their own scope: national, or one municipality's (`municipality`). The collection's own hooks run after the publishing guard and before the
 * cross-scope reference check (cms/validation/scopeReferences.ts) and the rich text check
 * (headings and link texts). The site rebuild, search index and preview
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
      read: readInScope,
      readVersions: readVersionsInScope,
      create: createInScope(writers),
      update: writeInScope(writers),
      delete: writeInScope(publishers),
      ...config.access,
    },
    fields: [...config.fields, contentMunicipalityField],
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      beforeOperation: [rememberDraftArgument, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [
        refuseUnauthorisedPublishing,
        ...(config.hooks?.beforeChange ?? []),
        refuseCrossScopeReferences,
        checkRichTextBeforePublish,
      ],
    },
  }
}
