import type { CollectionBeforeValidateHook } from 'payload'
import { fillFlowKeys } from './flowKeys.ts'

/**
 * Before validation: every question, option and step without a key gets one made from its
 * title, as slugs are. Keys already there never change, so rules keep working when a title
 * is reworded.
 */
export const fillKeysOnSave: CollectionBeforeValidateHook = ({ data }) =>
  data ? fillFlowKeys(data) : data
