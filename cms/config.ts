import path from 'node:path'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type SanitizedConfig } from 'payload'
import { CaptionFiles } from './collections/CaptionFiles.ts'
import { Checklists } from './collections/Checklists/index.ts'
import { Courses } from './collections/Courses/index.ts'
import { Faqs } from './collections/Faqs.ts'
import { Flows } from './collections/Flows/index.ts'
import { Lessons } from './collections/Lessons/index.ts'
import { LocalFlows } from './collections/LocalFlows/index.ts'
import { Media } from './collections/Media.ts'
import { Municipalities } from './collections/Municipalities/index.ts'
import { Users } from './collections/Users.ts'
import { VideoFiles } from './collections/VideoFiles.ts'
import { Videos } from './collections/Videos/index.ts'
import { databaseAdapter } from './database.ts'
import { Navigation } from './globals/Navigation.ts'
import { previewPlugin } from './plugins/preview/index.ts'
import { algoliaSettingsFromEnv, createAlgoliaIndex } from './plugins/searchIndex/algoliaIndex.ts'
import { searchIndexPlugin, type SearchIndex } from './plugins/searchIndex/index.ts'
import { siteRebuildPlugin } from './plugins/siteRebuild/index.ts'
import type { RebuildScheduler } from './plugins/siteRebuild/rebuildScheduler.ts'
import { siteRebuildFromEnv } from './plugins/siteRebuild/siteRebuildFromEnv.ts'
import { SiteSettings } from './globals/SiteSettings.ts'
import { payloadSecret } from './secret.ts'
import { richTextEditor } from './fields/richTextEditor.ts'

/** The collections with pages on the citizen site: published, indexed and previewed. */
const pageCollections = [
  Flows.slug,
  Lessons.slug,
  Courses.slug,
  Videos.slug,
  Checklists.slug,
  Faqs.slug,
] as const

/** What follows publishing: the site rebuild and the search index. */
type PublishingServices = { siteRebuild?: RebuildScheduler; searchIndex?: SearchIndex }

/** Where the CMS keeps its data and what follows publishing; tests pass their own. */
export type CmsOptions = {
  /** DATABASE_URL: empty or file: → SQLite, postgres:// → Postgres, mongodb:// → MongoDB. */
  databaseUrl: string | undefined
  projectRoot: string
  dataDir: string
  /** CMS_URL as citizens' browsers and the site build reach it. */
  serverUrl?: string
  /** What follows publishing; from the environment when left out. */
  publishing?: PublishingServices
}

/** The whole Payload configuration, built from explicit options so tests can point it anywhere. */
export function createConfig(options: CmsOptions): Promise<SanitizedConfig> {
  const cmsDir = path.join(options.projectRoot, 'cms')
  const algolia = algoliaSettingsFromEnv()
  const publishing = options.publishing ?? {
    siteRebuild: siteRebuildFromEnv(options.projectRoot),
    searchIndex: algolia ? createAlgoliaIndex(algolia) : undefined,
  }
  return buildConfig({
    serverURL: options.serverUrl ?? '',
    secret: payloadSecret(options.dataDir),
    telemetry: false,
    admin: {
      user: Users.slug,
      avatar: 'default',
      importMap: {
        baseDir: cmsDir,
        importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
      },
      meta: { titleSuffix: ' · Jobunivers' },
      components: {
        afterNavLinks: ['/admin/insights/InsightsNavLink.tsx#InsightsNavLink'],
        views: {
          insights: {
            Component: '/admin/insights/InsightsView.tsx#InsightsView',
            path: '/indsigt',
            exact: true,
          },
        },
      },
    },
    i18n: { supportedLanguages: { da, en }, fallbackLanguage: 'da' },
    localization: {
      locales: [
        { code: 'da', label: 'Dansk' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'da',
      fallback: true,
    },
    collections: [
      Flows,
      LocalFlows,
      Lessons,
      Courses,
      Videos,
      Checklists,
      Faqs,
      Media(options.dataDir),
      VideoFiles(options.dataDir),
      CaptionFiles(options.dataDir),
      Municipalities,
      Users,
    ],
    globals: [SiteSettings, Navigation],
    plugins: [
      siteRebuildPlugin({
        scheduler: publishing.siteRebuild,
        // A municipality's version of a flow changes that flow's pages for its citizens.
        collections: [...pageCollections, LocalFlows.slug],
        globals: [SiteSettings.slug, Navigation.slug],
      }),
      searchIndexPlugin({ index: publishing.searchIndex, collections: pageCollections }),
      previewPlugin({
        projectRoot: options.projectRoot,
        dataDir: options.dataDir,
        collections: pageCollections,
      }),
    ],
    editor: richTextEditor,
    db: databaseAdapter(options.databaseUrl, options),
    jobs: {
      autoRun: [{ cron: '* * * * *', queue: 'default' }],
      shouldAutoRun: () => process.env.JOBUNIVERS_RUN_JOBS !== 'false',
    },
    typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
    graphQL: { disablePlaygroundInProduction: true },
  })
}
