/**
 * `node serve/cli.ts --dir dist --port 4321 --host 127.0.0.1`: serves a built site as a
 * production static host does (siteServer.ts). Stops on SIGINT/SIGTERM; a bad option, a
 * missing folder, a malformed `_headers` or a taken port stops it with one line saying why.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { serveSite } from './siteServer.ts'

function fail(message: string): never {
  console.error(`site server: ${message}`)
  process.exit(1)
}

let values: { dir?: string; port?: string; host?: string; 'no-compress'?: boolean }
try {
  ;({ values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-compress': { type: 'boolean', default: false },
    },
  }))
} catch (error) {
  fail((error as Error).message)
}
const dir = path.resolve(values.dir ?? 'dist')
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${values.port} is not a port`)
if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  fail(`${dir} is not a folder: build the site first (npm run site:build)`)

const site = await serveSite({
  dir,
  port,
  host: values.host ?? '127.0.0.1',
  compress: !values['no-compress'],
}).catch((error: unknown) => fail((error as Error).message))
console.log(`site server: serving ${dir} on ${site.origin}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void site.close().then(() => process.exit(0)))
