/**
 * What the site keeps on the citizen's device, in one versioned localStorage value.
 * Pure: parsing, checking and updating; the browser glue is in ./storage.ts.
 */
import { stateVersion } from './keys.ts'
import { isMunicipalityCode } from './municipalityCodes.ts'

export { stateVersion, storageKey } from './keys.ts'

/** An answer to a screening question: one value, or several for a multi-choice question. */
export type Answer = string | string[]

/** Everything kept on the device. */
export type DeviceState = {
  version: typeof stateVersion
  /** The anonymous subject id: picks the A/B variant; never linked to a person. */
  subject: string
  /** Answers per flow slug, per question key. */
  answers: Record<string, Record<string, Answer>>
  /** What is done: content refs (`lessons/<slug>`) and steps marked by hand (`steps/<flow>/<key>`). */
  completed: string[]
  /** Ticked item keys per checklist slug. */
  checked: Record<string, string[]>
  /**
   * The citizen's municipality, one of the 98 official codes (`787` Thisted), when chosen. It
   * stays on the device; pages show its contact and local steps.
   */
  municipality?: string
}

/** Why a stored value was thrown away: it did not parse or check, or it has another version. */
export type ResetReason = 'corrupt' | 'outdated'

const subjectPattern = /^[A-Za-z0-9_-]{16,64}$/
const keyPattern = /^[A-Za-z0-9/_-]{1,200}$/
const maxEntries = 2000

/** True for a well-formed anonymous subject id (16–64 of `A–Z a–z 0–9 _ -`). */
export function isSubject(value: unknown): value is string {
  return typeof value === 'string' && subjectPattern.test(value)
}

/** A fresh state for a new subject. */
export function emptyState(subject: string): DeviceState {
  return { version: stateVersion, subject, answers: {}, completed: [], checked: {} }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isKeyList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= maxEntries &&
    value.every((item) => typeof item === 'string' && keyPattern.test(item))
  )
}

function isAnswers(value: unknown): value is DeviceState['answers'] {
  if (!isRecord(value)) return false
  return Object.entries(value).every(
    ([flow, answers]) =>
      keyPattern.test(flow) &&
      isRecord(answers) &&
      Object.entries(answers).every(
        ([key, answer]) =>
          keyPattern.test(key) && (typeof answer === 'string' || isKeyList(answer)),
      ),
  )
}

function isChecked(value: unknown): value is DeviceState['checked'] {
  return (
    isRecord(value) &&
    Object.entries(value).every(([slug, items]) => keyPattern.test(slug) && isKeyList(items))
  )
}

/**
 * Reads the stored value. Nothing stored gives a fresh state; a value that is not JSON or
 * not the right shape is `corrupt`, one of another version `outdated`: both give a fresh
 * state and a reason, so the site can say so. A municipality that is not an official code is
 * dropped alone, without a reset. Never throws.
 * @example parseState(null, () => 'a'.repeat(20)) // { state: fresh, reset: null }
 */
export function parseState(
  raw: string | null,
  newSubject: () => string,
): { state: DeviceState; reset: ResetReason | null } {
  if (raw === null) return { state: emptyState(newSubject()), reset: null }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { state: emptyState(newSubject()), reset: 'corrupt' }
  }
  if (!isRecord(value) || typeof value.version !== 'number')
    return { state: emptyState(newSubject()), reset: 'corrupt' }
  if (value.version !== stateVersion) return { state: emptyState(newSubject()), reset: 'outdated' }
  const { subject, answers, completed, checked } = value
  if (!isSubject(subject) || !isAnswers(answers) || !isKeyList(completed) || !isChecked(checked)) {
    return { state: emptyState(newSubject()), reset: 'corrupt' }
  }
  const state: DeviceState = {
    version: stateVersion,
    subject,
    answers,
    completed: [...new Set(completed)],
    checked,
  }
  // A code that is not one of the official ones is dropped on its own: the rest stays.
  if (isMunicipalityCode(value.municipality)) state.municipality = value.municipality
  return { state, reset: null }
}

/** The value to store. */
export function serializeState(state: DeviceState): string {
  return JSON.stringify(state)
}
