/**
 * Sets the `connect-src` of the Content-Security-Policy in a `_headers` file to the site
 * itself plus the given origins (the tracking API; Algolia's hosts when configured), so the
 * policy the build ships matches the addresses it was built with.
 * @example withConnectSources(headers, ['https://tracking.example.dk'])
 */
export function withConnectSources(headers: string, origins: string[]): string {
  const sources = ["'self'", ...new Set(origins.map((origin) => new URL(origin).origin))]
  return headers.replace(/connect-src [^;\n]*/g, `connect-src ${sources.join(' ')}`)
}
