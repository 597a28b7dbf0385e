import type { OutOfScopeQuestion } from './evaluationSet.ts'

/** Questions the site must answer with "no answer": weather, recipes, other authorities' matters. */
export const outOfScopeQuestions: OutOfScopeQuestion[] = [
  { question: 'hvordan bliver vejret i morgen', locale: 'da' },
  { question: 'opskrift på lasagne', locale: 'da' },
  { question: 'hvornår skal jeg forny mit pas', locale: 'da' },
  { question: 'hvordan får jeg et nyt sundhedskort', locale: 'da' },
  { question: 'hvor meget skal jeg betale i skat af min bil', locale: 'da' },
  { question: 'hvornår åbner genbrugspladsen', locale: 'da' },
  { question: 'kan jeg få boligstøtte til min lejlighed', locale: 'da' },
  { question: 'hvem vandt fodboldkampen i går', locale: 'da' },
  { question: 'hvordan søger jeg om børnepenge', locale: 'da' },
  { question: 'hej', locale: 'da' },
  { question: 'what is the weather tomorrow', locale: 'en' },
  { question: 'recipe for banana bread', locale: 'en' },
  { question: 'how do i renew my passport', locale: 'en' },
  { question: 'when is the recycling centre open', locale: 'en' },
]
