'use client'
import { useSyncExternalStore } from 'react'

let shown = false
const listeners = new Set<() => void>()

/** Shows or hides every key field of the flow being edited (the "Avanceret" toggle). */
export function setShowKeys(value: boolean): void {
  shown = value
  for (const listener of listeners) listener()
}

/** Whether the flow's key fields are shown; shared by the toggle and every key field. */
export function useShowKeys(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => shown,
    () => false,
  )
}
