import type { CSSProperties } from 'react'

/** Shared looks of our admin components, on Payload's theme variables (contrast checked with axe). */
export const styles = {
  box: {
    border: '1px solid var(--theme-elevation-400)',
    borderRadius: 4,
    padding: '12px 16px',
    margin: '8px 0 16px',
    background: 'var(--theme-elevation-0)',
    color: 'var(--theme-text)',
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '6px 0' },
  select: {
    font: 'inherit',
    color: 'var(--theme-text)',
    background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    border: '1px solid var(--theme-elevation-600)',
    borderRadius: 3,
    padding: '4px 6px',
    maxWidth: '100%',
  },
  word: { fontWeight: 600 },
  list: {
    listStyle: 'none',
    margin: '4px 0',
    padding: '0 0 0 16px',
    borderLeft: '3px solid var(--theme-elevation-300)',
  },
  warning: {
    color: 'var(--theme-error-750, #8a1c1c)',
    background: 'var(--theme-error-50, #fdecec)',
    border: '1px solid var(--theme-error-500, #b42318)',
    borderRadius: 3,
    padding: '4px 8px',
    margin: '4px 0',
  },
  button: {
    font: 'inherit',
    fontSize: '0.9em',
    color: 'var(--theme-text)',
    background: 'var(--theme-elevation-50)',
    border: '1px solid var(--theme-elevation-600)',
    borderRadius: 3,
    padding: '3px 10px',
    cursor: 'pointer',
  },
  muted: { color: 'var(--theme-elevation-800)' },
  /** Checkboxes and radios at 24 × 24 px, the WCAG 2.2 minimum target size. */
  check: { width: 24, height: 24, margin: 0, flex: 'none' },
} satisfies Record<string, CSSProperties>
