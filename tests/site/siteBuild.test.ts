import { describe, expect, test } from 'vitest'
import { withConnectSources } from '../../site/build/headers.ts'
import {
  algoliaConfig,
  algoliaOrigins,
  retentionDays,
  trackingUrl,
} from '../../site/lib/buildEnv.ts'

const headers = `/*
  Content-Security-Policy: default-src 'self'; connect-src 'self' http://localhost:4000; object-src 'none'
`

describe('build settings', () => {
  test('the tracking URL defaults to localhost:4000 and loses a trailing slash', () => {
    expect(trackingUrl({})).toBe('http://localhost:4000')
    expect(trackingUrl({ TRACKING_URL: 'https://t.example.dk/' })).toBe('https://t.example.dk')
  })

  test('retention days default to 180', () => {
    expect(retentionDays({})).toBe(180)
    expect(retentionDays({ TRACKING_RETENTION_DAYS: '30' })).toBe(30)
    expect(retentionDays({ TRACKING_RETENTION_DAYS: 'x' })).toBe(180)
  })

  test('Algolia is used only with an app id and a search key', () => {
    expect(algoliaConfig({ ALGOLIA_APP_ID: 'A' })).toBeNull()
    expect(algoliaConfig({ ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_KEY: 'k' })).toEqual({
      appId: 'A',
      searchKey: 'k',
      index: 'jobunivers',
    })
  })

  test('the policy names Algolia’s hosts, or the stand-in', () => {
    expect(
      algoliaOrigins(algoliaConfig({ ALGOLIA_APP_ID: 'AB1', ALGOLIA_SEARCH_KEY: 'k' })),
    ).toEqual([
      'https://ab1-dsn.algolia.net',
      'https://ab1-1.algolianet.com',
      'https://ab1-2.algolianet.com',
      'https://ab1-3.algolianet.com',
    ])
    expect(
      algoliaOrigins(
        algoliaConfig({
          ALGOLIA_APP_ID: 'A',
          ALGOLIA_SEARCH_KEY: 'k',
          ALGOLIA_HOST: '127.0.0.1:9',
        }),
      ),
    ).toEqual(['http://127.0.0.1:9'])
  })
})

describe('withConnectSources', () => {
  test('sets connect-src to the site and the given origins, once each', () => {
    expect(
      withConnectSources(headers, ['https://t.example.dk/v1', 'https://t.example.dk']),
    ).toContain("connect-src 'self' https://t.example.dk; object-src")
  })
})
