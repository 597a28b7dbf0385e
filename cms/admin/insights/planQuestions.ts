import type { PayloadRequest } from 'payload'
import { mapPaths } from '../../../flows/pathMap/index.ts'
import { toEngineFlow } from '../../collections/Flows/toEngineFlow.ts'

/**
 * The questions whose answers change a flow's plan (the path map's `changesPlan`): citizens
 * who agree on these get the same plan, so Indsigt groups them by these alone. Undefined when
 * the map is incomplete or no question changes the plan (then every answer groups).
 */
export async function planQuestions(
  req: PayloadRequest,
  id: number | string,
): Promise<string[] | undefined> {
  try {
    const doc = await req.payload.findByID({ collection: 'flows', id, depth: 0, req })
    const map = mapPaths(await toEngineFlow(req, doc as unknown as Record<string, unknown>))
    if (!map.complete) return undefined
    const keys = map.questions.filter((question) => question.changesPlan).map(({ key }) => key)
    return keys.length > 0 ? keys : undefined
  } catch {
    return undefined
  }
}
