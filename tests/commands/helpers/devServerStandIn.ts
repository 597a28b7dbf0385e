import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Something listening where Payload looks for Next's dev server (localhost:$PORT; 3000 is
 * where `npm start` runs the CMS): it accepts connections and never answers an upgrade, as a
 * running server without that route leaves it. Outside production Payload's getPayload opens a
 * hot-reload WebSocket there, and a one-off command that lets it stay open never exits.
 */
export async function devServerStandIn(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>()
  const server = http.createServer((_request, response) => response.end('ok'))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('upgrade', () => {
    // left hanging on purpose
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
