import type { Variant } from '../content-models/index.ts'

/**
 * A number from 0 to 9,999 for a subject in a flow, the same in every browser and in Node:
 * FNV-1a over the UTF-16 code units of `flowSlug + ':' + subject`, then murmur3's final mix
 * (FNV-1a alone leaves the low bits poorly spread for ids that differ in their last letters).
 */
export function variantBucket(subject: string, flowSlug: string): number {
  const text = `${flowSlug}:${subject}`
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return (hash >>> 0) % 10_000
}

/**
 * The variant a subject sees: variants take consecutive slices of 0–100 % by their shares.
 * Null when the flow has no variants, or the shares leave the subject's point uncovered.
 */
export function pickVariant(
  variants: readonly Variant[] | undefined,
  subject: string,
  flowSlug: string,
): Variant | null {
  if (!variants || variants.length === 0) return null
  const point = variantBucket(subject, flowSlug) / 100
  let upTo = 0
  for (const variant of variants) {
    upTo += Number.isFinite(variant.share) ? variant.share : 0
    if (point < upTo) return variant
  }
  return null
}
