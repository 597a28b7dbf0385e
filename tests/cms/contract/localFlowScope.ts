import type { CmsHarness } from '../harness.ts'
import { createFlow, createLocalFlow } from './localFlowFixtures.ts'
import { scopeMatrix, type MatrixSubject } from './scopeMatrix.ts'

/** Local flows: always a municipality's, each on a national flow of its own here. */
const localFlows: MatrixSubject = {
  collection: { slug: 'local-flows', graphqlPlural: 'LocalFlows', graphqlSingular: 'LocalFlow' },
  scopes: ['Thisted', 'Aarhus'],
  create: async (payload, status, municipality) =>
    (await createLocalFlow(payload, status, municipality)).id,
  newDocument: async (payload, municipality) => {
    const flow = (await createFlow(payload)).id
    return { data: { flow, municipality, hiddenSteps: [] }, find: { flow: { equals: flow } } }
  },
  change: {
    data: { hiddenSteps: ['a-kasse'] },
    shows: (doc) => Array.isArray(doc.hiddenSteps) && doc.hiddenSteps.includes('a-kasse'),
  },
}

/**
 * Who may do what with a municipality's local flows, over the Local API, REST and GraphQL: the
 * same rules as content (own municipality's staff write, another municipality's see nothing).
 */
export function localFlowScopeContract(cms: () => CmsHarness): void {
  scopeMatrix('local flows: who may do what where', cms, localFlows)
}
