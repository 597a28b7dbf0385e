import http from 'node:http'

/** An answer as it came off the wire: no decompression, body as bytes. */
export type WireAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** A GET (or other method) over Node's http client, leaving the body exactly as sent. */
export function wire(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      )
      response.on('error', reject)
    })
    request.on('error', reject)
    request.setTimeout(10_000, () =>
      request.destroy(new Error(`${method} ${url}: no answer in 10 s`)),
    )
    request.end()
  })
}

/** The directives of a Content-Security-Policy value, by name. */
export function directives(csp: string | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) result[name] = values.join(' ')
  }
  return result
}
