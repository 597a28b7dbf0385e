import type { Flow } from '../../content-models/index.ts'
import type { FlowCatalog, FlowProblem, SlugList } from '../types.ts'
import { problem } from './problem.ts'

/** Content steps without content, and content references to documents not published. */
export function checkContent(flow: Flow, catalog: FlowCatalog): FlowProblem[] {
  const problems: FlowProblem[] = []
  flow.steps.forEach((step, at) => {
    const path = `steps[${at}].content`
    if (!step.content) {
      if (step.kind === 'content') problems.push(problem('content-missing', path, step.key))
      return
    }
    const { collection, slug } = step.content
    if (!includes(catalog[collection], slug)) {
      problems.push(problem('content-not-found', path, step.key, collection, slug))
    }
  })
  return problems
}

function includes(list: SlugList | undefined, slug: string): boolean {
  if (!list) return false
  return 'has' in list ? list.has(slug) : list.includes(slug)
}
