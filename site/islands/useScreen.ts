import { useCallback, useEffect, useRef, useState } from 'react'
import type { Screen } from '../../flows/index.ts'
import { whenPainted } from './whenPainted.ts'

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
  /** Cancels the history entry of the screen just shown, while it still waits for the paint. */
  const unpushed = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (!initial || screen) return
    const kept = entryOf(history.state)
    const start = kept && isValid(kept.jfScreen) ? kept.jfScreen : initial()
    history.replaceState({ ...history.state, jfScreen: start, jfDepth: kept?.jfDepth ?? 0 }, '')
    setScreen(start)
  }, [initial, isValid, screen])
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      // Back before the new screen's entry was added: that entry never belonged in the history.
      unpushed.current?.()
      unpushed.current = null
      const entry = entryOf(event.state)
      if (!entry || !isValid(entry.jfScreen)) return
      moved.current = true
      setScreen(entry.jfScreen)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [isValid])
  const go = useCallback((next: Screen) => {
    moved.current = true
    setScreen(next)
    // pushState is synchronous work (Chromium starts a same-document navigation) the screen
    // need not wait for.
    const push = () => {
      unpushed.current = null
      const depth = entryOf(history.state)?.jfDepth ?? 0
      history.pushState({ jfScreen: next, jfDepth: depth + 1 }, '')
    }
    unpushed.current = whenPainted(push)
  }, [])
  /** Back to `previous`: through the history when we put an entry there, else in place. */
  const back = useCallback((previous: Screen) => {
    moved.current = true
    if (unpushed.current) {
      // The entry of the screen being left was never added: the history stands at `previous`.
      unpushed.current()
      unpushed.current = null
      setScreen(previous)
      return
    }
    if ((entryOf(history.state)?.jfDepth ?? 0) > 0) {
      history.back()
      return
    }
    history.replaceState({ jfScreen: previous, jfDepth: 0 }, '')
    setScreen(previous)
  }, [])
  return { screen, go, back, moved }
}
