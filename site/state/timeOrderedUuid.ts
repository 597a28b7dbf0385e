const hex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/**
 * A lower-case UUID version 7 (RFC 9562): the clock's milliseconds in the first 48 bits,
 * then 74 random bits. Ids made later sort later, so a database index on them grows at its
 * end; random (version 4) ids touch a random index page each, which made storing an event
 * about four times dearer. Only getRandomValues is needed, so plain http works too.
 */
export function timeOrderedUuid(
  random: Pick<Crypto, 'getRandomValues'> = crypto,
  now: number = Date.now(),
): string {
  const bytes = random.getRandomValues(new Uint8Array(16))
  let ms = Math.max(0, Math.floor(now))
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256
    ms = Math.floor(ms / 256)
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  let id = ''
  for (let i = 0; i < 16; i++)
    id += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + hex[bytes[i]!]!
  return id
}
