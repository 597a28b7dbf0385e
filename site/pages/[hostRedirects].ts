/** `_redirects` (Netlify's format): a permanent redirect per old address of a renamed document. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { oldAddresses } from '../lib/redirectList.ts'
import { netlifyRedirects } from '../lib/redirects.ts'

/** The one file this route writes: `_redirects`. */
export const getStaticPaths = (() => [
  { params: { hostRedirects: '_redirects' } },
]) satisfies GetStaticPaths

/** The redirect rules of every old address. */
export const GET: APIRoute = async () =>
  new Response(netlifyRedirects(await oldAddresses()), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
