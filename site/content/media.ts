import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import type { Video } from '../../content-models/index.ts'
import type { FetchLike } from './payloadRest/fetchCms.ts'
import { messages } from './messages.ts'

/** Where a media file comes from: a file on disk (sample content) or an address (the CMS). */
export type MediaOrigin = (src: string) => { file: string } | { url: string }

/** The site path all media is served under; the build copies the staging folder there. */
const mediaBasePath = '/media'

async function stage(origin: ReturnType<MediaOrigin>, target: string, fetchFn: FetchLike): Promise<void> {
  await mkdir(dirname(target), { recursive: true })
  if ('file' in origin) {
    await copyFile(origin.file, target).catch(() => {
      throw new Error(messages.mediaMissing(origin.file))
    })
    return
  }
  const response = await fetchFn(origin.url, { credentials: 'omit' }).catch((error: unknown) => {
    throw new Error(messages.mediaDownload(origin.url, error instanceof Error ? error.message : String(error)))
  })
  if (!response.ok) throw new Error(messages.mediaDownload(origin.url, response.status))
  await writeFile(target, new Uint8Array(await response.arrayBuffer()))
}

/**
 * Copies or downloads every video's file, captions and poster into `stageDir` (emptied first)
 * under a name made from the slug, and returns the videos pointing at the site's own copies
 * (`/media/videos/<slug>.mp4`), so citizens never fetch media from the CMS or another host.
 */
export async function stageVideoMedia(
  videos: readonly Video[],
  origin: MediaOrigin,
  stageDir: string,
  fetchFn: FetchLike,
): Promise<Video[]> {
  await rm(stageDir, { recursive: true, force: true })
  const jobs: Promise<void>[] = []
  const place = (src: string, name: string): string => {
    const relative = `videos/${name}`
    jobs.push(stage(origin(src), join(stageDir, relative), fetchFn))
    return `${mediaBasePath}/${relative}`
  }
  const extension = (src: string) => extname(src.split('?')[0] ?? '').toLowerCase() || '.bin'
  const staged = videos.map((video): Video => ({
    ...video,
    src: place(video.src, `${video.slug}${extension(video.src)}`),
    captions: {
      da: { src: place(video.captions.da.src, `${video.slug}.da.vtt`) },
      en: video.captions.en ? { src: place(video.captions.en.src, `${video.slug}.en.vtt`) } : null,
    },
    poster: video.poster
      ? { ...video.poster, src: place(video.poster.src, `${video.slug}.poster${extension(video.poster.src)}`) }
      : null,
  }))
  await Promise.all(jobs)
  return staged
}
