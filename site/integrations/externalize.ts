import { createHash } from 'node:crypto'

/** A file to write beside the pages: `_astro/inline-<hash>.<ext>`. */
export type ExtractedAsset = { path: string; content: string }

const executable = (attributes: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
  return (
    !/\ssrc\s*=/i.test(attributes) && (!type || type === 'module' || type === 'text/javascript')
  )
}

function assetPath(content: string, extension: string): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16)
  return `/_astro/inline-${hash}.${extension}`
}

/**
 * Moves every inline script and style element of a page into files, so a Content-Security-Policy
 * of `script-src 'self'; style-src 'self'` holds without 'unsafe-inline' or hashes. A classic
 * script stays classic and in place, so it still runs in document order; JSON data blocks stay.
 */
export function externalizeInline(html: string): { html: string; assets: ExtractedAsset[] } {
  const assets: ExtractedAsset[] = []
  let out = html.replace(
    /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi,
    (whole: string, attributes: string = '', body: string) => {
      if (!executable(attributes) || body.trim() === '') return whole
      const path = assetPath(body, 'js')
      assets.push({ path, content: body })
      const kept = attributes.replace(
        /\s(is:inline|data-astro-exec)(=("[^"]*"|'[^']*'|\S+))?/gi,
        '',
      )
      return `<script${kept} src="${path}"></script>`
    },
  )
  out = out.replace(
    /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi,
    (_whole, _attributes, body: string) => {
      const path = assetPath(body, 'css')
      assets.push({ path, content: body })
      return `<link rel="stylesheet" href="${path}">`
    },
  )
  return { html: out, assets }
}
