import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../tracking/store/sqlite.ts'
import { createGroupCommitter } from '../../tracking/store/groupCommit.ts'
import type { TrackingEvent } from '../../tracking/index.ts'
import { makeBatch, newSubject } from './helpers/events.ts'
import { tempSqliteFile } from './helpers/sqlite.ts'

describe('group commit', () => {
  const temp = tempSqliteFile()
  let store: ReturnType<typeof openSqliteStore>
  beforeAll(() => {
    store = openSqliteStore(temp.file)
  })
  afterAll(async () => {
    await store.close()
    temp.remove()
  })

  it('writes concurrent batches in far fewer transactions than batches', async () => {
    const subject = newSubject()
    const before = store.commits()
    await Promise.all(
      Array.from({ length: 100 }, () => store.insert(makeBatch(10, subject), Date.now())),
    )
    expect(await store.eventsOf(subject)).toHaveLength(1000)
    expect(store.commits() - before).toBeLessThanOrEqual(5)
  })

  it('settles each submitter only after the write holding its batch has finished', async () => {
    const written: string[] = []
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const committer = createGroupCommitter({
      async write(batches) {
        await gate
        for (const batch of batches) written.push(batch[0]!.subject)
      },
    })
    let settled = false
    const pending = committer
      .submit(makeBatch(1, 'subject-one-aaaaaaaa'), 0)
      .then(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(settled).toBe(false)
    release()
    await pending
    expect(written).toEqual(['subject-one-aaaaaaaa'])
  })

  it('caps a transaction at maxEvents and keeps the order of batches', async () => {
    const groups: number[] = []
    const order: string[] = []
    const committer = createGroupCommitter({
      maxEvents: 25,
      async write(batches: TrackingEvent[][]) {
        groups.push(batches.reduce((sum, batch) => sum + batch.length, 0))
        for (const batch of batches) order.push(batch[0]!.subject)
      },
    })
    const subjects = Array.from({ length: 10 }, () => newSubject())
    await Promise.all(subjects.map((subject) => committer.submit(makeBatch(10, subject), 0)))
    expect(Math.max(...groups)).toBeLessThanOrEqual(25)
    expect(order).toEqual(subjects)
  })
})
