import type { Page } from '@playwright/test'
import { parseWebVtt } from '../../../content-models/webvtt.ts'
import type { Finding } from '../lib/findings.ts'
import { installHelpers, type InPage } from '../lib/inPage.ts'
import { siteRules } from '../lib/siteRules.ts'

type Track = {
  video: string
  html: string
  kind: string
  srclang: string
  label: string
  src: string
}
type Loaded = { video: string; html: string; srclang: string; readyState: number; cues: number }

function tracks(): Track[] {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  return [...document.querySelectorAll('video')].flatMap((video) => {
    const list = [...video.querySelectorAll('track')].map((t) => ({
      video: h.selectorOf(video),
      html: h.htmlOf(video),
      kind: t.kind,
      srclang: t.srclang,
      label: t.label,
      src: t.src,
    }))
    return list.length > 0
      ? list
      : [
          {
            video: h.selectorOf(video),
            html: h.htmlOf(video),
            kind: '',
            srclang: '',
            label: '',
            src: '',
          },
        ]
  })
}

/** Turns every captions track on (hidden) and waits until the browser has loaded or failed it. */
async function loadInBrowser(): Promise<Loaded[]> {
  const h = (window as unknown as { __a11y: InPage }).__a11y
  const all = [...document.querySelectorAll('video')].flatMap((video) =>
    [...video.querySelectorAll('track')].map((t) => ({ t, video })),
  )
  for (const { t } of all) t.track.mode = 'hidden'
  const deadline = Date.now() + 5000
  while (all.some(({ t }) => t.readyState < 2) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
  return all.map(({ t, video }) => ({
    video: h.selectorOf(video),
    html: h.htmlOf(video),
    srclang: t.srclang,
    readyState: t.readyState,
    cues: t.track.cues?.length ?? 0,
  }))
}

/**
 * Every video has a captions track per locale whose WebVTT file loads (HTTP 200), parses with
 * the same parser the CMS uses (content-models/webvtt.ts) and is loaded by the browser with cues.
 */
export async function checkCaptions(page: Page): Promise<Finding[]> {
  await installHelpers(page)
  const findings: Finding[] = []
  const fail = (t: Pick<Track, 'video' | 'html'>, message: string) =>
    findings.push({
      rule: 'captions-track',
      runner: 'site',
      ...siteRules['captions-track'],
      element: t.video,
      html: t.html,
      message,
    })
  const list = await page.evaluate(tracks)
  for (const track of list) {
    if (!track.src) {
      fail(track, 'The video has no <track>.')
      continue
    }
    if (track.kind !== 'captions' && track.kind !== 'subtitles')
      fail(track, `The track is kind="${track.kind}", not captions.`)
    if (!track.srclang || !track.label) fail(track, 'The track needs srclang and label.')
    const response = await page.request.get(track.src)
    if (!response.ok()) {
      fail(track, `The captions file ${track.src} answers HTTP ${response.status()}.`)
      continue
    }
    const parsed = parseWebVtt(await response.text())
    if (!parsed.ok)
      fail(
        track,
        `The captions (${track.srclang}) do not parse, line ${parsed.problem.line}: ${parsed.problem.en}`,
      )
    else if (parsed.cues.length === 0) fail(track, `The captions (${track.srclang}) have no cues.`)
  }
  for (const loaded of await page.evaluate(loadInBrowser))
    if (loaded.readyState !== 2 || loaded.cues === 0)
      fail(
        loaded,
        `The browser did not load the ${loaded.srclang} captions (readyState ${loaded.readyState}, ${loaded.cues} cues).`,
      )
  return findings
}
