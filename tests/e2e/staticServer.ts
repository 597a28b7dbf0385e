import type { Server } from 'node:http'
import { serveSite } from '../../serve/siteServer.ts'

/**
 * Serves a built site folder on 127.0.0.1:`port` as the production static host does
 * (serve/: folder/index.html, 404.html, the `_headers` headers, gzip).
 */
export async function serveStatic(dir: string, port: number): Promise<Server> {
  return (await serveSite({ dir, port })).server
}
