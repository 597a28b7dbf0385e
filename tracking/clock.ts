/** Where the service reads the time; tests pass a clock they control. */
export type Clock = { now(): number }

/** The real clock. */
export const systemClock: Clock = {
  /** Milliseconds since the epoch. */
  now: () => Date.now(),
}
