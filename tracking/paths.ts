import { fileURLToPath } from 'node:url'

/** The repository root (the folder above tracking/), whatever the working directory. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))
