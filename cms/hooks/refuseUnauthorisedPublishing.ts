import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { hasRole } from '../access/roles.ts'
import { message } from '../messages.ts'

/** Remembers whether this write only saves a draft; beforeChange cannot see the `draft` argument. */
export const rememberDraftArgument: CollectionBeforeOperationHook = ({
  args,
  context,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- only the 'read' member of Payload's operation union is deprecated, not the property
  operation,
}) => {
  if (operation === 'create' || operation === 'update') {
    context.savingDraft = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

/**
 * Editors may write drafts but never change what citizens see: publishing, unpublishing,
 * or saving straight over a published document is for publishers and admins. Writes without
 * a user (seeding, scheduled publishing) are the system's own.
 */
export const refuseUnauthorisedPublishing: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (!req.user || hasRole(req.user, 'admin', 'publisher')) return data
  const publishing = data._status === 'published'
  const changingLiveDocument =
    operation === 'update' &&
    !context.savingDraft &&
    (originalDoc as { _status?: unknown } | undefined)?._status === 'published'
  if (publishing || changingLiveDocument) {
    throw new APIError(message(req, 'publishNotAllowed'), 403, undefined, true)
  }
  return data
}
