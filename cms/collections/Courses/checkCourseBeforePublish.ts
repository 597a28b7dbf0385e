import { message } from '../../messages.ts'
import { referenceProblems } from '../../validation/referenceProblems.ts'
import { checkBeforePublish } from '../../validation/refuse.ts'

/** A course is published only with at least one lesson, every one of them published. */
export const checkCourseBeforePublish = checkBeforePublish(async (doc, req) => {
  const lessons: unknown[] = Array.isArray(doc.lessons) ? doc.lessons : []
  if (lessons.length === 0) return [{ path: 'lessons', message: message(req, 'courseEmpty') }]
  return referenceProblems(
    req,
    lessons.map((id) => ({ path: 'lessons', collection: 'lessons', id })),
  )
})
