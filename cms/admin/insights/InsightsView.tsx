import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { AnswerGroupsSection } from './AnswerGroupsSection.tsx'
import { ExperimentSection } from './ExperimentSection.tsx'
import { groupsMessages } from './groupsMessages.ts'
import { planQuestions } from './planQuestions.ts'
import { questionWords, readGroups } from './readGroups.ts'
import { experimentMessages } from './experimentMessages.ts'
import { readExperiment } from './readExperiment.ts'
import { FunnelChart } from './FunnelChart.tsx'
import { insightsMessages } from './messages.ts'
import { insightsScope } from './insightsScope.ts'
import { municipalityMessages } from './municipalityMessages.ts'
import { MunicipalityPicker, ScopeLine } from './MunicipalityScope.tsx'
import { withStatsScope, type StatsScope } from './statsScope.ts'
import { QuestionsSection } from './QuestionsSection.tsx'
import { questionsMessages } from './questionsMessages.ts'
import { FlowsTable, StepsTable, VariantsTable } from './StatsTables.tsx'
import {
  trackingStats,
  type FlowsStats,
  type FlowStats,
  type QuestionStats,
  type StatsResult,
} from './trackingStats.ts'

/** Cells of our tables: padded, ruled, in the theme's text colour (see StatsTables). */
const tableCells =
  '[data-jf-table] th, [data-jf-table] td { padding: 6px 8px; text-align: left; border-bottom: 1px solid var(--theme-elevation-300); }'

const param = (value: string | string[] | undefined) =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * "Indsigt": how citizens fare per flow, from the tracking API's aggregates, for every logged-in
 * role. Every read asks for the user's scope, decided here on the server: a municipality's
 * staff see their municipality's numbers only; national staff and admins the national totals,
 * or the municipality they pick.
 */
export async function InsightsView(props: AdminViewServerProps) {
  const asked = param(props.searchParams?.municipality)
  const scope = await insightsScope(props.initPageResult.req, asked)
  return withStatsScope(scope, () => insightsPage(props, scope))
}

/** The page, read inside the user's scope (InsightsView). */
async function insightsPage(
  { initPageResult, params, searchParams }: AdminViewServerProps,
  scope: StatsScope,
) {
  const { req } = initPageResult
  const locale = req.i18n.language === 'en' ? 'en' : 'da'
  const t = insightsMessages[locale]
  const m = municipalityMessages[locale]
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <div data-jf-insights>
          <style>{tableCells}</style>
          <h1>{t.title}</h1>
          {children}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
  if (!req.user) return template(<p>{t.loginRequired}</p>)

  const from = param(searchParams?.from)
  const to = param(searchParams?.to)
  const flows = await req.payload.find({
    collection: 'flows',
    depth: 0,
    pagination: false,
    locale: req.locale ?? 'da',
    req,
    select: { title: true, slug: true, steps: true, questions: true, fallback: true },
  })
  const flowTitles = Object.fromEntries(
    flows.docs.flatMap((flow) => (flow.slug ? [[flow.slug, flow.title] as const] : [])),
  )
  const overview: StatsResult<FlowsStats> = await trackingStats<FlowsStats>('/v1/stats/flows', {
    from,
    to,
  })
  const questions = await trackingStats<QuestionStats>('/v1/stats/questions', { from, to })
  const selected = param(searchParams?.flow) ?? flows.docs[0]?.slug ?? undefined
  const detail = selected
    ? await trackingStats<FlowStats>(`/v1/stats/flows/${encodeURIComponent(selected)}`, {
        from,
        to,
      })
    : undefined
  const selectedFlow = flows.docs.find((flow) => flow.slug === selected)
  const experiment = selectedFlow ? await readExperiment(req, selectedFlow.id, from, to) : null
  const fallbackFlow = selectedFlow?.fallback?.flow
  const fallbackSlug = flows.docs.find((flow) => flow.id === fallbackFlow)?.slug ?? null
  const groups =
    selected && selectedFlow
      ? await readGroups(
          selected,
          fallbackSlug,
          { from, to },
          await planQuestions(req, selectedFlow.id),
        )
      : null
  const stepTitles = Object.fromEntries(
    (selectedFlow?.steps ?? []).map((step) => [step.key, step.title]),
  )

  if (!overview.ok) {
    return template(
      <p role="alert">
        {overview.reason === 'not-configured'
          ? t.notConfigured
          : overview.reason === 'out-of-scope'
            ? m.unresolved
            : `${t.unavailable} ${overview.detail ?? ''}`}
      </p>,
    )
  }
  return template(
    <>
      <p>{t.intro}</p>
      <ScopeLine scope={scope} t={m} />
      <form
        method="get"
        style={{ display: 'flex', gap: 16, alignItems: 'end', flexWrap: 'wrap', margin: '1rem 0' }}
      >
        <label>
          {t.flow}
          <br />
          <select name="flow" defaultValue={selected}>
            {flows.docs.map((flow) => (
              <option key={flow.id} value={flow.slug ?? ''}>
                {flow.title}
              </option>
            ))}
          </select>
        </label>
        <MunicipalityPicker scope={scope} t={m} />
        <label>
          {t.from}
          <br />
          <input type="date" name="from" defaultValue={from} />
        </label>
        <label>
          {t.to}
          <br />
          <input type="date" name="to" defaultValue={to} />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small">
          {t.show}
        </button>
      </form>
      <FlowsTable stats={overview.data} titles={flowTitles} t={t} />
      {detail?.ok ? (
        <section aria-labelledby="funnel-heading">
          <h2 id="funnel-heading">
            {t.funnel}: {flowTitles[detail.data.flow] ?? detail.data.flow}
          </h2>
          {detail.data.steps.length === 0 ? (
            <p>{t.noData}</p>
          ) : (
            <>
              <FunnelChart steps={detail.data.steps} titles={stepTitles} note={t.chartNote} />
              <StepsTable stats={detail.data} titles={stepTitles} t={t} />
            </>
          )}
          <VariantsTable stats={detail.data} t={t} />
          {experiment?.stats.ok ? (
            <ExperimentSection
              stats={experiment.stats.data}
              t={experimentMessages[locale]}
              locale={locale}
              hypothesis={experiment.hypothesis}
              since={experiment.since}
            />
          ) : null}
          {groups?.groups.ok ? (
            <AnswerGroupsSection
              stats={groups.groups.data}
              alternative={groups.alternative}
              words={questionWords(selectedFlow?.questions, groupsMessages[locale])}
              stepTitles={stepTitles}
              t={groupsMessages[locale]}
            />
          ) : null}
        </section>
      ) : detail ? (
        <p role="alert">
          {t.unavailable} {detail.detail}
        </p>
      ) : null}
      {questions.ok ? (
        <QuestionsSection stats={questions.data} t={questionsMessages[locale]} />
      ) : null}
    </>,
  )
}
