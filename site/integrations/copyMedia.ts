import { cp } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { mediaStageDir } from '../content/paths.ts'

/** Copies the media the content loader staged (video files, captions, posters) into dist/media. */
export function copyMedia(): AstroIntegration {
  return {
    name: 'jobunivers:copy-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!existsSync(mediaStageDir)) return
        await cp(mediaStageDir, fileURLToPath(new URL('media/', dir)), { recursive: true })
        logger.info('media copied into the site')
      },
    },
  }
}
