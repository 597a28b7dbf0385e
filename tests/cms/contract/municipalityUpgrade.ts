import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { mayBeUnset } from '../../lib/mayBeUnset.ts'
import type { CmsHarness } from '../harness.ts'
import {
  contentBefore,
  fillBeforeMunicipalities,
  migrationsOf,
  openUnmigrated,
  type Unmigrated,
} from '../singleJobcentreInstall.ts'
import { forbidden } from './refusal.ts'
import { createStaff, ensureMunicipality } from './municipalityFixtures.ts'

const scopeId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? value.id : (value ?? null)

/**
 * The upgrade from a single-jobcentre install: a database migrated to the schema before
 * municipalities, with content, then migrated up, keeps everything, and all of it is national.
 */
export function municipalityUpgradeContract(cms: () => CmsHarness): void {
  describe('upgrading an install from before municipalities', () => {
    let upgraded: Unmigrated | undefined
    beforeAll(async () => {
      upgraded = await openUnmigrated(cms().payload.db.name)
      const { payload } = upgraded
      await fillBeforeMunicipalities(payload, contentBefore)
      await payload.db.migrate({ migrations: migrationsOf(payload) })
    })
    afterAll(async () => {
      await mayBeUnset(upgraded)?.close()
    })

    test('the content is kept and national, and every version with it', async () => {
      const { payload } = upgraded!
      const { docs } = await payload.find({
        collection: 'lessons',
        where: { slug: { equals: 'fra-foer' } },
        overrideAccess: false,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ title: 'Fra før kommunerne', summary: 'Gammelt indhold.' })
      expect(scopeId(docs[0]!.municipality)).toBeNull()
      const versions = await payload.findVersions({
        collection: 'lessons',
        where: { parent: { equals: docs[0]!.id } },
      })
      expect(versions.docs.map((v) => scopeId(v.version.municipality))).toEqual([null])
    })

    test('its users become national staff; a new municipality reads the content but cannot change it', async () => {
      const { payload } = upgraded!
      const { docs: users } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'fra-foer@test.local' } },
      })
      expect(users.map((user) => [user.role, scopeId(user.municipality)])).toEqual([
        ['editor', null],
      ])
      const thisted = await ensureMunicipality(payload, '787', 'Thisted Kommune')
      const editor = await createStaff(payload, 'editor', thisted.id)
      const asEditor = { user: editor, overrideAccess: false as const }
      const { docs } = await payload.find({
        collection: 'lessons',
        where: { slug: { equals: 'fra-foer' } },
        draft: true,
        ...asEditor,
      })
      expect(docs).toHaveLength(1)
      await forbidden(
        payload.update({
          collection: 'lessons',
          id: docs[0]!.id,
          data: { title: 'Overtaget' },
          draft: true,
          ...asEditor,
        }),
      )
    })
  })
}
