import { HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * Rich text offers only what the citizen site renders by itself. Images and documents placed
 * inside text would point at the CMS, which the static site never calls, and skip the checks
 * their own blocks and fields have; so there are no upload or relationship nodes. Headings
 * start at h2: the page title is the h1.
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) =>
    defaultFeatures
      .filter((feature) => !['upload', 'relationship'].includes(feature.key))
      .map((feature) =>
        feature.key === 'heading'
          ? HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] })
          : feature,
      ),
})
