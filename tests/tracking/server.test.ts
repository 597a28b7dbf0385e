import { describe, expect, it } from 'vitest'
import { runServerToExit, exited, startServer } from './helpers/server.ts'
import { tempSqliteFile } from './helpers/sqlite.ts'

describe('tracking/server.ts', () => {
  it('starts on a SQLite file, prints its URL, answers, and stops on SIGTERM', async () => {
    const temp = tempSqliteFile()
    const server = await startServer({ TRACKING_DATABASE_URL: temp.url })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.output()).toContain('(sqlite)')
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' })
    server.child.kill('SIGTERM')
    await exited(server.child)
    expect(server.child.exitCode).toBe(0)
    temp.remove()
  })

  const badConfigs: Array<[string, Record<string, string>, string]> = [
    [
      'an unknown database URL scheme',
      { TRACKING_DATABASE_URL: 'mysql://localhost/tracking' },
      'TRACKING_DATABASE_URL',
    ],
    ['a port that is not a number', { TRACKING_PORT: 'four thousand' }, 'TRACKING_PORT'],
    [
      'a retention that is not a whole number of days',
      { TRACKING_RETENTION_DAYS: '-3' },
      'TRACKING_RETENTION_DAYS',
    ],
    [
      'an allowed origin that is not an origin',
      { TRACKING_ALLOWED_ORIGINS: 'http://localhost:4321/path' },
      'TRACKING_ALLOWED_ORIGINS',
    ],
    ['a read token too short to be secret', { TRACKING_READ_TOKEN: 'abc' }, 'TRACKING_READ_TOKEN'],
  ]
  for (const [name, env, variable] of badConfigs) {
    it(`refuses to start with ${name}, naming ${variable}`, async () => {
      const { code, output } = await runServerToExit(env)
      expect(code).toBe(1)
      expect(output).toContain(`configuration error: ${variable}`)
      expect(output).not.toMatch(/\n\s+at /) // a message, not a stack trace
    })
  }

  it('refuses to start when Postgres does not answer, saying so', async () => {
    const { code, output } = await runServerToExit({
      TRACKING_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing',
    })
    expect(code).toBe(1)
    expect(output).toContain('cannot open the database')
  })
})
