import type { PayloadRequest, TextFieldSingleValidation, Where } from 'payload'
import { municipalityCodePattern } from '../../../content-models/index.ts'
import { message } from '../../messages.ts'

/** The municipality already using this code, other than the one being saved. */
async function holderOf(
  req: PayloadRequest,
  code: string,
  id: string | number | undefined,
): Promise<string | undefined> {
  const sameCode: Where = { code: { equals: code } }
  const where: Where = id === undefined ? sameCode : { and: [sameCode, { id: { not_equals: id } }] }
  const { docs } = await req.payload.find({
    collection: 'municipalities',
    where,
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]?.name
}

/** Three digits, and no other municipality has the code (the database index is the last guard). */
export const validateMunicipalityCode: TextFieldSingleValidation = async (value, { req, id }) => {
  if (typeof value !== 'string' || !municipalityCodePattern.test(value)) {
    return message(req, 'municipalityCodeInvalid')
  }
  const name = await holderOf(req, value, id)
  return name === undefined ? true : message(req, 'municipalityCodeTaken', { code: value, name })
}
