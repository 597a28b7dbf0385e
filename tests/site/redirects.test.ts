import { describe, expect, test } from 'vitest'
import { base } from '../../site/content/payloadRest/fields.ts'
import { mapLesson } from '../../site/content/payloadRest/mapLesson.ts'
import { redirectPage } from '../../site/lib/redirectPage.ts'
import { netlifyRedirects, planRedirects } from '../../site/lib/redirects.ts'

describe('planRedirects', () => {
  test('every previous slug redirects in both languages, with the title in each', () => {
    const plan = planRedirects({
      lessons: [
        {
          slug: 'ny',
          previousSlugs: ['gammel', 'aeldre'],
          title: { da: 'Ny side', en: 'New page' },
        },
      ],
      checklists: [{ slug: 'liste', previousSlugs: ['tjek'], title: { da: 'Liste', en: null } }],
    })
    expect(plan.collisions).toEqual([])
    expect(plan.redirects).toEqual([
      {
        from: '/laer/gammel',
        to: '/laer/ny',
        locale: 'da',
        title: { value: 'Ny side', lang: 'da' },
      },
      {
        from: '/en/learn/gammel',
        to: '/en/learn/ny',
        locale: 'en',
        title: { value: 'New page', lang: 'en' },
      },
      {
        from: '/laer/aeldre',
        to: '/laer/ny',
        locale: 'da',
        title: { value: 'Ny side', lang: 'da' },
      },
      {
        from: '/en/learn/aeldre',
        to: '/en/learn/ny',
        locale: 'en',
        title: { value: 'New page', lang: 'en' },
      },
      {
        from: '/tjekliste/tjek',
        to: '/tjekliste/liste',
        locale: 'da',
        title: { value: 'Liste', lang: 'da' },
      },
      // English falls back to the Danish title, and says so.
      {
        from: '/en/checklist/tjek',
        to: '/en/checklist/liste',
        locale: 'en',
        title: { value: 'Liste', lang: 'da' },
      },
    ])
  })

  test('a current slug wins over an old one, and the collision is named', () => {
    const plan = planRedirects({
      lessons: [
        { slug: 'a', previousSlugs: ['b'] },
        { slug: 'b', previousSlugs: [] },
      ],
    })
    expect(plan.redirects).toEqual([])
    expect(plan.collisions).toEqual([
      'lessons/a: old slug "b" is the slug of another published document; its page stays',
    ])
  })

  test('an old slug claimed by two documents goes to the first by slug only', () => {
    const plan = planRedirects({
      videos: [
        { slug: 'y', previousSlugs: ['x'] },
        { slug: 'w', previousSlugs: ['x'] },
      ],
    })
    expect(plan.redirects.map((r) => `${r.from} ${r.to}`)).toEqual([
      '/video/x /video/w',
      '/en/video/x /en/video/w',
    ])
    expect(plan.collisions).toEqual(['videos/y: old slug "x" already redirects to videos/w'])
  })

  test('the same slug in two collections is no collision (their folders differ)', () => {
    const plan = planRedirects({
      lessons: [{ slug: 'ny', previousSlugs: ['faelles'] }],
      courses: [{ slug: 'faelles' }],
    })
    expect(plan.collisions).toEqual([])
    expect(plan.redirects.map((r) => r.from)).toEqual(['/laer/faelles', '/en/learn/faelles'])
  })
})

describe('netlifyRedirects', () => {
  test('one forced 301 line per old address', () => {
    const text = netlifyRedirects([
      { from: '/laer/gammel', to: '/laer/ny', locale: 'da' },
      { from: '/en/learn/gammel', to: '/en/learn/ny', locale: 'en' },
    ])
    expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      '/laer/gammel /laer/ny 301!',
      '/en/learn/gammel /en/learn/ny 301!',
    ])
  })
})

describe('redirectPage', () => {
  test('refresh, canonical, noindex and a link named by the title, escaped', () => {
    const html = redirectPage(
      { to: '/en/learn/ny', locale: 'en', title: { value: 'A & "B" <c>', lang: 'da' } },
      'https://jobunivers.example.dk',
    )
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/en/learn/ny">')
    expect(html).toContain(
      '<link rel="canonical" href="https://jobunivers.example.dk/en/learn/ny">',
    )
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<a href="/en/learn/ny" lang="da">A &amp; &quot;B&quot; &lt;c&gt;</a>')
    expect(html).not.toMatch(/<script|<style|style=/)
  })
})

describe('previous slugs from the CMS', () => {
  test('are passed on by the mapper; an empty list is left out', () => {
    expect(base({ slug: 'ny', previousSlugs: ['gammel'] })).toEqual({
      slug: 'ny',
      previousSlugs: ['gammel'],
    })
    expect(base({ slug: 'ny', previousSlugs: null })).toEqual({ slug: 'ny' })
    expect(mapLesson({ slug: 'ny', previousSlugs: ['gammel'] }).previousSlugs).toEqual(['gammel'])
  })
})
