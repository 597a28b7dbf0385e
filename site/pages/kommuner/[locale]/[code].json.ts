import type { APIRoute } from 'astro'
import { locales, type Locale } from '../../../../content-models/index.ts'
import { municipalityData } from '../../../municipality/data.ts'
import { allMunicipalities } from '../../../lib/entries.ts'

/** One file per municipality and locale: `/kommuner/da/787.json`, `/kommuner/en/787.json`. */
export async function getStaticPaths() {
  const municipalities = await allMunicipalities()
  return locales.flatMap((locale) =>
    municipalities.map((municipality) => ({
      params: { locale, code: municipality.code },
      props: { municipality },
    })),
  )
}

/** What the site knows about the municipality in the locale (MunicipalityData), read on the device once chosen. */
export const GET: APIRoute = async ({ params, props }) => {
  const { municipality } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props']
  return new Response(
    JSON.stringify(await municipalityData(municipality, params.locale as Locale)),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  )
}
