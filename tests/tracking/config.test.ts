import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  defaultSqliteFile,
  loadConfig,
  parseDatabaseUrl,
} from '../../tracking/index.ts'

describe('configuration', () => {
  it('defaults to port 4000 on 127.0.0.1, the site origin, 180 days and SQLite under data/', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      allowedOrigins: ['http://localhost:4321'],
      retentionDays: 180,
      readToken: undefined,
    })
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', file: defaultSqliteFile })
    expect(defaultSqliteFile).toMatch(/\/data\/tracking\.db$/)
  })

  it('allows the origin of SITE_URL when TRACKING_ALLOWED_ORIGINS is unset', () => {
    expect(loadConfig({ SITE_URL: 'https://job.eksempel.dk/borger/' }).allowedOrigins).toEqual([
      'https://job.eksempel.dk',
    ])
    expect(() => loadConfig({ SITE_URL: 'job.eksempel.dk' })).toThrow(/SITE_URL/)
  })

  it('reads comma-separated origins and Postgres or SQLite URLs', () => {
    expect(
      loadConfig({ TRACKING_ALLOWED_ORIGINS: 'https://a.dk, https://b.dk' }).allowedOrigins,
    ).toEqual(['https://a.dk', 'https://b.dk'])
    expect(parseDatabaseUrl('postgres://u@h/db')).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h/db',
    })
    expect(parseDatabaseUrl('postgresql://u@h/db').kind).toBe('postgres')
    expect(parseDatabaseUrl('sqlite:/tmp/x.db')).toEqual({ kind: 'sqlite', file: '/tmp/x.db' })
    expect(parseDatabaseUrl('file:///tmp/y.db')).toEqual({ kind: 'sqlite', file: '/tmp/y.db' })
  })

  it('names the variable at fault', () => {
    expect(() => parseDatabaseUrl('mongodb://x')).toThrow(
      /TRACKING_DATABASE_URL: unknown scheme "mongodb:"/,
    )
    expect(() => loadConfig({ TRACKING_RETENTION_DAYS: '0' })).toThrow(ConfigError)
    expect(() => loadConfig({ TRACKING_LOG_LEVEL: 'loud' })).toThrow(/TRACKING_LOG_LEVEL/)
  })
})
