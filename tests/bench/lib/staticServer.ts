// The bench serves the built site with the site's own static host (serve/), on
// 127.0.0.1 and a free port, so it never touches port 4321 or dist/: gzip and the cache
// headers of `_headers`, as a production host serves citizens.
import { serveSite } from '../../../serve/siteServer.ts'

/** A running server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export type StaticServer = { origin: string; close: () => Promise<void> }

/** Serves `root` until `close()`; unknown paths answer 404 with the site's 404.html. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const { origin, close } = await serveSite({ dir: root, port: 0 })
  return { origin, close }
}
