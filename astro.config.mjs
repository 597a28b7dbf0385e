// The citizen site: static Astro output from site/, DKFDS served from the site itself.
import { fileURLToPath } from 'node:url'
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { copyMedia } from './site/integrations/copyMedia.ts'
import { externalizeInline } from './site/integrations/externalizeInline.ts'
import { subsetFonts } from './site/integrations/subsetFonts.ts'
import { trimCss } from './site/integrations/trimCss.ts'
import { trimDkfds } from './site/integrations/trimDkfds.ts'

const dkfds = fileURLToPath(new URL('./node_modules/dkfds/dist', import.meta.url))

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  i18n: {
    defaultLocale: 'da',
    locales: ['da', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    react(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404') }),
    copyMedia(),
    subsetFonts(),
    externalizeInline(),
    // After externalizeInline, so it reads the pages as they ship.
    trimCss(),
  ],
  build: { inlineStylesheets: 'never', format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    resolve: { alias: { '@dkfds': dkfds } },
    // Small assets (icons) become files, not data: URLs, so the CSP needs no data: source.
    build: { assetsInlineLimit: 0 },
    plugins: [trimDkfds()],
  },
})
