/**
 * A static redirect page at every old address of a renamed document, in both languages
 * (`/laer/gammel` → `/laer/ny`). An endpoint rather than a page, so the sitemap leaves it out.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { oldAddresses } from '../lib/redirectList.ts'
import { redirectPage } from '../lib/redirectPage.ts'
import type { Redirect } from '../lib/redirects.ts'

/** One page per old address, the redirect it makes as its props. */
export const getStaticPaths = (async () =>
  (await oldAddresses()).map((redirect) => ({
    params: { oldAddress: `${redirect.from.slice(1)}/index.html` },
    props: { redirect },
  }))) satisfies GetStaticPaths

/** The redirect page of one old address. */
export const GET: APIRoute = ({ props, site }) => {
  const { redirect } = props as { redirect: Redirect }
  return new Response(redirectPage(redirect, site ?? 'http://localhost:4321'), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  })
}
