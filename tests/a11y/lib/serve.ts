import type { Server } from 'node:http'
import { serveSite } from '../../../serve/siteServer.ts'

/**
 * Serves a built static site on 127.0.0.1:`port` with the site's own static host
 * (serve/): Astro's directory format, `404.html`, range requests for video, and the
 * headers of its `_headers` file, so the checks run under the production CSP.
 */
export async function serveStatic(dir: string, port: number): Promise<Server> {
  return (await serveSite({ dir, port })).server
}
