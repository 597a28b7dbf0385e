import { isSubject } from './deviceState.ts'

/**
 * A new anonymous subject id: a random UUID (36 characters of hex digits and hyphens),
 * or 32 random hex digits where randomUUID is missing (older browsers, plain http).
 */
export function newSubject(
  random: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  const id = typeof random.randomUUID === 'function' ? random.randomUUID() : ''
  if (isSubject(id)) return id
  const bytes = random.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
