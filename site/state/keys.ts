/** The localStorage key; the version in the key and in the value change together. */
export const storageKey = 'jobunivers:v1'

/** The event a page's scripts hear when the state changes (same tab); other tabs hear `storage`. */
export const changeEvent = 'jobunivers:state'

/** The shape version of the stored value. */
export const stateVersion = 1
