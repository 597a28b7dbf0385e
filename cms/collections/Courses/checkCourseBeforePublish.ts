import type { CollectionBeforeChangeHook } from 'payload'
import { message } from '../../messages.ts'
import { referenceProblems } from '../../validation/referenceProblems.ts'
import { isPublishing, refuseIfProblems } from '../../validation/refuse.ts'

/** A course is published only with at least one lesson, every one of them published. */
export const checkCourseBeforePublish: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!isPublishing(data)) return data
  const doc = { ...originalDoc, ...data }
  const lessons: unknown[] = Array.isArray(doc.lessons) ? doc.lessons : []
  if (lessons.length === 0) {
    refuseIfProblems('courses', [{ path: 'lessons', message: message(req, 'courseEmpty') }], req)
  }
  const problems = await referenceProblems(
    req,
    lessons.map((id) => ({ path: 'lessons', collection: 'lessons', id })),
  )
  refuseIfProblems('courses', problems, req)
  return data
}
