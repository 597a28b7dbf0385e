let tail: Promise<unknown> = Promise.resolve()

/**
 * Runs site builds one at a time in this process: public rebuilds and preview builds share
 * the build's media staging folder, so two at once would trample each other.
 */
export function withBuildLock<T>(build: () => Promise<T>): Promise<T> {
  const result = tail.then(build, build)
  tail = result.catch(() => undefined)
  return result
}
