import type { Locale } from '../../content-models/browser.ts'
import { format, messagesFor } from '../i18n/index.ts'
import { joinWords } from '../i18n/joinWords.ts'
import { downloadText } from '../reminders/downloadText.ts'
import type { ReminderStep } from '../reminders/reminderEvents.ts'
import { remindersCalendar } from '../reminders/planReminders.ts'

type Props = {
  locale: Locale
  flow: { slug: string; title: string }
  /** The plan's open recurring steps; the offer shows only when there are any. */
  steps: readonly ReminderStep[]
}

/** "Tilføj påmindelser til din kalender": one .ics file made on the device, nothing sent. */
export function ReminderDownload({ locale, flow, steps }: Props) {
  const t = messagesFor(locale)
  if (steps.length === 0) return null
  const download = () => {
    // The calendar links back to each step's page: its address made absolute on this site.
    const linked = steps.map((step) => ({
      ...step,
      url: step.url === undefined ? undefined : new URL(step.url, location.href).href,
    }))
    const text = remindersCalendar(flow, linked, new Date(), location.host)
    downloadText(text, `${t.flow.remindersFile}-${flow.slug}.ics`, 'text/calendar;charset=utf-8')
  }
  return (
    <div className="jf-reminders">
      <p>
        <button type="button" className="button button-secondary" onClick={download}>
          {t.flow.addReminders}
        </button>
      </p>
      <p className="jf-task-meta">
        {format(t.flow.remindersHint, {
          steps: joinWords(
            steps.map((step) => step.title),
            locale,
          ),
        })}
      </p>
    </div>
  )
}
