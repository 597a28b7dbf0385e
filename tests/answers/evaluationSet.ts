/** A citizen's question and the sources (`collection/slug`) that count as a right answer. */
export type EvaluationQuestion = { question: string; sources: string[] }

/** A question the site must not answer: nothing in its content is about it. */
export type OutOfScopeQuestion = { question: string; locale: 'da' | 'en' }
