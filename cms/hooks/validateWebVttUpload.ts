import type { CollectionBeforeValidateHook } from 'payload'
import { parseWebVtt } from '../../content-models/index.ts'
import { message } from '../messages.ts'
import { refuseIfProblems } from '../validation/refuse.ts'

/** Refuses a caption upload that is not valid WebVTT, naming the line and what is wrong. */
export const validateWebVttUpload: CollectionBeforeValidateHook = ({ req, data }) => {
  const file = req.file
  if (!file) return data
  const result = parseWebVtt(file.data.toString('utf8'))
  if (!result.ok) {
    const language = req.i18n.language === 'en' ? 'en' : 'da'
    const where = language === 'en' ? `line ${result.problem.line}` : `linje ${result.problem.line}`
    const problem = `${where}: ${result.problem[language]}`
    refuseIfProblems(
      'caption-files',
      [{ path: 'filename', message: message(req, 'captionsInvalid', { problem }) }],
      req,
    )
  }
  return data
}
