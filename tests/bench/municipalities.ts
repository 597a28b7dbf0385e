// One install for many jobcentres (issue 21): the national sample shared by all 98 official
// municipalities, each with its contact, five local lessons and one local flow step. Full build
// time and peak memory against the national sample alone (built in the same run); the time from
// a national lesson's change until every municipality's pages show it, and from a local
// lesson's change until that municipality's pages show it. National pages are built once:
// the run fails when the number of national lesson pages grows with the municipalities.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locale } from '../../content-models/index.ts'
import type { MunicipalityData } from '../../site/municipality/types.ts'
import { buildSite, type BuildResult } from './lib/astroBuild.ts'
import { benchDir } from './lib/benchDir.ts'
import {
  changeToLive,
  rebuildDebounceSeconds,
  type Change,
  type Live,
} from './municipalities/changeToLive.ts'
import { filesShowing, localPages, nationalLessonPages } from './municipalities/builtPages.ts'
import {
  adaptedFlow,
  allMunicipalities,
  localLessonSlug,
  localLessonsEach,
  writeMunicipalityContent,
  writeNationalContent,
  type GeneratedMunicipality,
} from './municipalities/generate.ts'
import type { BenchRow, BenchSection } from './section.ts'

/** The goal: a national change live everywhere within 2 minutes on this 2-core machine. */
const goalSeconds = 120
/** The national lesson the bench changes: the one the local steps follow in the adapted flow. */
const nationalLesson = 'dine-rettigheder-og-pligter'
/** The municipalities whose built output the checks read: the first, Thisted and the last. */
const sampled = [
  allMunicipalities[0]!,
  allMunicipalities.find((m) => m.code === '787')!,
  allMunicipalities.at(-1)!,
]

/** Adds a paragraph with `marker` right after the front matter. */
const withParagraph = (marker: string) => (text: string) =>
  text.replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${marker}\n`)

/** The municipality's data file, as the device reads it after the citizen's choice. */
function municipalityData(
  outDir: string,
  m: GeneratedMunicipality,
  locale: Locale,
): MunicipalityData {
  const file = join(outDir, 'kommuner', locale, `${m.code}.json`)
  if (!existsSync(file))
    throw new Error(`no data file for ${m.name}: kommuner/${locale}/${m.code}.json`)
  return JSON.parse(readFileSync(file, 'utf8')) as MunicipalityData
}

/**
 * A national lesson changed: its one national page shows the change, and each sampled
 * municipality's version of the adapted flow still leads through the national step to it.
 */
function nationalChange(marker: string): Change {
  return {
    file: join('lessons', `${nationalLesson}.md`),
    edit: withParagraph(marker),
    check: (outDir) => {
      const showing = filesShowing(outDir, marker)
      const page = showing.filter((file) => file.startsWith(`laer/${nationalLesson}`))
      if (page.length !== 1)
        throw new Error(`the national page does not show the change: ${showing.join(', ')}`)
      const copies = showing.filter((file) => localPages(outDir).includes(file))
      if (copies.length > 0)
        throw new Error(`local pages copy the national page: ${copies.join(', ')}`)
      for (const m of sampled) {
        const local = municipalityData(outDir, m, 'da').localFlows[adaptedFlow.slug]
        if (local?.addedSteps[0]?.after !== adaptedFlow.after)
          throw new Error(
            `${m.name}'s version of ${adaptedFlow.slug} no longer follows ${adaptedFlow.after}`,
          )
      }
    },
  }
}

/** A municipality's local lesson changed: its local page shows it, and no other page does. */
function localChange(m: GeneratedMunicipality, marker: string): Change {
  const slug = localLessonSlug(m, 2)
  return {
    file: join('lessons', `${slug}.md`),
    edit: withParagraph(marker),
    check: (outDir) => {
      const showing = filesShowing(outDir, marker).filter((file) => file.endsWith('.html'))
      const own = localPages(outDir).filter(
        (file) => file.includes(`/${m.slug}/`) && file.includes(slug),
      )
      if (!showing.some((file) => own.includes(file)))
        throw new Error(
          `${m.name}'s page of ${slug} does not show the change (shown in: ${showing.join(', ') || 'nothing'})`,
        )
      const elsewhere = showing.filter((file) => !own.includes(file))
      if (elsewhere.length > 0)
        throw new Error(`the local change shows outside ${m.name}: ${elsewhere.join(', ')}`)
    },
  }
}

const builtRow = (name: string, run: BuildResult, base?: BuildResult): BenchRow => ({
  name,
  value: run.seconds,
  unit: 's',
  ...(base && { baseline: base.seconds, ratio: run.seconds / base.seconds }),
  note: base
    ? `${run.pages} pages; ratio = ÷ the national sample's build (lower is better)`
    : `${run.pages} pages; the baseline (national sample alone, no municipality)`,
})

const liveRow = (name: string, live: Live, base: BuildResult, goal?: number): BenchRow => ({
  name,
  value: live.seconds,
  unit: 's',
  baseline: base.seconds,
  ratio: live.seconds / base.seconds,
  note:
    `${rebuildDebounceSeconds} s debounce + ${live.buildSeconds.toFixed(0)} s astro build + ` +
    `${live.indexSeconds.toFixed(0)} s search index of ${live.pages} pages; ratio = ÷ the national sample's build` +
    (goal === undefined
      ? ''
      : `; goal under ${goal} s: ${live.seconds < goal ? 'met' : 'NOT met'}`),
})

export default async function municipalities(): Promise<BenchSection> {
  const dir = join(benchDir(), 'municipalities')
  const [national, shared] = [join(dir, 'national'), join(dir, 'shared')]
  writeNationalContent(join(national, 'content'))
  const base = await buildSite({
    contentDir: join(national, 'content'),
    outDir: join(national, 'out'),
    logFile: join(dir, 'build-national.log'),
  })
  console.log(`  national sample: ${base.pages} pages in ${base.seconds.toFixed(1)} s`)
  const baseNational = nationalLessonPages(join(national, 'out')).length

  writeMunicipalityContent(join(shared, 'content'))
  const full = await buildSite({
    contentDir: join(shared, 'content'),
    outDir: join(shared, 'out'),
    logFile: join(dir, 'build-shared.log'),
  })
  console.log(
    `  ${allMunicipalities.length} municipalities: ${full.pages} pages in ${full.seconds.toFixed(1)} s`,
  )
  const fullNational = nationalLessonPages(join(shared, 'out')).length
  const local = localPages(join(shared, 'out')).length
  if (fullNational !== baseNational)
    throw new Error(
      `national lesson pages grew with the municipalities: ${fullNational}, the national sample alone has ${baseNational}`,
    )

  const stamp = Date.now().toString(36)
  const change = (name: string, what: Change) =>
    changeToLive(join(shared, 'content'), join(shared, 'out'), join(dir, `build-${name}.log`), what)
  const nationalLive = await change('national-change', nationalChange(`Ændret nationalt ${stamp}.`))
  console.log(`  national change live in ${nationalLive.seconds.toFixed(1)} s`)
  const thisted = sampled[1]!
  const localLive = await change(
    'local-change',
    localChange(thisted, `Ændret i ${thisted.name} ${stamp}.`),
  )
  console.log(`  local change live in ${localLive.seconds.toFixed(1)} s`)

  const rows: BenchRow[] = [
    builtRow('astro build, national sample alone, baseline', base),
    builtRow(`astro build, ${allMunicipalities.length} municipalities`, full, base),
    {
      name: `peak memory, ${allMunicipalities.length} municipalities`,
      value: full.peakRssMb,
      unit: 'MB',
      baseline: base.peakRssMb,
      ratio: full.peakRssMb / base.peakRssMb,
      note: "max RSS of the build; ratio = ÷ the national sample's build (lower is better)",
    },
    {
      name: 'national lesson pages (both locales)',
      value: fullNational,
      unit: 'pages',
      baseline: baseNational,
      ratio: fullNational / baseNational,
      note: 'must be 1: national pages are built once, not per municipality (checked: the run fails otherwise)',
    },
    {
      name: 'local pages (both locales)',
      value: local,
      unit: 'pages',
      note: `${allMunicipalities.length} municipalities × (${localLessonsEach} local lessons + a landing page) × 2 locales, and the list of municipalities`,
    },
    liveRow(
      'national lesson changed → live for every municipality',
      nationalLive,
      base,
      goalSeconds,
    ),
    liveRow(`local lesson of ${thisted.name} changed → live on its pages`, localLive, base),
  ]
  return { title: 'Many jobcentres: 98 municipalities sharing the national content', rows }
}
