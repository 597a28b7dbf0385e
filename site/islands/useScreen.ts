import { useCallback, useEffect, useRef, useState } from 'react'
import type { Screen } from '../state/screening.ts'

type Entry = { jfScreen: Screen; jfDepth: number }

function entryOf(value: unknown): Entry | null {
  if (typeof value !== 'object' || value === null || !('jfScreen' in value)) return null
  return value as Entry
}

/**
 * The screen the flow island shows, kept in the browser history so the back button walks
 * back through the questions (GOV.UK: one thing per page, and back works).
 * `moved` is true once the citizen has changed screen, so focus moves only then.
 */
export function useScreen(isValid: (screen: Screen) => boolean, initial: (() => Screen) | null) {
  const [screen, setScreen] = useState<Screen | null>(null)
  const moved = useRef(false)
  useEffect(() => {
    if (!initial || screen) return
    const kept = entryOf(history.state)
    const start = kept && isValid(kept.jfScreen) ? kept.jfScreen : initial()
    history.replaceState({ ...history.state, jfScreen: start, jfDepth: kept?.jfDepth ?? 0 }, '')
    setScreen(start)
  }, [initial, isValid, screen])
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const entry = entryOf(event.state)
      if (!entry || !isValid(entry.jfScreen)) return
      moved.current = true
      setScreen(entry.jfScreen)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [isValid])
  const go = useCallback((next: Screen) => {
    const depth = entryOf(history.state)?.jfDepth ?? 0
    history.pushState({ jfScreen: next, jfDepth: depth + 1 }, '')
    moved.current = true
    setScreen(next)
  }, [])
  /** Back to `previous`: through the history when we put an entry there, else in place. */
  const back = useCallback((previous: Screen) => {
    moved.current = true
    if ((entryOf(history.state)?.jfDepth ?? 0) > 0) {
      history.back()
      return
    }
    history.replaceState({ jfScreen: previous, jfDepth: 0 }, '')
    setScreen(previous)
  }, [])
  return { screen, go, back, moved }
}
