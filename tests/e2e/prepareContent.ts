/**
 * The content the e2e site is built from: the bundled sample content with
 * - one English translation removed (the lesson `naar-du-faar-et-job` keeps only its Danish
 *   body), so the English pages show Danish fallback text and the tests can check its `lang="da"`;
 * - one renamed lesson: `din-a-kasse` was published as `a-kassen-og-dig` before (its front
 *   matter lists that in `previousSlugs`, as the CMS keeps it), so the old addresses redirect;
 * - a nested list and inline code in the lesson `afklar-dine-kompetencer` (`nestedListLesson`),
 *   which the bundled content does not use, so the browser test sees how they look.
 * Run before the build: `node tests/e2e/prepareContent.ts` prints the folder.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The lesson the fixture renames, and the slug it had before. */
export const renamedLesson = { slug: 'din-a-kasse', previousSlug: 'a-kassen-og-dig' }

/** The lesson whose Danish body ends with a nested list and inline code. */
export const nestedListLesson = 'afklar-dine-kompetencer'

const nestedList = `
Det kan du skrive om:

- Det du kan
  - Det du har lært i dit job
  - Det du har lært i din fritid
- Det du vil

Skriv \`CV\` i feltet for at finde dit CV.
`

/** Copies the sample content into `target` (replacing it) with the changes above. */
export function prepareE2eContent(
  target = `${root}node_modules/.cache/jobunivers-e2e/content`,
): string {
  rmSync(target, { recursive: true, force: true })
  cpSync(`${root}content`, target, { recursive: true })
  rmSync(`${target}/lessons/naar-du-faar-et-job.en.md`)
  const lesson = `${target}/lessons/${renamedLesson.slug}.md`
  writeFileSync(
    lesson,
    readFileSync(lesson, 'utf8').replace(
      /^---\n/,
      `---\npreviousSlugs: [${renamedLesson.previousSlug}]\n`,
    ),
  )
  const withList = `${target}/lessons/${nestedListLesson}.md`
  writeFileSync(
    withList,
    readFileSync(withList, 'utf8').replace(/\n::contact\n?$/, `${nestedList}\n::contact\n`),
  )
  return target
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(prepareE2eContent())
