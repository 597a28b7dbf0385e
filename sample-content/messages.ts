/**
 * Every message the sample-content reader writes, in one place. They are read by the
 * people who write the Markdown files, so they say what to change.
 */
export const messages = {
  yamlSyntax: (detail: string) => `front matter is not valid YAML: ${detail}`,
  noFrontMatter: 'the file must start with front matter between --- lines',
  frontMatterNotMap: 'front matter must be a map of fields',
  unknownField: 'unknown field (check the spelling; slug and body come from the file)',
  required: 'is required',
  unexpectedBody: 'this document has no body: move the text into the front matter',
  emptyEnglishBody: 'the English body file is empty: delete it to fall back to Danish',
  emptyBody: (field: string) =>
    `the Danish ${field} (the Markdown after the front matter) is empty`,
  englishWithFrontMatter:
    'an English body file has no front matter: put English values in the Danish file',
  englishWithoutDanish: (danish: string) => `English body without a Danish file (${danish})`,
  englishNotAllowed: 'this kind of document has no body, so no English body file',
  badSlug: (detail: string) => `the file name is the slug, and it ${detail}`,
  noFolder: 'the content folder does not exist',
  unexpectedFile:
    'not a sample content file (expected site-settings.md, navigation.md or a folder)',
  missingGlobal: (file: string) => `${file} is missing`,
  fileMissing: (path: string) => `file not found: ${path}`,
  fileOutside: (path: string) => `path leaves the content folder: ${path}`,
  mimeMismatch: (path: string, mimeType: string) => `${path} does not match mimeType ${mimeType}`,
  notWebVtt: (path: string) => `${path} is not WebVTT (it must start with WEBVTT)`,
  dangling: (collection: string, slug: string) =>
    `no ${collection} document with the slug "${slug}"`,
  headingLevel: (depth: number) =>
    `heading level ${depth} is not allowed: use ## or ### (the title is the page's h1)`,
  unsupported: (what: string) => `${what} is not supported in rich text`,
  directiveNotAllowed: (name: string) =>
    `::${name} is only allowed at the top level of a lesson body`,
  unknownDirective: (name: string) =>
    `unknown block ::${name} (use ::video, ::checklist, ::faq, ::contact or :::callout)`,
  directiveAttribute: (name: string, attribute: string) =>
    `::${name} does not take the attribute ${attribute}`,
  directiveNeeds: (name: string, attribute: string) => `::${name} needs ${attribute}="..."`,
  directiveLabel: (name: string) => `::${name} does not take a [label]`,
  calloutTone: (tones: readonly string[]) => `tone must be one of ${tones.join(', ')}`,
  directiveKind: (name: string, colons: string) => `write ${colons}${name} for this block`,
  emptyCallout: 'a callout needs some text',
} as const
