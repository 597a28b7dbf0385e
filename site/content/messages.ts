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
  /** A sample file whose front matter is not YAML. */
  yaml: (error: unknown) => `the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
  /** A local document or version naming a municipality the install does not have. */
  unknownMunicipality: (code: string) =>
    `no municipality with the code ${code} is published (add it under Kommuner, or correct the code)`,
  /** A CMS relationship to a municipality the anonymous reader cannot see. */
  unreadableMunicipality: (id: string) =>
    `the municipality with CMS id ${id} is not among the municipalities the CMS publishes`,
  /** A municipality's version of a flow the build does not have as a national flow. */
  unknownNationalFlow: (slug: string) =>
    `no published national flow has the slug "${slug}": publish it, or remove this local version`,
  /** Two versions of one flow for one municipality. */
  duplicateLocalFlow: (code: string, slug: string, other: string) =>
    `municipality ${code} has another version of the flow "${slug}" (id ${other}); keep one`,
  /** A reference across scopes: national content to local, or one municipality's to another's. */
  crossScopeReference: (target: string, targetCode: string, ownCode: string | undefined) =>
    `${target} belongs to municipality ${targetCode}, so ${ownCode ? `municipality ${ownCode}'s content` : 'national content'} cannot use it`,
  /** A local step's content the build does not have. */
  missingReference: (target: string) => `${target} is not published (or does not exist): publish it or choose other content`,
}
