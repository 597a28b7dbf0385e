import type { APIRoute } from 'astro'
import { municipalityList } from '../../municipality/data.ts'

/** `/kommuner/index.json`: the install's municipalities (code, name, address segment), for the citizen's choice. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await municipalityList()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
