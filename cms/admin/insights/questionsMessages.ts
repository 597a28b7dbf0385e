type Texts = Record<
  | 'heading'
  | 'intro'
  | 'weeksCaption'
  | 'week'
  | 'weekOf'
  | 'asked'
  | 'answered'
  | 'share'
  | 'sourcesCaption'
  | 'source'
  | 'opened'
  | 'noQuestions'
  | 'noSources'
  | 'lessons'
  | 'faqs'
  | 'videos'
  | 'checklists'
  | 'courses',
  string
>

/** The "Spørg" section of Indsigt, in the editor's admin language. */
export const questionsMessages: { da: Texts; en: Texts } = {
  da: {
    heading: 'Spørg: får borgerne svar?',
    intro:
      'Hvert spørgsmål stillet i "Spørg" tæller som besvaret, når siden fandt et svar, og ellers som ikke besvaret. Selve spørgsmålet sendes aldrig. Kilderne er dem, borgerne åbnede fra et svar.',
    weeksCaption: 'Spørgsmål pr. uge',
    week: 'Uge',
    weekOf: 'Uge {week}, {year}',
    asked: 'Spørgsmål',
    answered: 'Besvaret',
    share: 'Andel besvaret',
    sourcesCaption: 'Kilder åbnet fra et svar',
    source: 'Kilde',
    opened: 'Åbnet',
    noQuestions: 'Ingen spørgsmål i perioden.',
    noSources: 'Ingen kilder åbnet i perioden.',
    lessons: 'Lektion',
    faqs: 'FAQ',
    videos: 'Video',
    checklists: 'Tjekliste',
    courses: 'Kursus',
  },
  en: {
    heading: 'Ask: do citizens get answers?',
    intro:
      'Each question asked in "Ask" counts as answered when the site found an answer, and otherwise as not answered. The question itself is never sent. The sources are those citizens opened from an answer.',
    weeksCaption: 'Questions per week',
    week: 'Week',
    weekOf: 'Week {week}, {year}',
    asked: 'Questions',
    answered: 'Answered',
    share: 'Share answered',
    sourcesCaption: 'Sources opened from an answer',
    source: 'Source',
    opened: 'Opened',
    noQuestions: 'No questions in the period.',
    noSources: 'No sources opened in the period.',
    lessons: 'Lesson',
    faqs: 'FAQ',
    videos: 'Video',
    checklists: 'Checklist',
    courses: 'Course',
  },
}

/** The "Spørg" texts in one language. */
export type QuestionsText = Texts
