import {
  HeadingFeature,
  IndentFeature,
  LinkFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { CollectionSlug } from 'payload'

/** The collections an internal link may point at: those with a page (or, FAQs, an anchor) on the site. */
const linkableCollections: CollectionSlug[] = [
  'flows',
  'lessons',
  'courses',
  'videos',
  'checklists',
  'faqs',
]

/**
 * Rich text offers only what the citizen site renders by itself (`site/lib/richText.ts`).
 * Images and documents placed inside text would point at the CMS, which the static site never
 * calls, and skip the checks their own blocks and fields have; so there are no upload or
 * relationship nodes. Headings start at h2: the page title is the h1. Not offered either:
 * text alignment (the site's strict CSP allows no style attributes, and centred or justified
 * body text reads worse), indenting paragraphs, headings or quotes (same reason; indenting a
 * list item still nests the list), and tick lists (checklists are documents of their own whose
 * ticks the site keeps; a static tick in running text would look like one that can be ticked).
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures
      .filter((feature) => !['upload', 'relationship', 'align', 'checklist'].includes(feature.key))
      .map((feature) => {
        switch (feature.key) {
          case 'heading':
            return HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] })
          case 'indent':
            return IndentFeature({
              disabledNodes: ['paragraph', 'heading', 'quote'],
              disableTabNode: true,
            })
          case 'link':
            return LinkFeature({ enabledCollections: linkableCollections })
          default:
            return feature
        }
      }),
})
