/** The localStorage key of the sending state; the version in the key and the value change together. */
export const trackingKey = 'jobunivers:tracking:v1'
