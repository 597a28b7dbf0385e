import net from 'node:net'

/** What came back on a raw socket: the status (0 when the server closed without one). */
export type RawAnswer = { status: number; head: string; body: string; closed: boolean }

/**
 * Sends `request` byte for byte on a fresh TCP connection (fetch refuses to send malformed
 * targets, NUL bytes or bare methods) and reads until the server closes or `timeoutMs` pass.
 */
export function rawRequest(
  origin: string,
  request: string | Buffer,
  timeoutMs = 5_000,
): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname)
    const chunks: Buffer[] = []
    let closed = false
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('latin1')
      const split = text.indexOf('\r\n\r\n')
      const head = split < 0 ? text : text.slice(0, split)
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)
      resolve({ status, head, body: split < 0 ? '' : text.slice(split + 4), closed })
    }
    const timer = setTimeout(finish, timeoutMs)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('end', () => {
      closed = true
      finish()
    })
    socket.on('error', () => {
      closed = true
      finish()
    })
    socket.write(request)
  })
}

/** A one-request HTTP/1.1 message with `Connection: close`. */
export function message(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`)
  return `${lines.join('\r\n')}\r\n\r\n${body}`
}

/** A header value from a raw answer's head (first occurrence, case-insensitive). */
export function headerOf(answer: RawAnswer, name: string): string | undefined {
  const line = answer.head
    .split('\r\n')
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line?.slice(name.length + 1).trim()
}
