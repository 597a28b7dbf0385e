import { changeEvent, stateVersion, storageKey } from './keys.ts'
import { isMunicipalityCode } from './municipalityCodes.ts'

/**
 * The municipality code stored on the device, read without the rest of the state code (the
 * municipality line runs on every page and stays small): the same value `parseState` reads,
 * or undefined.
 */
export function storedMunicipality(): string | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null')
    if (typeof value !== 'object' || value === null) return undefined
    const { version, municipality } = value as { version?: unknown; municipality?: unknown }
    if (version !== stateVersion) return undefined
    return isMunicipalityCode(municipality) ? municipality : undefined
  } catch {
    return undefined
  }
}

/** Calls back with the stored code whenever the state changes, in this tab or another. */
export function onMunicipalityChange(listener: (code: string | undefined) => void): void {
  addEventListener(changeEvent, () => listener(storedMunicipality()))
  // "Slet alt" on Mine data clears the storage and says so with the sending state's event.
  addEventListener('jobunivers:tracking', () => listener(storedMunicipality()))
  addEventListener('storage', (event) => {
    if (event.key === storageKey || event.key === null) listener(storedMunicipality())
  })
}
