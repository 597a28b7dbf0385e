import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { municipalityLineScripts, scriptsOf } from '../budgets/lib/pageScripts.ts'

/**
 * Budgets read from the built files in dist/ (no browser): JavaScript per page type, HTML and
 * CSS per page, font files; and what a strict CSP and "no other host" need of the markup.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url))
const kb = 1024
const gzip = (file: string) => gzipSync(readFileSync(file)).length

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

const pageOf = (path: string) => join(dist, path, path.endsWith('.html') ? '' : 'index.html')
const local = (url: string) => join(dist, url.replace(/^\//, ''))

/** The municipality line's scripts, which every page loads (under 3 KB gzip). */
const line = () => municipalityLineScripts(dist)

/**
 * Gzip bytes of a page's JavaScript: all of it, or (`dynamic: false`) what every visit loads;
 * with `besidesLine`, without the municipality line every page carries.
 */
const scriptBytes = (path: string, dynamic = true, besidesLine = false) =>
  [...scriptsOf(dist, readFileSync(pageOf(path), 'utf8'), { dynamic })]
    .filter((file) => !besidesLine || !line().has(file))
    .reduce((sum, file) => sum + gzip(file), 0)

function htmlAndCssBytes(file: string): number {
  const html = readFileSync(file, 'utf8')
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    gzip(local(m[1]!)),
  )
  return gzipSync(html).length + css.reduce((a, b) => a + b, 0)
}

test('content pages without interaction ship only the municipality line (under 3 KB), and the question box its own (under 1 KB)', () => {
  expect(line().size).toBeGreaterThan(0)
  expect(scriptBytes('/tilgaengelighed')).toBeLessThan(3 * kb)
  for (const path of ['/tilgaengelighed', '/en/accessibility', '/404.html']) {
    expect(scriptBytes(path, true, true), path).toBe(0)
  }
  // The question box puts the question in the URL fragment of "Spørg", which needs a script.
  for (const path of ['/', '/en/', '/spoergsmaal', '/en/faq']) {
    const scripts = [...scriptsOf(dist, readFileSync(pageOf(path), 'utf8'), { dynamic: true })]
    expect(
      scripts
        .filter((file) => !line().has(file))
        .map((file) => relative(dist, file))
        .filter((file) => !/askbox/i.test(file)),
      path,
    ).toEqual([])
    expect(scriptBytes(path, true, true), path).toBeLessThan(kb)
  }
})

test('lesson, course, video and checklist pages load under 4 KB gzip of JavaScript besides the municipality line, 8 KB with sending on', () => {
  for (const path of [
    '/laer/din-a-kasse',
    '/kurser/find-job-paa-egen-haand',
    '/video/jobloggen-kort-fortalt',
    '/tjekliste/god-ansoegning',
  ]) {
    expect(scriptBytes(path, false, true), path).toBeLessThan(4 * kb)
    expect(scriptBytes(path, true, true), path).toBeLessThan(8 * kb)
  }
})

test('the flow page ships under 90 KB gzip of JavaScript in total', () => {
  for (const path of ['/forloeb/ny-paa-dagpenge', '/en/flows/klart-jobmaal']) {
    const bytes = scriptBytes(path)
    expect(bytes, path).toBeGreaterThan(0)
    expect(bytes, path).toBeLessThan(90 * kb)
  }
})

test('every page is under 60 KB gzip of HTML and CSS', () => {
  const heavy = htmlFiles()
    .filter((file) => htmlAndCssBytes(file) >= 60 * kb)
    .map((file) => relative(dist, file))
  expect(heavy).toEqual([])
})

test('no font file is over 100 KB', () => {
  const fonts = readdirSync(join(dist, '_astro')).filter((name) =>
    /\.(woff2?|ttf|otf|eot)$/.test(name),
  )
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts)
    expect(statSync(join(dist, '_astro', font)).size, font).toBeLessThan(100 * kb)
})

test('no page has an inline script, style element or style attribute, or loads from another host', () => {
  const problems: string[] = []
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8')
    const name = relative(dist, file)
    for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
      if (!/\ssrc=/.test(match[1] ?? '') && match[2]!.trim() !== '')
        problems.push(`${name}: inline script`)
    }
    if (/<style[\s>]/.test(html)) problems.push(`${name}: style element`)
    if (/\sstyle="/.test(html)) problems.push(`${name}: style attribute`)
    if (/\son[a-z]+="/.test(html)) problems.push(`${name}: event handler attribute`)
    for (const match of html.matchAll(
      /<(?:script|link|img|video|source|track|iframe)\b[^>]*\s(?:src|href|poster)="(https?:)?\/\/[^"]*"/g,
    )) {
      if (!/rel="(canonical|alternate)"/.test(match[0])) problems.push(`${name}: ${match[0]}`)
    }
  }
  for (const css of readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'))) {
    if (/url\((["']?)(https?:)?\/\//.test(readFileSync(join(dist, '_astro', css), 'utf8')))
      problems.push(`${css}: remote url()`)
  }
  expect(problems).toEqual([])
})
