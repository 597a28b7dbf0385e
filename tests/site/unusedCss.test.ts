import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { parseCss, serializeCss, splitSelectorList } from '../../site/integrations/cssBlocks.ts'
import { requiredClasses, trimUnusedCss } from '../../site/integrations/unusedCss.ts'
import { classesInHtml, wordsInSource } from '../../site/integrations/usedClasses.ts'

const dkfdsCss = readFileSync(
  fileURLToPath(
    new URL('../../node_modules/dkfds/dist/css/dkfds-borgerdk.min.css', import.meta.url),
  ),
  'utf8',
)
const only =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name)

describe('the CSS block reader', () => {
  test("reads DKFDS's whole stylesheet and writes it back unchanged (comments aside)", () => {
    const withoutComments = dkfdsCss.replace(/\/\*[\s\S]*?\*\//g, '').trim()
    expect(serializeCss(parseCss(dkfdsCss))).toBe(withoutComments)
  })

  test('braces, semicolons and commas inside strings and brackets are not structure', () => {
    const css = '.a::before{content:"};{,"}.b[title="x,y{"],.c{color:red}@import "z;.css";'
    const nodes = parseCss(css)
    expect(nodes.map((node) => node.prelude)).toEqual([
      '.a::before',
      '.b[title="x,y{"],.c',
      '@import "z;.css"',
    ])
    expect(splitSelectorList(nodes[1]!.prelude)).toEqual(['.b[title="x,y{"]', '.c'])
    expect(serializeCss(nodes)).toBe(css)
  })

  test('an unclosed block is an error, not a silent cut', () => {
    expect(() => parseCss('.a{color:red')).toThrow(/unclosed/)
    expect(() => parseCss('.a{}}')).toThrow(/unexpected \}/)
  })
})

describe('dropping rules no page can match', () => {
  test('a selector needs every class it names; classes inside :not() and [] never count', () => {
    expect(requiredClasses('.a .b>.c:hover::after')).toEqual(['a', 'b', 'c'])
    expect(requiredClasses('.a:not(.z) [class*=".y"]')).toEqual(['a'])
    expect(requiredClasses('.sm\\:col-6')).toEqual(['sm:col-6'])
    expect(requiredClasses('button:focus')).toEqual([])
  })

  test('keeps used rules, drops unused ones and the unused selectors of kept rules', () => {
    const css = '.a{color:red}.b .c{color:blue}.a,.z{margin:0}button{padding:0}.z:not(.a){x:y}'
    expect(trimUnusedCss(css, only('a', 'b'))).toBe('.a{color:red}.a{margin:0}button{padding:0}')
  })

  test('empties and drops @media blocks, keeps @font-face, keeps only named @keyframes', () => {
    const css =
      '@media (min-width:1px){.z{a:b}}@media print{.a{a:b}}' +
      '@font-face{font-family:X;src:url(x.woff2)}' +
      '@keyframes spin{to{rotate:1turn}}@keyframes fade{to{opacity:0}}.a{animation:spin 1s}'
    expect(trimUnusedCss(css, only('a'))).toBe(
      '@media print{.a{a:b}}@font-face{font-family:X;src:url(x.woff2)}' +
        '@keyframes spin{to{rotate:1turn}}.a{animation:spin 1s}',
    )
  })

  test('trims DKFDS to the rules of the classes asked for, far below the 215 KB it ships', () => {
    const trimmed = trimUnusedCss(dkfdsCss, only('button', 'button-primary', 'alert', 'alert-info'))
    expect(trimmed).toContain('.button-primary')
    expect(trimmed).toContain('.alert-info')
    expect(trimmed).not.toMatch(/[},]\.accordion/) // only inside :not() it stays
    expect(trimmed.length).toBeLessThan(dkfdsCss.length / 4)
  })
})

describe('which classes the site uses', () => {
  test('class attributes of any quoting, and every word a script spells out', () => {
    expect(classesInHtml(`<p class="a  b"><i class='c'></i><b class=d>`)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ])
    expect(wordsInSource("el('div', undefined, 'table table--compact')")).toContain(
      'table--compact',
    )
  })
})
