// The built site with local content (the sample content plus tests/site/fixtures/local):
// national pages and lists stay national, each municipality gets its landing page, its own
// lessons at its own addresses, and its JSON for the device; bad local data fails the build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildSite } from '../bench/lib/astroBuild.ts'
import { htmlPages } from '../budgets/lib/builtSite.ts'
import { formatNuError, nuErrors } from '../budgets/lib/nuChecker.ts'
import { municipalityDataPath, municipalityListPath } from '../../content-models/index.ts'
import { municipalityDataSchema, municipalityListSchema } from '../../site/municipality/schema.ts'
import { localContentDir } from './localContent.ts'

const scratch = mkdtempSync(join(tmpdir(), 'jobunivers-municipality-build-'))
const site = join(scratch, 'site')
const content = localContentDir()

// Waiting for the site lock (another build or browser run) can take minutes.
beforeAll(async () => {
  await buildSite({ contentDir: content.dir, outDir: site, logFile: join(scratch, 'build.log') })
}, 15 * 60_000)
afterAll(() => {
  content.dispose()
  rmSync(scratch, { recursive: true, force: true })
})

const file = (path: string) => join(site, path)
const page = (path: string) => readFileSync(file(`${path}/index.html`), 'utf8')
const json = (path: string): unknown => JSON.parse(readFileSync(file(path), 'utf8'))
const localLesson = 'infomoede-i-thisted'
/** The pages of municipalities: the list, each landing page and each local page. */
const localPage = /^\/(?:kommune|en\/municipality)(?:\/|$)/

describe('national pages stay national', () => {
  test('the local lesson has no national page, and no national list names it', () => {
    expect(existsSync(file(`laer/${localLesson}`))).toBe(false)
    expect(existsSync(file(`en/learn/${localLesson}`))).toBe(false)
    for (const path of [
      'svar/da.json',
      'svar/en.json',
      'soeg/index.html',
      'en/search/index.html',
      'index.html',
    ])
      expect(readFileSync(file(path), 'utf8'), path).not.toContain(localLesson)
    expect(existsSync(file('laer/din-a-kasse/index.html'))).toBe(true)
  })

  test('local pages are left out of site search; national pages are in it', () => {
    // The list of municipalities is national; each municipality's own pages are local.
    const lists = ['/kommune', '/en/municipality']
    const local = htmlPages(site).filter((p) => localPage.test(p.path) && !lists.includes(p.path))
    const paths = local.map((p) => p.path)
    for (const slug of ['aarhus', 'koebenhavn', 'thisted'])
      expect(paths).toEqual(
        expect.arrayContaining([`/kommune/${slug}`, `/en/municipality/${slug}`]),
      )
    expect(paths).toEqual(
      expect.arrayContaining([
        `/kommune/thisted/laer/${localLesson}`,
        `/en/municipality/thisted/learn/${localLesson}`,
      ]),
    )
    for (const p of local)
      expect(readFileSync(p.file, 'utf8'), p.path).not.toContain('data-pagefind-body')
    expect(page('laer/din-a-kasse')).toContain('data-pagefind-body')
    expect(page('kommune')).toContain('data-pagefind-body')
  })
})

describe('a municipality’s own pages', () => {
  test('its lesson lives at its own address in both languages, linking each other and the landing page', () => {
    const da = page(`kommune/thisted/laer/${localLesson}`)
    expect(da).toContain('<h1>Infomøde i Jobcenter Thisted</h1>')
    expect(da).toContain('<a href="/kommune/thisted">Fra Thisted Kommune</a>')
    expect(da).toContain(
      `hreflang="en" href="http://localhost:4321/en/municipality/thisted/learn/${localLesson}"`,
    )
    const en = page(`en/municipality/thisted/learn/${localLesson}`)
    expect(en).toContain('<h1>Information meeting at Jobcenter Thisted</h1>')
    expect(en).toContain('<a href="/en/municipality/thisted">From Thisted Kommune</a>')
    expect(en).toContain(
      `hreflang="da" href="http://localhost:4321/kommune/thisted/laer/${localLesson}"`,
    )
  })

  test('the landing page shows contact, hours, booking, accessibility contact and the local lessons', () => {
    const da = page('kommune/thisted')
    expect(da).toContain('<h1>Thisted Kommune</h1>')
    expect(da).toContain('<a href="tel:70000003">70 00 00 03</a>')
    expect(da).toContain('<a href="mailto:jobcenter@thisted.example.org">')
    expect(da).toContain('Mandag til torsdag kl. 8–15, fredag kl. 8–12.')
    expect(da).toContain('href="https://thisted.example.org/jobcenter/book-samtale"')
    expect(da).toContain('Har du brug for tegnsprogstolk')
    expect(da).toContain(
      `<a href="/kommune/thisted/laer/${localLesson}">Infomøde i Jobcenter Thisted</a>`,
    )
    const en = page('en/municipality/thisted')
    expect(en).toContain('Monday to Thursday 8–15, Friday 8–12.')
    expect(en).toContain(
      `<a href="/en/municipality/thisted/learn/${localLesson}">Information meeting at Jobcenter Thisted</a>`,
    )
  })

  test('/kommune and /en/municipality list every municipality, linking its page', () => {
    expect(page('kommune')).toContain('<h1>Find dit jobcenter</h1>')
    for (const [slug, name] of [
      ['koebenhavn', 'Københavns Kommune'],
      ['aarhus', 'Aarhus Kommune'],
      ['thisted', 'Thisted Kommune'],
    ]) {
      expect(page('kommune')).toContain(`<a href="/kommune/${slug}">${name}</a>`)
      expect(page('en/municipality')).toContain(`<a href="/en/municipality/${slug}">${name}</a>`)
    }
  })

  test('a renamed local lesson’s old address redirects under its municipality', () => {
    const old = readFileSync(file('kommune/thisted/laer/infomoede/index.html'), 'utf8')
    expect(old).toContain(`url=/kommune/thisted/laer/${localLesson}`)
    const rules = readFileSync(file('_redirects'), 'utf8')
    expect(rules).toContain(
      `/kommune/thisted/laer/infomoede /kommune/thisted/laer/${localLesson} 301!`,
    )
    expect(rules).toContain(
      `/en/municipality/thisted/learn/infomoede /en/municipality/thisted/learn/${localLesson} 301!`,
    )
    // No national address: the lesson never had one.
    expect(rules.split('\n').filter((line) => line.startsWith('/laer/infomoede'))).toEqual([])
  })

  test('the new pages pass the Nu Html Checker', async () => {
    const pages = htmlPages(site).filter((p) => localPage.test(p.path))
    const errors = await nuErrors(
      pages.map((p) => p.file),
      site,
    )
    expect(errors.map(formatNuError)).toEqual([])
  }, 120_000)
})

describe('"Mine data"', () => {
  test('names a local lesson and a local step the device may hold progress for', () => {
    const attribute = /data-labels="([^"]*)"/.exec(page('mine-data'))?.[1] ?? ''
    const labels = JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as {
      flows: Record<string, { steps: Record<string, string> }>
      content: Record<string, string>
    }
    expect(labels.content[`lessons/${localLesson}`]).toBe('Infomøde i Jobcenter Thisted')
    expect(labels.flows['ny-paa-dagpenge']?.steps['infomoede-thisted']).toBe(
      'Kom til infomøde i Jobcenter Thisted',
    )
  })
})

describe('the municipalities’ JSON for the device', () => {
  test('/kommuner/index.json lists every municipality with its address segment', () => {
    expect(municipalityListSchema.parse(json(municipalityListPath))).toEqual([
      { code: '101', name: 'Københavns Kommune', slug: 'koebenhavn' },
      { code: '787', name: 'Thisted Kommune', slug: 'thisted' },
      { code: '751', name: 'Aarhus Kommune', slug: 'aarhus' },
    ])
  })

  test('/kommuner/<locale>/<code>.json holds contact, local flows and local pages in the locale', () => {
    const data = (code: string, locale: 'da' | 'en') =>
      municipalityDataSchema.parse(json(municipalityDataPath(code, locale)))
    const thisted = data('787', 'en')
    expect(thisted).toMatchObject({
      code: '787',
      slug: 'thisted',
      contact: {
        phone: '70 00 00 03',
        openingHours: 'Monday to Thursday 8–15, Friday 8–12. Sample only: not a real number.',
      },
      bookingUrl: 'https://thisted.example.org/jobcenter/book-samtale',
    })
    expect(thisted.localPages).toContainEqual({
      title: 'Information meeting at Jobcenter Thisted',
      href: `/en/municipality/thisted/learn/${localLesson}`,
      collection: 'lessons',
      slug: localLesson,
    })
    expect(thisted.localFlows['ny-paa-dagpenge']).toMatchObject({
      hiddenSteps: ['foerste-uge'],
      addedSteps: [{ key: 'infomoede-thisted', after: 'meld-dig-ledig' }],
    })
    // Every municipality's local pages are its own, at addresses under it, in the file's locale.
    for (const locale of ['da', 'en'] as const)
      for (const code of ['101', '751', '787']) {
        const { slug, localPages } = data(code, locale)
        const under = locale === 'da' ? `/kommune/${slug}/laer/` : `/en/municipality/${slug}/learn/`
        for (const { href } of localPages) expect(href.startsWith(under), href).toBe(true)
      }
  })
})

describe('bad local data', () => {
  test(
    'fails the build naming the document: a local lesson of a municipality the install does not have',
    async () => {
      const lesson = readFileSync(join(content.dir, `lessons/${localLesson}.md`), 'utf8').replace(
        'municipality: "787"',
        'municipality: "461"',
      )
      const broken = localContentDir({ [`lessons/${localLesson}.md`]: lesson })
      const out = mkdtempSync(join(tmpdir(), 'jobunivers-municipality-broken-'))
      try {
        const error = await buildSite({
          contentDir: broken.dir,
          outDir: join(out, 'site'),
          logFile: join(out, 'build.log'),
        }).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(Error)
        expect(readFileSync(join(out, 'build.log'), 'utf8')).toContain(
          `lessons id ${localLesson} (slug "${localLesson}"), field municipality: no municipality with the code 461 is published`,
        )
      } finally {
        broken.dispose()
        rmSync(out, { recursive: true, force: true })
      }
    },
    15 * 60_000,
  )
})
