import { base, localizedValue, optionalText, row, textOrEmpty, type Row } from './fields.ts'

const mimeByExtension: Record<string, string> = { mp4: 'video/mp4', webm: 'video/webm' }

function uploadUrl(value: unknown): unknown {
  return row(value).url
}

function mapPoster(value: unknown): Row | null {
  const media = row(value)
  if (typeof media.url !== 'string') return null
  return {
    src: media.url,
    alt: optionalText(media.alt),
    decorative: media.decorative === true,
    credit: media.credit ?? null,
    width: media.width ?? null,
    height: media.height ?? null,
  }
}

/**
 * A video: the uploaded file (or the self-hosted address) and the caption uploads become their
 * URLs as the CMS serves them; the build downloads them into the site (see ../media.ts).
 */
export function mapVideo(doc: Row): Row {
  const file = row(doc.file)
  const src = typeof file.url === 'string' ? file.url : doc.externalUrl
  const extension = typeof src === 'string' ? (src.split('?')[0]?.split('.').pop() ?? '') : ''
  const captions = localizedValue(doc.captions)
  return {
    ...base(doc),
    title: localizedValue(doc.title),
    summary: textOrEmpty(doc.summary),
    src,
    mimeType: file.mimeType ?? mimeByExtension[extension.toLowerCase()],
    captions: {
      da: captions.da === undefined ? undefined : { src: uploadUrl(captions.da) },
      en: captions.en === null ? null : { src: uploadUrl(captions.en) },
    },
    transcript: localizedValue(doc.transcript),
    durationSeconds: doc.durationSeconds,
    poster: mapPoster(doc.poster),
  }
}
