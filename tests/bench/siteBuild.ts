// Site build scaling: `astro build` of generated content snapshots with 100, 1,000 and 5,000
// lessons (every other collection grown in the sample's proportion, both locales), timed and
// with peak memory, next to a build of the bundled sample content in the same run.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildSite, type BuildResult } from './lib/astroBuild.ts'
import { benchDir } from './lib/benchDir.ts'
import { writeContentSnapshot, type SnapshotCounts } from './lib/contentSnapshot.ts'
import { largestPage, type PageSize } from './lib/largestPage.ts'
import type { BenchRow, BenchSection } from './section.ts'

const sizes = (process.env.BENCH_SITE_SIZES ?? '100,1000,5000').split(',').map(Number)
/** The goal: 1,000 lessons in both locales in under a minute on 2 cores. */
const goal = { lessons: 1000, seconds: 60 }

type Built = BuildResult & { largest: PageSize }
type Run = Built & { lessons: number; counts: SnapshotCounts }

const perThousand = (seconds: number, pages: number) => (seconds / pages) * 1000
const describe = (counts: SnapshotCounts) =>
  `${counts.flows} flows, ${counts.courses} courses, ${counts.checklists} checklists, ` +
  `${counts.faqs} FAQs, ${counts.videos} videos`

async function buildSnapshot(lessons: number): Promise<Run> {
  const dir = join(benchDir(), `scale-${lessons}`)
  const counts = writeContentSnapshot(join(dir, 'content'), lessons)
  try {
    const result = await buildSite({
      contentDir: join(dir, 'content'),
      outDir: join(dir, 'out'),
      logFile: join(benchDir(), `build-${lessons}.log`),
    })
    console.log(`  ${lessons} lessons: ${result.pages} pages in ${result.seconds.toFixed(1)} s`)
    return { ...result, largest: largestPage(join(dir, 'out')), lessons, counts }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function rowsFor(run: Run, sample: Built): BenchRow[] {
  const label = `${run.lessons.toLocaleString('en-US')} lessons`
  const goalNote =
    run.lessons === goal.lessons
      ? `; goal under ${goal.seconds} s: ${run.seconds < goal.seconds ? 'met' : 'NOT met'}`
      : ''
  return [
    {
      name: `astro build, ${label} (${run.pages.toLocaleString('en-US')} pages)`,
      value: run.seconds,
      unit: 's',
      baseline: sample.seconds,
      ratio: run.seconds / sample.seconds,
      note: `ratio = build ÷ sample build (lower is better); ${describe(run.counts)}${goalNote}`,
    },
    {
      name: `seconds per 1,000 pages, ${label}`,
      value: perThousand(run.seconds, run.pages),
      unit: 's',
      note: 'whole build ÷ pages, fixed start-up cost included',
    },
    {
      name: `peak memory, ${label}`,
      value: run.peakRssMb,
      unit: 'MB',
      baseline: sample.peakRssMb,
      ratio: run.peakRssMb / sample.peakRssMb,
      note: 'max RSS of the build; ratio = ÷ sample build (lower is better)',
    },
    {
      name: `largest page, ${label}: ${run.largest.path}`,
      value: run.largest.raw / 1024,
      unit: 'KB raw',
      baseline: sample.largest.raw / 1024,
      ratio: run.largest.raw / sample.largest.raw,
      note:
        `${(run.largest.gzip / 1024).toFixed(0)} KB gzip (copies repeat the sample's text, so ` +
        `gzip flatters them); baseline = the sample's largest page (${sample.largest.path})`,
    },
  ]
}

/** Seconds per 1,000 more pages between two sizes: the cost without the fixed start-up. */
function growthRows(runs: Run[]): BenchRow[] {
  const rows: BenchRow[] = []
  let first: number | undefined
  for (let i = 1; i < runs.length; i++) {
    const [from, to] = [runs[i - 1]!, runs[i]!]
    const marginal = perThousand(to.seconds - from.seconds, to.pages - from.pages)
    first ??= marginal
    rows.push({
      name: `marginal seconds per 1,000 pages, ${from.lessons}→${to.lessons} lessons`,
      value: marginal,
      unit: 's',
      baseline: first,
      ratio: marginal / first,
      note: 'ratio = ÷ the first step; about 1 = linear growth, above 1 = faster than linear',
    })
  }
  return rows
}

export default async function siteBuild(): Promise<BenchSection> {
  const sampleOut = join(benchDir(), 'sample-build')
  const sampleBuild = await buildSite({
    outDir: sampleOut,
    logFile: join(benchDir(), 'build-sample.log'),
  })
  const sample: Built = { ...sampleBuild, largest: largestPage(sampleOut) }
  rmSync(join(benchDir(), 'sample-build'), { recursive: true, force: true })
  const runs: Run[] = []
  for (const lessons of sizes) runs.push(await buildSnapshot(lessons))
  const rows: BenchRow[] = [
    {
      name: `astro build, sample content (${sample.pages} pages), baseline`,
      value: sample.seconds,
      unit: 's',
      note:
        `peak memory ${sample.peakRssMb.toFixed(0)} MB; builds take the site lock, waiting ` +
        `excluded (${[sample, ...runs].reduce((sum, run) => sum + run.lockWaitSeconds, 0).toFixed(0)} s waited in all)`,
    },
    ...runs.flatMap((run) => rowsFor(run, sample)),
    ...growthRows(runs),
  ]
  return { title: 'Site build scaling (astro build of generated content)', rows }
}
