/** Consented progress events: building, queueing on the device, and sending to the tracking API. */
export { track } from './track.ts'
export { flush, scheduleFlush, startSender } from './sender.ts'
export { loadTracking, saveTracking, updateTracking, onTrackingChange } from './storage.ts'
export { setConsent, trackingKey, emptyTracking, parseTracking } from './trackingState.ts'
export { trackingApi, serverMessage } from './endpoint.ts'
export type { TrackingEvent, TrackingState, EventInput } from './types.ts'
