// The "no request to another host" detector, checked on a fixture that names every case.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { otherHostsInCss, otherHostsInHtml, otherHostsInScript } from './lib/otherHosts.ts'

const own = 'http://localhost:4321'
const fixture = readFileSync(new URL('./fixtures/otherHosts.html', import.meta.url), 'utf8')

describe('otherHostsInHtml', () => {
  const found = otherHostsInHtml(fixture, own)

  test('finds every tag the fixture marks as fetching, and nothing else', () => {
    expect(found).toEqual([
      '<base>: https://cdn.example.org/',
      '<link>: https://fonts.googleapis.com/css2?family=IBM+Plex+Sans',
      '<link>: https://fonts.gstatic.com',
      '<link>: //icons.example.org/favicon.ico',
      '<link>: https://img.example.org/a@2x.png',
      '<meta>: https://elsewhere.example.org/',
      '<script>: https://cdn.example.org/analytics.js',
      '<a>: https://track.example.org/ping',
      '<img>: https://img.example.org/logo@2x.png',
      '<video>: https://img.example.org/poster.jpg',
      '<track>: https://cdn.example.org/da.vtt',
      '<use>: https://icons.example.org/sprite.svg#x',
      '<object>: https://cdn.example.org/doc.pdf',
      '<iframe>: https://www.youtube.com/embed/x',
      '<astro-island>: https://cdn.example.org/Island.js',
      '<style>: https://img.example.org/bg.png',
      '<style>: https://cdn.example.org/reset.css',
    ])
  })

  test('ignores links a citizen follows, canonical and hreflang links, and the site origin', () => {
    expect(found.join('\n')).not.toMatch(/jobnet\.dk|jobunivers\.example\.dk|localhost/)
  })
})

describe('otherHostsInCss and otherHostsInScript', () => {
  test('find remote url(), @import and module imports, not local ones', () => {
    const css = `@import url("https://a.example.org/x.css"); .a{background:url(/_astro/i.svg)}
      @font-face{src:url('//fonts.example.org/f.woff2')}`
    expect(otherHostsInCss(css, own)).toEqual([
      'https://a.example.org/x.css',
      '//fonts.example.org/f.woff2',
    ])
    const js = `import a from "./a.js";import("https://cdn.example.org/b.js");export{a}`
    expect(otherHostsInScript(js, own)).toEqual(['https://cdn.example.org/b.js'])
  })
})
