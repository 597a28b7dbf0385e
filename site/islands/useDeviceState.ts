import { useCallback, useEffect, useRef, useState } from 'react'
import type { DeviceState, ResetReason } from '../state/deviceState.ts'
import { loadState, onStateChange, writeState } from '../state/storage.ts'
import { whenPainted } from './whenPainted.ts'

/** The device state in a React island: null until mounted (the server knows nothing of it). */
export type DeviceHandle = {
  state: DeviceState
  reset: ResetReason | null
  update: (change: (state: DeviceState) => DeviceState) => void
}

/**
 * Reads the device state after mounting, follows changes from other tabs and from pages the
 * back button returns to, and writes every update: the island shows it at once, localStorage
 * gets it once the screen has painted (a synchronous write the next screen need not wait for).
 */
export function useDeviceState(): DeviceHandle | null {
  const [loaded, setLoaded] = useState<{ state: DeviceState; reset: ResetReason | null } | null>(
    null,
  )
  const current = useRef<DeviceState | null>(null)
  const unwritten = useRef<DeviceState | null>(null)
  useEffect(() => {
    const first = loadState()
    current.current = first.state
    setLoaded({ state: first.state, reset: first.reset })
    const off = onStateChange((state) => {
      // Our own write, already shown.
      if (state === current.current) return
      current.current = state
      setLoaded((before) => (before ? { ...before, state } : before))
    })
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return
      const again = loadState()
      current.current = again.state
      setLoaded((before) => ({ state: again.state, reset: before?.reset ?? again.reset }))
    }
    window.addEventListener('pageshow', onShow)
    return () => {
      off()
      window.removeEventListener('pageshow', onShow)
    }
  }, [])
  const update = useCallback((change: (state: DeviceState) => DeviceState) => {
    if (!current.current) return
    const next = change(current.current)
    current.current = next
    setLoaded((before) => (before ? { ...before, state: next } : before))
    unwritten.current = next
    whenPainted(() => {
      // A later update of this tab writes the state that includes this one.
      if (unwritten.current !== next) return
      unwritten.current = null
      writeState(next)
    })
  }, [])
  return loaded ? { ...loaded, update } : null
}
