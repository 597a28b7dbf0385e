import { readFileSync } from 'node:fs'
import type { Row } from '../../site/content/payloadRest/fields.ts'

/**
 * Answers captured from the real Payload REST API (anonymous, `?locale=all&depth=1` with the
 * loader's populate options) with the sample content imported. `tests/site/loader.test.ts`
 * compares them with what the test harness's CMS answers now, and rewrites them with
 * `UPDATE_CMS_FIXTURES=1`.
 */
export function cmsFixture(name: string): Row {
  return JSON.parse(
    readFileSync(new URL(`./fixtures/cms/${name}.json`, import.meta.url), 'utf8'),
  ) as Row
}

/** The docs of a captured collection page. */
export function cmsDocs(collection: string): Row[] {
  return cmsFixture(collection).docs as Row[]
}
