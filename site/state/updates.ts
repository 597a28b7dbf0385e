import type { Answer, DeviceState } from './deviceState.ts'

/** The completed-ref of a document: `lessons/din-a-kasse`. */
export function contentKey(collection: string, slug: string): string {
  return `${collection}/${slug}`
}

/** The completed-ref of a flow step marked done by hand (contact, FAQ steps): `steps/<flow>/<key>`. */
export function stepKey(flow: string, key: string): string {
  return `steps/${flow}/${key}`
}

/** Marks a ref done or not done. */
export function setCompleted(state: DeviceState, ref: string, done: boolean): DeviceState {
  const rest = state.completed.filter((item) => item !== ref)
  return { ...state, completed: done ? [...rest, ref] : rest }
}

/** Ticks or unticks one checklist item. */
export function setChecked(
  state: DeviceState,
  checklist: string,
  item: string,
  ticked: boolean,
): DeviceState {
  const rest = (state.checked[checklist] ?? []).filter((key) => key !== item)
  return { ...state, checked: { ...state.checked, [checklist]: ticked ? [...rest, item] : rest } }
}

/** Replaces a flow's answers. */
export function setAnswers(
  state: DeviceState,
  flow: string,
  answers: Record<string, Answer>,
): DeviceState {
  return { ...state, answers: { ...state.answers, [flow]: answers } }
}

/** Sets the citizen's municipality (an official code), or forgets it with `null`. */
export function setMunicipality(state: DeviceState, code: string | null): DeviceState {
  const next = { ...state }
  delete next.municipality
  return code === null ? next : { ...next, municipality: code }
}
