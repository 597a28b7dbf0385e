import { describe, expect, it } from 'vitest'
import { experimentQuery } from '../../cms/admin/insights/experimentQuery.ts'
import { experimentPeriod } from '../../cms/collections/Flows/experimentPeriod.ts'

type Data = Record<string, unknown> & { experiment?: Record<string, unknown> }
/** Runs the hook as Payload would on a save (only `data` is read). */
const save = (data: Data): Data =>
  experimentPeriod({ data } as unknown as Parameters<typeof experimentPeriod>[0]) as Data

const variants = [
  { key: 'a', share: 50, moveFirst: [], hide: [] },
  { key: 'b', share: 50, moveFirst: ['cv'], hide: [] },
]

describe('an experiment declared in the CMS', () => {
  it('starts a period on the first save and keeps it while the design stays', () => {
    const first = save({ variants, experiment: { outcome: 'flow_completed' } })
    expect(first.experiment?.periodStart).toEqual(expect.any(String))
    const again = save({
      variants,
      experiment: { ...first.experiment, hypothesis: 'Kortere start, flere gennemfører.' },
    })
    expect(again.experiment?.periodStart).toBe(first.experiment?.periodStart)
    expect(again.experiment?.designHash).toBe(first.experiment?.designHash)
  })

  it('starts a new period when the variants or the outcome change', async () => {
    const first = save({ variants, experiment: { outcome: 'flow_completed' } })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const shares = save({
      variants: [
        { ...variants[0], share: 40 },
        { ...variants[1], share: 60 },
      ],
      experiment: { ...first.experiment },
    })
    expect(shares.experiment?.designHash).not.toBe(first.experiment?.designHash)
    expect(shares.experiment?.periodStart).not.toBe(first.experiment?.periodStart)
    const outcome = save({
      variants,
      experiment: { ...first.experiment, outcome: 'step_completed', step: ['cv'] },
    })
    expect(outcome.experiment?.designHash).not.toBe(first.experiment?.designHash)
    expect(save({ variants: [], experiment: first.experiment }).experiment?.periodStart).toBeNull()
  })

  it('asks the tracking API from the period start, with the outcome and its target', () => {
    const experiment = {
      outcome: 'checklist_done' as const,
      checklistItems: 3,
      minimumSample: 200,
      periodStart: '2026-12-01T09:00:00.000Z',
    }
    expect(
      experimentQuery({ variants, experiment, checklistSlug: 'cv-tjek' }, '2026-11-01', undefined),
    ).toEqual({
      variants: 'a:50,b:50',
      outcome: 'checklist_done',
      minimum: '200',
      from: '2026-12-01T09:00:00.000Z',
      to: undefined,
      checklist: 'checklists/cv-tjek',
      items: '3',
    })
    expect(experimentQuery({ variants, experiment }, undefined, undefined)).toBeNull()
    expect(experimentQuery({ variants: variants.slice(0, 1) }, undefined, undefined)).toBeNull()
    expect(
      experimentQuery(
        { variants, experiment: { outcome: 'alternative_taken' }, fallbackSlug: 'sygedagpenge' },
        '2026-12-05',
        undefined,
      ),
    ).toMatchObject({ alternative: 'sygedagpenge', from: '2026-12-05' })
  })
})
