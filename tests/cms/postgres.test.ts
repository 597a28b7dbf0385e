import { describe, test } from 'vitest'
import { postgresAvailable } from './harness.ts'
import { cmsContract } from './suite.ts'

if (await postgresAvailable()) {
  cmsContract('postgres')
} else {
  describe.skip('CMS on postgres (no Postgres at POSTGRES_TEST_URL; see the printed reason)', () => {
    test('skipped', () => {})
  })
}
