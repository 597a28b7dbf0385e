/** What one request to POST /v1/events may hold: 1–100 events in a JSON body of at most 64 KiB. */
export const eventBatchLimits = { minEvents: 1, maxEvents: 100, maxBytes: 64 * 1024 } as const
