import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import * as prettier from 'prettier'
import { openApiDocument } from './document.ts'

/** Where the TypeScript types of the tracking API live: in content-models, which the site may import. */
export const typesFile = fileURLToPath(
  new URL('../../content-models/generated/trackingApi.ts', import.meta.url),
)

const header = `// The tracking API's OpenAPI document (GET /openapi.json) as TypeScript types, made by
// openapi-typescript. Do not edit: run \`npm run generate:tracking-types\` after changing the
// API's schemas; a test fails while this file and the document disagree.
`

/** The types file's text for the API as it is now (openapi-typescript, then Prettier). */
export async function trackingApiTypes(): Promise<string> {
  const document = (await openApiDocument()) as Parameters<typeof openapiTS>[0]
  const source = header + astToString(await openapiTS(document))
  const options = await prettier.resolveConfig(typesFile)
  return prettier.format(source, { ...options, filepath: typesFile })
}
