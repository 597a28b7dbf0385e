// From the CMS to what the site writes, on a real CMS (SQLite, migrated): documents are stored
// through Payload's Local API as the admin saves them, read back anonymously through the REST
// handler with the site's own loader (readCms), and rendered with the site's code.
// - every rich-text feature the editor offers (cms/fields/richTextEditor.ts) → its HTML element;
// - a published lesson renamed → its old addresses redirect, in both languages.
import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readCms } from '../../site/content/payloadRest/readCms.ts'
import { pageKey } from '../../site/lib/internalLinks.ts'
import { planRedirects } from '../../site/lib/redirects.ts'
import { richTextToHtml } from '../../site/lib/richText.ts'
import type { Locale, RichText } from '../../content-models/index.ts'
import { createLesson, uniqueSlug } from '../cms/fixtures.ts'
import { startCms, type CmsHarness } from '../cms/harness.ts'
import { lexicalText as text } from '../lib/lexicalText.ts'
import { mayBeUnset } from '../lib/mayBeUnset.ts'

// The nodes as the Lexical editor in Payload's admin serializes them.
const element = { direction: 'ltr', format: '', indent: 0, version: 1 }
const paragraph = (...children: object[]) => ({
  ...element,
  children,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
})
const heading = (tag: string, value: string) => ({
  ...element,
  children: [text(value)],
  type: 'heading',
  tag,
})
const listItem = (value: number, indent: number, ...children: object[]) => ({
  ...element,
  indent,
  children,
  type: 'listitem',
  value,
})
const list = (tag: 'ul' | 'ol', items: object[], indent = 0) => ({
  ...element,
  indent,
  children: items,
  type: 'list',
  listType: tag === 'ol' ? 'number' : 'bullet',
  start: 1,
  tag,
})
const link = (fields: Record<string, unknown>, value: string) => ({
  ...element,
  children: [text(value)],
  type: 'link',
  version: 3,
  id: `link-${value.length}-${Object.keys(fields).length}`,
  fields: { newTab: false, ...fields },
})
const root = (...children: object[]) => ({
  root: { ...element, children, type: 'root' },
})

/** One rich-text block per feature; the keys name the feature as the editor's toolbar does. */
function features(target: string | number, hidden: string | number): Record<string, object> {
  return {
    bold: root(paragraph(text('Det er '), text('vigtigt', 1), text(' at du svarer.'))),
    italic: root(paragraph(text('Det er '), text('dit valg', 2), text('.'))),
    underline: root(paragraph(text('Husk '), text('fristen', 8), text('.'))),
    strikethrough: root(paragraph(text('Mødet er '), text('i dag', 4), text(' flyttet.'))),
    subscript: root(paragraph(text('Vand er H'), text('2', 32), text('O.'))),
    superscript: root(paragraph(text('Den 1'), text('ste', 64), text(' i hver måned.'))),
    inlineCode: root(paragraph(text('Skriv '), text('1234', 16), text(' i feltet.'))),
    boldItalic: root(paragraph(text('Husk '), text('det her', 3), text('.'))),
    paragraph: root(paragraph(text('Et afsnit.')), paragraph(text('Et til.'))),
    headings: root(
      heading('h2', 'Emne'),
      paragraph(text('Tekst.')),
      heading('h3', 'Under emne'),
      paragraph(text('Tekst.')),
      heading('h4', 'Lille emne'),
      paragraph(text('Tekst.')),
    ),
    unorderedList: root(list('ul', [listItem(1, 0, text('Et')), listItem(2, 0, text('To'))])),
    orderedList: root(list('ol', [listItem(1, 0, text('Først')), listItem(2, 0, text('Så'))])),
    nestedList: root(
      list('ul', [
        listItem(1, 0, text('Ydre')),
        listItem(2, 0, list('ul', [listItem(1, 1, text('Indre'))], 1)),
        listItem(2, 0, text('Næste')),
      ]),
    ),
    link: root(
      paragraph(
        text('Læs '),
        link({ linkType: 'custom', url: 'https://www.borger.dk/' }, 'om dagpenge på borger.dk'),
        text('.'),
      ),
    ),
    linkNewTab: root(
      paragraph(
        link(
          { linkType: 'custom', url: 'https://www.borger.dk/', newTab: true },
          'Borger.dk om ledighed',
        ),
      ),
    ),
    internalLink: root(
      paragraph(
        text('Læs '),
        link(
          { linkType: 'internal', doc: { relationTo: 'lessons', value: target } },
          'om din a-kasse',
        ),
        text('.'),
      ),
    ),
    internalLinkHidden: root(
      paragraph(
        text('Læs '),
        link(
          { linkType: 'internal', doc: { relationTo: 'lessons', value: hidden } },
          'om en gammel side',
        ),
        text('.'),
      ),
    ),
    autolink: root(
      paragraph(text('Skriv til '), {
        ...element,
        children: [text('os her')],
        type: 'autolink',
        version: 2,
        fields: { linkType: 'custom', url: 'mailto:job@example.dk' },
      }),
    ),
    quote: root({ ...element, children: [text('Jeg fik et job.')], type: 'quote' }),
    horizontalRule: root(
      paragraph(text('Før.')),
      { type: 'horizontalrule', version: 1 },
      paragraph(text('Efter.')),
    ),
    lineBreak: root(
      paragraph(text('Linje et'), { type: 'linebreak', version: 1 }, text('linje to')),
    ),
  }
}

let cms: CmsHarness
let targetSlug = ''
const rendered: Record<string, RichText> = {}
const renamed = { before: uniqueSlug('gammelt-navn'), after: uniqueSlug('nyt-navn') }
let lessonsRead: { slug: string; previousSlugs?: string[] }[] = []

/** Calls Payload's REST handler the way Next does, anonymously. */
const restFetch = async (url: string): Promise<Response> => {
  const { pathname } = new URL(url)
  const slug = pathname.replace(/^\/api\//, '').split('/')
  return REST_GET(cms.payload.config)(new Request(url), { params: Promise.resolve({ slug }) })
}

beforeAll(async () => {
  cms = await startCms('sqlite')
  const target = await createLesson(cms.payload, 'published', { title: 'Din a-kasse' })
  targetSlug = target.slug
  // Published while its link target was published; the target is unpublished afterwards.
  const hidden = await createLesson(cms.payload, 'published', { title: 'Gammel side' })
  const blocks = features(target.id, hidden.id)
  const keys = Object.keys(blocks)
  const lesson = await createLesson(cms.payload, 'published', {
    title: 'Alt i teksten',
    slug: uniqueSlug('alt-i-teksten'),
    body: keys.map((key) => ({ blockType: 'richText', content: blocks[key] })),
  })
  await cms.payload.update({
    collection: 'lessons',
    id: hidden.id,
    data: { _status: 'draft' } as never,
  })
  // An editor renames a published lesson and publishes the new name.
  const moved = await createLesson(cms.payload, 'published', { slug: renamed.before })
  await cms.payload.update({
    collection: 'lessons',
    id: moved.id,
    data: { slug: renamed.after, _status: 'published' } as never,
  })
  const content = await readCms('http://cms.test', restFetch)
  type ReadLesson = {
    slug: string
    previousSlugs?: string[]
    body: { da: { content: RichText }[] }
  }
  lessonsRead = content.collections.lessons.map((doc) => doc.data as ReadLesson)
  const read = (lessonsRead as ReadLesson[]).find((doc) => doc.slug === lesson.slug)
  const body = read!.body.da
  keys.forEach((key, index) => (rendered[key] = body[index]!.content))
}, 120_000)
afterAll(async () => {
  await mayBeUnset(cms)?.close()
})

const warnings: string[] = []
const html = (feature: string, locale: Locale = 'da') =>
  richTextToHtml(rendered[feature]!, {
    locale,
    published: new Set([pageKey('lessons', targetSlug)]),
    onDeadLink: (message) => warnings.push(message),
  })

describe('every rich-text feature the editor offers reaches the page', () => {
  test.each([
    ['bold', '<strong>vigtigt</strong>'],
    ['italic', '<em>dit valg</em>'],
    ['underline', '<u>fristen</u>'],
    ['strikethrough', '<s>i dag</s>'],
    ['subscript', 'H<sub>2</sub>O'],
    ['superscript', '1<sup>ste</sup>'],
    ['inlineCode', '<code>1234</code>'],
    ['boldItalic', '<strong><em>det her</em></strong>'],
    ['paragraph', '<p>Et afsnit.</p><p>Et til.</p>'],
    ['headings', '<h2>Emne</h2><p>Tekst.</p><h3>Under emne</h3><p>Tekst.</p><h4>Lille emne</h4>'],
    ['unorderedList', '<ul><li>Et</li><li>To</li></ul>'],
    ['orderedList', '<ol><li>Først</li><li>Så</li></ol>'],
    // The nested list sits inside the item it belongs to: no empty, markerless item.
    ['nestedList', '<ul><li>Ydre<ul><li>Indre</li></ul></li><li>Næste</li></ul>'],
    ['link', '<a href="https://www.borger.dk/">om dagpenge på borger.dk</a>'],
    [
      'linkNewTab',
      '<a href="https://www.borger.dk/" target="_blank" rel="noopener noreferrer">Borger.dk om ledighed<span class="sr-only"> (åbner i et nyt vindue)</span></a>',
    ],
    ['autolink', '<a href="mailto:job@example.dk">os her</a>'],
    ['quote', '<blockquote>Jeg fik et job.</blockquote>'],
    ['horizontalRule', '<p>Før.</p><hr><p>Efter.</p>'],
    ['lineBreak', 'Linje et<br />linje to'],
  ])('%s', (feature, element) => {
    expect(html(feature)).toContain(element)
  })

  test('an internal link goes to the page of its document, in the page’s language', () => {
    expect(html('internalLink', 'da')).toContain(`<a href="/laer/${targetSlug}">om din a-kasse</a>`)
    expect(html('internalLink', 'en')).toContain(
      `<a href="/en/learn/${targetSlug}">om din a-kasse</a>`,
    )
  })

  test('a link to a document that is no longer published is plain text, and the build says so', () => {
    warnings.length = 0
    expect(html('internalLinkHidden')).toBe('<p>Læs om en gammel side.</p>')
    expect(warnings).toEqual([
      expect.stringContaining('the link "om en gammel side" points at lessons id'),
    ])
  })

  test('the loader keeps only the slug of a linked document', () => {
    const doc = JSON.stringify(rendered.internalLink)
    expect(doc).toContain(`"value":{"slug":"${targetSlug}"}`)
  })

  test('no feature needs a style attribute or a class (the CSP forbids inline styles)', () => {
    for (const feature of Object.keys(rendered))
      expect(html(feature), feature).not.toMatch(/\sstyle=|\sclass="(?!sr-only)|\svalue=/)
  })
})

describe('a renamed published lesson', () => {
  test('the loader keeps its previous slug', () => {
    const lesson = lessonsRead.find((doc) => doc.slug === renamed.after)
    expect(lesson?.previousSlugs).toEqual([renamed.before])
  })

  test('its old Danish and English addresses redirect to the new ones', () => {
    const { redirects, collisions } = planRedirects({ lessons: lessonsRead })
    expect(collisions).toEqual([])
    expect(redirects.map(({ from, to }) => `${from} → ${to}`)).toEqual([
      `/laer/${renamed.before} → /laer/${renamed.after}`,
      `/en/learn/${renamed.before} → /en/learn/${renamed.after}`,
    ])
  })
})
