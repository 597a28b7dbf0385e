// Content folders for the municipalities bench, in the sample-content layout (content/README.md):
// the national sample alone (the baseline), and the national sample shared by every official
// municipality, each with its contact, five local lessons and one local step in a national flow.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  municipalitySlug,
  officialMunicipalities,
  officialMunicipalityName,
  type OfficialMunicipalityCode,
} from '../../../content-models/index.ts'
import { repoRoot } from '../lib/astroBuild.ts'

/** Local lessons each generated municipality has. */
export const localLessonsEach = 5
/** The national flow every municipality adds its local step to, and the step it follows. */
export const adaptedFlow = { slug: 'ny-paa-dagpenge', after: 'rettigheder' }

/** One generated municipality: its code, official name and address segment. */
export type GeneratedMunicipality = { code: OfficialMunicipalityCode; name: string; slug: string }

/** Every official municipality, as the bench generates it. */
export const allMunicipalities: GeneratedMunicipality[] = officialMunicipalities.map(([code]) => {
  const name = officialMunicipalityName(code)
  return { code, name, slug: municipalitySlug({ code, name }) }
})

/** The slug of a municipality's n-th local lesson (1-based). */
export const localLessonSlug = (municipality: GeneratedMunicipality, n: number) =>
  `lokal-${municipality.slug}-${n}`

const yamlString = (text: string) => JSON.stringify(text)

/** Whether a Markdown file's front matter gives it a municipality (local content). */
const isLocal = (file: string) =>
  /^---\n[\s\S]*?^municipality:\s*["']?\d{3}/m.test(readFileSync(file, 'utf8').split('\n---')[0]!)

/**
 * Writes the national sample alone into `target` (emptied first): the bundled content without
 * its sample municipalities, their local flows and their local lessons.
 */
export function writeNationalContent(target: string): void {
  rmSync(target, { recursive: true, force: true })
  cpSync(join(repoRoot, 'content'), target, { recursive: true })
  rmSync(join(target, 'municipalities.md'), { force: true })
  rmSync(join(target, 'local-flows'), { recursive: true, force: true })
  const lessons = join(target, 'lessons')
  for (const name of readdirSync(lessons).filter(
    (n) => n.endsWith('.md') && !n.endsWith('.en.md'),
  )) {
    if (!isLocal(join(lessons, name))) continue
    rmSync(join(lessons, name))
    rmSync(join(lessons, name.replace(/\.md$/, '.en.md')), { force: true })
  }
}

/** The municipalities.md entry of one municipality, with made-up contact details. */
function municipalityEntry(m: GeneratedMunicipality, index: number): string {
  const phone = `70 00 ${String(Math.floor(index / 100)).padStart(2, '0')} ${String(index % 100).padStart(2, '0')}`
  return [
    `  - name: ${yamlString(m.name)}`,
    `    code: "${m.code}"`,
    '    contact:',
    `      phone: "${phone}"`,
    `      email: "jobcenter@${m.slug}.example.org"`,
    '      openingHours:',
    `        da: "Mandag til torsdag kl. 9–15. Eksempel: ikke et rigtigt nummer."`,
    `        en: "Monday to Thursday 9–15. Sample only: not a real number."`,
    `    bookingUrl: "https://${m.slug}.example.org/jobcenter/book-samtale"`,
  ].join('\n')
}

/** A local lesson: short, plain Danish (LIX well under 40), with an English body. */
function localLesson(m: GeneratedMunicipality, n: number): { da: string; en: string } {
  const da = [
    '---',
    'title:',
    `  da: ${yamlString(`Lokalt tilbud ${n} i ${m.name}`)}`,
    `  en: ${yamlString(`Local offer ${n} in ${m.name}`)}`,
    'summary:',
    `  da: ${yamlString(`Det sker i jobcentret i ${m.name}.`)}`,
    `  en: ${yamlString(`What happens at the jobcentre in ${m.name}.`)}`,
    'minutes: 3',
    'audiences: [new-dagpenge]',
    `municipality: "${m.code}"`,
    '---',
    '',
    `Her kan du læse om tilbud ${n} i jobcentret. Du kan komme, når du vil. Du skal ikke melde dig til.`,
    '',
    '## Hvad sker der',
    '',
    '- Du møder en fra jobcentret.',
    '- I taler om dit næste skridt.',
    '',
    '::contact',
    '',
  ].join('\n')
  const en = `Here you can read about offer ${n} at the jobcentre. Come when you like. You do not need to sign up.\n\n::contact\n`
  return { da, en }
}

/** The municipality's version of the adapted national flow: one local step after its anchor. */
function localFlowFile(m: GeneratedMunicipality): string {
  return [
    '---',
    `flow: ${adaptedFlow.slug}`,
    `municipality: "${m.code}"`,
    'addedSteps:',
    `  - key: infomoede-${m.slug}`,
    `    after: ${adaptedFlow.after}`,
    '    title:',
    `      da: ${yamlString(`Infomøde i ${m.name}`)}`,
    `      en: ${yamlString(`Information meeting in ${m.name}`)}`,
    '    kind: content',
    `    content: { collection: lessons, slug: ${localLessonSlug(m, 1)} }`,
    '    minutes: 60',
    'hiddenSteps: []',
    '---',
    '',
  ].join('\n')
}

/**
 * Writes the national sample plus `municipalities` (every official one by default), each with
 * its contact, `localLessonsEach` local lessons and one local flow step, into `target`.
 */
export function writeMunicipalityContent(
  target: string,
  municipalities: GeneratedMunicipality[] = allMunicipalities,
): void {
  writeNationalContent(target)
  writeFileSync(
    join(target, 'municipalities.md'),
    [
      '---',
      '# Generated by tests/bench/municipalities: every contact detail is made up.',
      'municipalities:',
      ...municipalities.map(municipalityEntry),
      '---',
      '',
    ].join('\n'),
  )
  const flows = join(target, 'local-flows')
  mkdirSync(flows, { recursive: true })
  for (const m of municipalities) {
    for (let n = 1; n <= localLessonsEach; n++) {
      const { da, en } = localLesson(m, n)
      writeFileSync(join(target, 'lessons', `${localLessonSlug(m, n)}.md`), da)
      writeFileSync(join(target, 'lessons', `${localLessonSlug(m, n)}.en.md`), en)
    }
    writeFileSync(join(flows, `${m.code}-${adaptedFlow.slug}.md`), localFlowFile(m))
  }
}
