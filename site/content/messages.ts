/**
 * Every message the content loader writes, in one place. They are read by whoever runs the
 * build (a developer, or an editor whose change broke it), so they say what to fix.
 */
export const messages = {
  /** The CMS did not answer at all. */
  cmsUnreachable: (url: string, error: unknown) =>
    `Could not reach the CMS at ${url} (${error instanceof Error ? error.message : String(error)}). ` +
    'Start it, or unset CMS_URL to build from the sample content in content/.',
  /** The CMS answered with an error status. */
  cmsStatus: (url: string, status: number) => `The CMS answered ${status} for ${url}.`,
  /**
   * The heading of the schema problems. Worded without "document": Astro adds a misleading
   * "Browser APIs are not available" hint to any build error whose text contains that word.
   */
  invalidDocuments: (count: number) =>
    `${count === 1 ? '1 published entry does' : `${count} published entries do`} not match the content-models schemas:`,
  /** One schema problem: the entry and the field at fault. */
  problem: (collection: string, id: string, slug: string | undefined, field: string, message: string) =>
    `  ${collection} id ${id}${slug ? ` (slug "${slug}")` : ''}, field ${field || '(whole entry)'}: ${message}`,
  unpublishedReference:
    'a reference with no slug points at content the public cannot read (unpublished or deleted): publish it or remove the reference',
  /** A slug two documents of one collection share. */
  duplicateSlug: (slug: string) => `the slug "${slug}" is used by another document of this collection`,
  /** A media file the CMS would not hand over. */
  mediaDownload: (url: string, status: number | string) => `Could not download ${url} for the site (${status}).`,
  /** A media file the content names but the sample content does not have. */
  mediaMissing: (path: string) => `Media file not found: ${path}`,
}
