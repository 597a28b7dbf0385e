import { describe, expect, it } from 'vitest'
import {
  emptyState,
  isSubject,
  parseState,
  serializeState,
  stateVersion,
  storageKey,
} from '../../site/state/deviceState.ts'
import { newSubject } from '../../site/state/subject.ts'
import { setAnswers, setChecked, setCompleted } from '../../site/state/updates.ts'

const subject = 'abcdefghijklmnop-1234'
const fresh = () => 'fresh-subject-0000000'

describe('device state', () => {
  it('uses one versioned key', () => {
    expect(storageKey).toBe('jobunivers:v1')
    expect(stateVersion).toBe(1)
  })

  it('starts fresh, without a notice, when nothing is stored', () => {
    expect(parseState(null, fresh)).toEqual({
      state: emptyState('fresh-subject-0000000'),
      reset: null,
    })
  })

  it('reads back what it wrote', () => {
    let state = emptyState(subject)
    state = setAnswers(state, 'ny-paa-dagpenge', { 'meldt-ledig': 'no', samtaler: 'ingen' })
    state = setCompleted(state, 'lessons/din-a-kasse', true)
    state = setChecked(state, 'god-ansoegning', 'krav', true)
    expect(parseState(serializeState(state), fresh)).toEqual({ state, reset: null })
  })

  it.each([
    ['text that is not JSON', '{not json'],
    ['JSON that is not an object', '[1,2,3]'],
    ['an object without a version', '{"subject":"abcdefghijklmnop"}'],
    ['a subject that is too short', JSON.stringify({ ...emptyState('short'), subject: 'short' })],
    [
      'answers of the wrong type',
      JSON.stringify({ ...emptyState(subject), answers: { flow: { q: 3 } } }),
    ],
    [
      'completed that is not a list',
      JSON.stringify({ ...emptyState(subject), completed: 'lessons/x' }),
    ],
    ['ticks with odd keys', JSON.stringify({ ...emptyState(subject), checked: { 'a b': ['x'] } })],
  ])('resets %s as corrupt, with a fresh subject', (_case, raw) => {
    const { state, reset } = parseState(raw, fresh)
    expect(reset).toBe('corrupt')
    expect(state).toEqual(emptyState('fresh-subject-0000000'))
  })

  it('resets a value of another version as outdated', () => {
    const old = JSON.stringify({ version: 0, answers: [] })
    expect(parseState(old, fresh).reset).toBe('outdated')
    expect(parseState(JSON.stringify({ ...emptyState(subject), version: 2 }), fresh).reset).toBe(
      'outdated',
    )
  })

  it('drops duplicate completed refs', () => {
    const raw = JSON.stringify({ ...emptyState(subject), completed: ['lessons/a', 'lessons/a'] })
    expect(parseState(raw, fresh).state.completed).toEqual(['lessons/a'])
  })

  it('makes subject ids of 16–64 letters, digits, _ and -', () => {
    expect(isSubject(newSubject())).toBe(true)
    expect(newSubject(crypto, Date.UTC(2026, 0, 1))).toMatch(/^019b76da-a800-7/)
    expect(isSubject('x'.repeat(15))).toBe(false)
    expect(isSubject('x'.repeat(65))).toBe(false)
    expect(isSubject('has space in it 12')).toBe(false)
  })

  it('unticks and un-completes', () => {
    let state = setChecked(emptyState(subject), 'liste', 'a', true)
    state = setChecked(state, 'liste', 'a', false)
    expect(state.checked.liste).toEqual([])
    expect(setCompleted(setCompleted(state, 'x/y', true), 'x/y', false).completed).toEqual([])
  })
})
