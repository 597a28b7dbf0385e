// A new event id is a time-ordered UUID, so the tracking store's id index grows at its end.
export { timeOrderedUuid as newEventId } from '../state/timeOrderedUuid.ts'
