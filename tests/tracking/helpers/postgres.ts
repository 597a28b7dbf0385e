import { createTestDatabase as createDatabase } from '../../lib/postgres.ts'

/** A database of this test file's own on the test Postgres (`tracking_test_<random>`). */
export function createTestDatabase(
  prefix = 'tracking_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  return createDatabase(prefix)
}
