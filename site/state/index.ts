/** The citizen's state on the device: one versioned localStorage value, checked on every read. */
export * from './deviceState.ts'
export * from './updates.ts'
export * from './flowState.ts'
export * from './screening.ts'
export { newSubject } from './subject.ts'
