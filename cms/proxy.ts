import { NextResponse, type NextRequest } from 'next/server'

/**
 * Refuses a request whose path is not valid percent-encoding (`/api/%E0%A4%A`) with 400
 * before any route sees it: Next's dynamic routes would otherwise fail decoding it and answer
 * 500. Everything else goes on unchanged.
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Ugyldig adresse / Malformed URL\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  return NextResponse.next()
}

/** Only the CMS's own routes: the admin and the API. */
export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
