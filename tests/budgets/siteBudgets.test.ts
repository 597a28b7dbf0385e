// Budgets read from a site built from the sample content (no browser, bytes and counts only),
// for every page of the site rather than one example per page type; the same build is checked
// with the Nu Html Checker (one build for both, since a build waits for the site lock). tests/e2e/budget.e2e.ts
// checks example pages of dist/ in the browser run; these cover what it leaves out.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { filesUnder } from '../../site/integrations/usedClasses.ts'
import { gzipBytes, htmlPages, prepareSite, siteOrigin } from './lib/builtSite.ts'
import { repoRoot } from '../bench/lib/astroBuild.ts'
import { fontCharacters } from '../../site/integrations/fontCharacters.ts'
import { classesInHtml } from '../../site/integrations/usedClasses.ts'
import { firstViewBytes, type FirstViewBytes } from './lib/firstViewBytes.ts'
import { firstViewBudget, growthMargin, measuredFirstView } from './lib/firstViewBudgets.ts'
import { formatNuError, nuErrors } from './lib/nuChecker.ts'
import { cssUrls, otherHostsInCss, otherHostsInHtml, otherHostsInScript } from './lib/otherHosts.ts'
import { pageKindOf, type PageKind } from './lib/pageTypes.ts'
import { drawnCharacters, pageText } from './lib/pageText.ts'
import { woff2Characters } from './lib/woff2Characters.ts'
import { municipalityLineScripts, scriptsOf } from './lib/pageScripts.ts'

const kb = 1024
const dkfdsFonts = join(repoRoot, 'node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2')
let site: Awaited<ReturnType<typeof prepareSite>> | undefined

// Waiting for the site lock (another build or browser run) can take minutes.
beforeAll(async () => {
  site = await prepareSite()
}, 15 * 60_000)
afterAll(() => site?.dispose())

const dir = () => site!.dir
const pagesOf = (kind: PageKind) =>
  htmlPages(dir()).filter((page) => pageKindOf(page.path) === kind)
const scriptsOfPage = (file: string, dynamic = true) =>
  scriptsOf(dir(), readFileSync(file, 'utf8'), { dynamic })
/** The municipality line's scripts, which every page loads (site/components/MunicipalityBar.astro). */
const line = () => municipalityLineScripts(dir())
/**
 * Gzip bytes of a page's JavaScript: all of it, or (`dynamic: false`) what every visit loads;
 * with `besidesLine`, without the municipality line every page carries.
 */
const jsGzip = (file: string, dynamic = true, besidesLine = false) =>
  [...scriptsOfPage(file, dynamic)]
    .filter((script) => !besidesLine || !line().has(script))
    .reduce((sum, script) => sum + gzipBytes(script), 0)

describe('the built sample site', () => {
  test('has pages of every kind, so no budget passes for want of pages', () => {
    for (const kind of ['static', 'flow', 'interactive content'] as const)
      expect(pagesOf(kind).length, kind).toBeGreaterThan(0)
  })

  test('every script a page names is a file of the site', () => {
    const missing = htmlPages(dir()).flatMap((page) =>
      [...scriptsOfPage(page.file)]
        .filter((file) => !existsSync(file))
        .map((file) => `${page.path}: ${relative(dir(), file)}`),
    )
    expect(missing).toEqual([])
  })
})

describe('JavaScript budgets, every page', () => {
  // The question box (front page, FAQ) needs a script to put the question in the URL fragment.
  test('the municipality line every page carries ships under 3 KB gzip', () => {
    expect(line().size).toBeGreaterThan(0)
    expect([...line()].reduce((sum, script) => sum + gzipBytes(script), 0)).toBeLessThan(3 * kb)
  })

  test("pages without interaction (front, FAQ, accessibility, 404, …) ship no JavaScript but the municipality line's and the question box's, under 1 KB gzip", () => {
    const askBox = /^(?:AskBox\.astro_astro_type_script|askBox\.)/
    const withScript = pagesOf('static')
      .map((page) => ({
        path: page.path,
        bytes: jsGzip(page.file, true, true),
        others: [...scriptsOfPage(page.file)]
          .filter((file) => !line().has(file))
          .map((file) => basename(file))
          .filter((name) => !askBox.test(name)),
      }))
      .filter((page) => page.others.length > 0 || page.bytes >= kb)
    expect(withScript).toEqual([])
  })

  test('the "Spørg" page ships under 30 KB gzip of JavaScript, and each answer index is under 150 KB gzip', () => {
    const askPages = htmlPages(dir()).filter((page) => /^\/(?:spoerg|en\/ask)$/.test(page.path))
    expect(askPages.map((page) => page.path).sort()).toEqual(['/en/ask', '/spoerg'])
    for (const page of askPages) expect(jsGzip(page.file), page.path).toBeLessThan(30 * kb)
    for (const locale of ['da', 'en']) {
      const index = join(dir(), 'svar', `${locale}.json`)
      expect(gzipBytes(index), index).toBeLessThan(150 * kb)
    }
  })

  test('lesson, course, video and checklist pages load under 4 KB gzip of JavaScript on every visit, besides the municipality line', () => {
    const heavy = pagesOf('interactive content')
      .map((page) => ({ path: page.path, bytes: jsGzip(page.file, false, true) }))
      .filter((page) => page.bytes >= 4 * kb)
    expect(heavy).toEqual([])
  })

  test('with sending switched on, the event code they load besides keeps them under 8 KB gzip', () => {
    const heavy = pagesOf('interactive content')
      .map((page) => ({ path: page.path, bytes: jsGzip(page.file, true, true) }))
      .filter((page) => page.bytes >= 8 * kb)
    expect(heavy).toEqual([])
  })

  test('flow pages ship under 90 KB gzip of JavaScript', () => {
    const heavy = pagesOf('flow')
      .map((page) => ({ path: page.path, bytes: jsGzip(page.file) }))
      .filter((page) => page.bytes >= 90 * kb)
    expect(heavy).toEqual([])
  })
})

describe('fonts', () => {
  test('no font file anywhere in the site is over 100 KB', () => {
    const fonts = filesUnder(dir(), ['.woff2', '.woff', '.ttf', '.otf', '.eot'])
    expect(fonts.length).toBeGreaterThan(0)
    const heavy = fonts
      .filter((file) => statSync(file).size >= 100 * kb)
      .map((file) => `${relative(dir(), file)}: ${Math.round(statSync(file).size / kb)} KB`)
    expect(heavy).toEqual([])
  })

  test('every font a stylesheet names is a file of the site', () => {
    const missing = filesUnder(dir(), ['.css']).flatMap((css) =>
      cssUrls(readFileSync(css, 'utf8'))
        .filter((url) => /\.(woff2?|ttf|otf|eot)(?:[?#].*)?$/.test(url))
        .filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url))
        .map((url) => url.split(/[?#]/)[0]!)
        .filter((url) => !existsSync(url.startsWith('/') ? join(dir(), url) : join(css, '..', url)))
        .map((url) => `${relative(dir(), css)}: ${url}`),
    )
    expect(missing).toEqual([])
  })

  const shippedFonts = () =>
    filesUnder(dir(), ['.woff2']).map((file) => ({
      file,
      name: relative(dir(), file),
      characters: woff2Characters(readFileSync(file)),
    }))
  const missingFrom = (fonts: ReturnType<typeof shippedFonts>, where: string, text: string) =>
    [...drawnCharacters(text)].flatMap((character) =>
      fonts
        .filter((font) => !font.characters.has(character.codePointAt(0)!))
        .map(
          (font) =>
            `${where}: "${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not in ${font.name}`,
        ),
    )

  test("the shipped fonts are cut to the site's characters: smaller than DKFDS's files", () => {
    const fonts = filesUnder(dir(), ['.woff2'])
    expect(fonts.length).toBeGreaterThan(0)
    const notCut = fonts.flatMap((file) => {
      const original = join(dkfdsFonts, basename(file).replace(/\.[\w-]{8}\.woff2$/, '.woff2'))
      return existsSync(original) && statSync(file).size < statSync(original).size
        ? []
        : [`${relative(dir(), file)}: ${statSync(file).size} B, DKFDS's ${basename(original)}`]
    })
    expect(notCut).toEqual([])
  })

  test("every shipped font has a glyph for every character of every page's text", () => {
    const fonts = shippedFonts()
    const missing = htmlPages(dir()).flatMap((page) =>
      missingFrom(fonts, page.path, pageText(readFileSync(page.file, 'utf8'))),
    )
    expect(missing).toEqual([])
  })

  test("… and for every character the site's scripts can write (messages, Mine data)", () => {
    const fonts = shippedFonts()
    const missing = filesUnder(dir(), ['.js']).flatMap((js) =>
      missingFrom(fonts, relative(dir(), js), readFileSync(js, 'utf8')),
    )
    expect(missing).toEqual([])
  })

  test('the fonts keep every character of the list they were cut to', () => {
    const missing = missingFrom(shippedFonts(), 'fontCharacters.ts', fontCharacters)
    expect(missing).toEqual([])
  })
})

describe('CSS and font budgets per page kind (measured size + 10 %)', () => {
  const figures: [keyof FirstViewBytes, string][] = [
    ['cssGzip', 'CSS (gzip)'],
    ['fontsDeclared', 'font files its CSS declares'],
    ['fontsPreloaded', 'fonts it preloads'],
  ]
  for (const [figure, label] of figures)
    test(`no page's ${label} grows past its kind's measured size plus ${growthMargin * 100} %`, () => {
      const over = htmlPages(dir()).flatMap((page) => {
        const kind = pageKindOf(page.path)
        const bytes = firstViewBytes(dir(), readFileSync(page.file, 'utf8'))[figure]
        const budget = firstViewBudget(kind, figure)
        return bytes > budget
          ? [
              `${page.path} (${kind}): ${bytes} B > ${budget} B (measured ${measuredFirstView[kind][figure]} B)`,
            ]
          : []
      })
      expect(over).toEqual([])
    })

  test('every DKFDS class a page carries is still styled in the CSS the page loads', () => {
    const dkfds = readFileSync(
      join(repoRoot, 'node_modules', 'dkfds', 'dist', 'css', 'dkfds-borgerdk.min.css'),
      'utf8',
    )
    const styledByDkfds = new Set(
      [...dkfds.matchAll(/\.(-?[A-Za-z_][\w-]*)(?=[\s.:,>+~[{)])/g)].map((match) => match[1]!),
    )
    const lost = htmlPages(dir()).flatMap((page) => {
      const html = readFileSync(page.file, 'utf8')
      const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
        .map((match) => readFileSync(join(dir(), match[1]!.replace(/^\//, '')), 'utf8'))
        .join('')
      return [...new Set(classesInHtml(html))]
        .filter((name) => styledByDkfds.has(name))
        .filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(css))
        .map((name) => `${page.path}: .${name}`)
    })
    expect(lost).toEqual([])
  })

  test('the measure sees CSS and fonts on every kind of page, so no budget passes empty', () => {
    for (const kind of ['static', 'flow', 'interactive content', 'tool'] as const) {
      const page = pagesOf(kind).find(
        (p) => !readFileSync(p.file, 'utf8').includes('http-equiv="refresh"'),
      )!
      const bytes = firstViewBytes(dir(), readFileSync(page.file, 'utf8'))
      expect(bytes.cssGzip, `${kind} ${page.path}`).toBeGreaterThan(0)
      expect(bytes.fontsPreloaded, `${kind} ${page.path}`).toBeGreaterThan(0)
    }
  })
})

describe('no request to another host', () => {
  test('no page fetches from another host (src, srcset, preloads, icons, SVG, refresh, base, islands)', () => {
    const found = htmlPages(dir()).flatMap((page) =>
      otherHostsInHtml(readFileSync(page.file, 'utf8'), siteOrigin).map(
        (hit) => `${page.path} ${hit}`,
      ),
    )
    expect(found).toEqual([])
  })

  test('no stylesheet loads fonts, images or imports from another host', () => {
    const found = filesUnder(dir(), ['.css']).flatMap((css) =>
      otherHostsInCss(readFileSync(css, 'utf8'), siteOrigin).map(
        (url) => `${relative(dir(), css)}: ${url}`,
      ),
    )
    expect(found).toEqual([])
  })

  test('no script imports a module from another host', () => {
    const found = filesUnder(dir(), ['.js', '.mjs']).flatMap((js) =>
      otherHostsInScript(readFileSync(js, 'utf8'), siteOrigin).map(
        (url) => `${relative(dir(), js)}: ${url}`,
      ),
    )
    expect(found).toEqual([])
  })

  test('the _headers file preloads nothing from another host', () => {
    const headers = join(dir(), '_headers')
    // The build must ship the file (the site's CSP lives there); a missing one is a failure.
    expect(existsSync(headers), `${headers} is missing from the build`).toBe(true)
    const links = readFileSync(headers, 'utf8')
      .split('\n')
      .filter((line) => /^\s*link\s*:/i.test(line))
      .flatMap((line) => [...line.matchAll(/<([^>]+)>/g)].map((match) => match[1]!))
    expect(
      links.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith(siteOrigin)),
    ).toEqual([])
  })
})

describe('valid HTML', () => {
  test('the Nu Html Checker finds no error on any page', async () => {
    const pages = htmlPages(dir())
    expect(pages.length).toBeGreaterThan(0)
    const errors = await nuErrors(
      pages.map((page) => page.file),
      dir(),
    )
    expect(errors.map(formatNuError)).toEqual([])
  }, 120_000)
})
