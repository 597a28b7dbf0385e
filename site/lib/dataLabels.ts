import type { Locale } from '../../content-models/index.ts'
import { messagesFor } from '../i18n/index.ts'
import type { DataLabels } from '../browser/myData/types.ts'
import { all, allLocalFlows, allScopes } from './entries.ts'
import { local } from './text.ts'

/** The readable names "Mine data" needs for every flow, question, option, step and document. */
export async function dataLabels(locale: Locale): Promise<DataLabels> {
  const t = messagesFor(locale)
  const text = (value: Parameters<typeof local<string>>[0]) => local(value, locale).value
  const labels: DataLabels = { flows: {}, content: {}, items: {} }
  for (const flow of await all('flows')) {
    labels.flows[flow.slug] = {
      title: text(flow.title),
      questions: Object.fromEntries(
        flow.questions.map((question) => [
          question.key,
          {
            prompt: text(question.prompt),
            options:
              question.type === 'yesno'
                ? { yes: t.flow.yes, no: t.flow.no }
                : Object.fromEntries(question.options.map((o) => [o.value, text(o.label)])),
          },
        ]),
      ),
      steps: Object.fromEntries(flow.steps.map((step) => [step.key, text(step.title)])),
    }
  }
  // A municipality's own steps, under the national flow they are added to.
  for (const version of await allLocalFlows()) {
    const steps = labels.flows[version.flow]?.steps
    for (const step of version.addedSteps) if (steps) steps[step.key] = text(step.title)
  }
  for (const collection of ['lessons', 'courses', 'videos', 'checklists'] as const) {
    for (const doc of await allScopes(collection))
      labels.content[`${collection}/${doc.slug}`] = text(doc.title)
  }
  for (const checklist of await allScopes('checklists')) {
    labels.items[checklist.slug] = Object.fromEntries(
      checklist.items.map((item) => [item.key, text(item.label)]),
    )
  }
  return labels
}
