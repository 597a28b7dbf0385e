/**
 * Every message the content loader writes, in one place. They are read by whoever runs the
 * build (a developer, or an editor whose change broke it), so they say what to fix.
 */
export const messages = {
  cmsUnreachable: (url: string, error: unknown) =>
    `Could not reach the CMS at ${url} (${error instanceof Error ? error.message : String(error)}). ` +
    'Start it, or unset CMS_URL to build from the sample content in content/.',
  cmsStatus: (url: string, status: number) => `The CMS answered ${status} for ${url}.`,
  // Worded without "document": Astro adds a misleading "Browser APIs are not available" hint
  // to any build error whose text contains that word.
  invalidDocuments: (count: number) =>
    `${count === 1 ? '1 published entry does' : `${count} published entries do`} not match the content-models schemas:`,
  problem: (collection: string, id: string, slug: string | undefined, field: string, message: string) =>
    `  ${collection} id ${id}${slug ? ` (slug "${slug}")` : ''}, field ${field || '(whole entry)'}: ${message}`,
  unpublishedReference:
    'a reference with no slug points at content the public cannot read (unpublished or deleted): publish it or remove the reference',
  duplicateSlug: (slug: string) => `the slug "${slug}" is used by another document of this collection`,
  mediaDownload: (url: string, status: number | string) => `Could not download ${url} for the site (${status}).`,
  mediaMissing: (path: string) => `Media file not found: ${path}`,
}
