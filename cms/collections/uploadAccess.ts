import type { CollectionConfig } from 'payload'
import { createInScope, readUploadsInScope, writeInScope } from '../access/municipalityScope.ts'
import { publishers, writers } from '../access/roles.ts'

/**
 * Who may do what with an upload, by scope as with content: writers upload and change files in
 * their own scope (national, or their municipality), publishers delete them there; admins
 * anywhere. The public reads them all.
 */
export const uploadAccess: CollectionConfig['access'] = {
  read: readUploadsInScope,
  create: createInScope(writers),
  update: writeInScope(writers),
  delete: writeInScope(publishers),
}
