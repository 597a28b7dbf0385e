import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { getPayload, type Payload } from 'payload'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createConfig } from '../../cms/config.ts'
import { databaseAdapter, DatabaseConfigError } from '../../cms/database.ts'
import { createLesson } from './fixtures.ts'
import { projectRoot } from './harness.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

const mongodbUrl = process.env.MONGODB_URL

describe('database adapter chosen by DATABASE_URL', () => {
  const options = { projectRoot, dataDir: '/tmp/unused' }
  test.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/other.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres'],
    ['postgresql://postgres@127.0.0.1:5432/test', 'postgres'],
    ['mongodb://127.0.0.1:27017/jobunivers', 'mongoose'],
  ])('%s → %s', (url, name) => {
    expect(databaseAdapter(url, options).name).toBe(name)
  })

  test('an unknown scheme stops start-up with a message naming DATABASE_URL', () => {
    expect(() => databaseAdapter('mysql://root@localhost/cms', options)).toThrow(
      DatabaseConfigError,
    )
    expect(() => databaseAdapter('mysql://root@localhost/cms', options)).toThrow(
      /DATABASE_URL has the scheme "mysql:"/,
    )
  })
})

// No MongoDB server can be had on the development machines; set MONGODB_URL to run this.
describe.skipIf(!mongodbUrl)('CMS on MongoDB (runs only when MONGODB_URL is set)', () => {
  let payload: Payload
  beforeAll(async () => {
    process.env.JOBUNIVERS_RUN_JOBS = 'false'
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-mongo-'))
    payload = await getPayload({
      config: createConfig({ databaseUrl: mongodbUrl, projectRoot, dataDir }),
    })
  })
  afterAll(async () => {
    const opened = mayBeUnset(payload)
    await opened?.db.dropDatabase({ adapter: opened.db } as never)
    await opened?.destroy()
  })

  test('a published lesson is read by the public, a draft is not', async () => {
    const published = await createLesson(payload, 'published')
    const draft = await createLesson(payload, 'draft')
    const visible = await payload.find({
      collection: 'lessons',
      overrideAccess: false,
      pagination: false,
    })
    const ids = visible.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
  })
})
