import { lexicalToPlainText, type RichText } from '../../../content-models/index.ts'
import { message } from '../../messages.ts'
import { danishValues } from '../../validation/danishValues.ts'
import { checkBeforePublish, type FieldProblem } from '../../validation/refuse.ts'

const playableAddress = /^https?:\/\/[^?#]+\.(mp4|webm)([?#].*)?$/i
const hasTranscript = (value: unknown) => lexicalToPlainText(value as RichText | null).trim() !== ''

/**
 * A video is published only with Danish captions (WCAG 1.2.2), a Danish transcript (1.2.3), a
 * source the site can play (a file, or an MP4/WebM address) and its length.
 */
export const checkVideoBeforePublish = checkBeforePublish(async (doc, req) => {
  const danish = await danishValues(req, 'videos', doc, doc.id)
  const problems: FieldProblem[] = []
  if (!danish.captions)
    problems.push({ path: 'captions', message: message(req, 'captionsMissing') })
  if (!hasTranscript(danish.transcript))
    problems.push({ path: 'transcript', message: message(req, 'transcriptMissing') })
  if (!doc.file && !doc.externalUrl)
    problems.push({ path: 'file', message: message(req, 'videoSourceMissing') })
  // The site plays the address in a native <video>, typed by its extension.
  const address = typeof doc.externalUrl === 'string' ? doc.externalUrl : ''
  if (!doc.file && address && !playableAddress.test(address))
    problems.push({ path: 'externalUrl', message: message(req, 'videoAddressNotPlayable') })
  if (!(Number(doc.durationSeconds) > 0))
    problems.push({ path: 'durationSeconds', message: message(req, 'videoDurationMissing') })
  return problems
})
