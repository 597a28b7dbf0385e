// Old addresses of a renamed lesson, in a real build: the e2e content (tests/e2e/prepareContent.ts,
// where `din-a-kasse` lists its earlier slug) plus one old slug that is another lesson's current
// slug, which must not overwrite that lesson's page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildSite } from '../bench/lib/astroBuild.ts'
import { prepareE2eContent, renamedLesson } from '../e2e/prepareContent.ts'
import { formatNuError, nuErrors } from './lib/nuChecker.ts'

const taken = 'din-foerste-uge' // a lesson's current slug, claimed as an old slug by another
let scratch = ''
let dir = ''
let log = ''

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'jobunivers-redirects-'))
  const content = prepareE2eContent(join(scratch, 'content'))
  const other = join(content, 'lessons', 'afklar-dine-kompetencer.md')
  writeFileSync(
    other,
    readFileSync(other, 'utf8').replace(/^---\n/, `---\npreviousSlugs: [${taken}]\n`),
  )
  dir = join(scratch, 'site')
  const logFile = join(scratch, 'build.log')
  await buildSite({ contentDir: content, outDir: dir, logFile })
  log = readFileSync(logFile, 'utf8')
}, 15 * 60_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8')
const refreshTarget = (html: string) =>
  /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1]
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]

describe('a renamed lesson', () => {
  const cases = [
    { from: `/laer/${renamedLesson.previousSlug}`, to: `/laer/${renamedLesson.slug}`, lang: 'da' },
    {
      from: `/en/learn/${renamedLesson.previousSlug}`,
      to: `/en/learn/${renamedLesson.slug}`,
      lang: 'en',
    },
  ]
  for (const { from, to, lang } of cases) {
    test(`${from} reaches ${to}`, () => {
      const redirect = page(from)
      const target = refreshTarget(redirect)
      expect(target).toBe(to)
      expect(canonicalOf(redirect)).toBe(new URL(to, 'http://localhost:4321').href)
      expect(redirect).toContain('<meta name="robots" content="noindex">')
      expect(redirect).toContain(`<html lang="${lang}">`)
      expect(redirect).toMatch(new RegExp(`<a href="${to}"[^>]*>[^<]+</a>`))
      // The target is the real page, which names itself as canonical.
      expect(canonicalOf(page(target!))).toBe(new URL(to, 'http://localhost:4321').href)
      expect(page(target!)).toContain('data-pagefind-body')
    })
  }

  test('_redirects sends both old addresses to the new page with a 301', () => {
    const lines = readFileSync(join(dir, '_redirects'), 'utf8').split('\n')
    for (const { from, to } of cases) expect(lines).toContain(`${from} ${to} 301!`)
  })

  test('redirect pages stay out of the sitemap', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).not.toContain(renamedLesson.previousSlug)
    expect(sitemap).toContain(`/laer/${renamedLesson.slug}`)
  })

  test('redirect pages are valid HTML (Nu Html Checker)', async () => {
    const files = cases.map(({ from }) => join(dir, from, 'index.html'))
    expect(files.every((file) => existsSync(file))).toBe(true)
    expect((await nuErrors(files, dir)).map(formatNuError)).toEqual([])
  }, 120_000)
})

describe('an old slug that is a current page', () => {
  test('leaves the page in place and is reported by the build', () => {
    for (const path of [`/laer/${taken}`, `/en/learn/${taken}`]) {
      expect(refreshTarget(page(path))).toBeUndefined()
      expect(page(path)).toContain('data-pagefind-body')
    }
    expect(readFileSync(join(dir, '_redirects'), 'utf8')).not.toContain(`/${taken} `)
    expect(log).toContain(`lessons/afklar-dine-kompetencer: old slug "${taken}"`)
  })
})
