/**
 * The WCAG levels we promise (docs/accessibility.md), as axe tags: 2.0, 2.1 and 2.2, A and AA.
 * (axe tags no rule `wcag22a`, so that tag would add nothing.)
 */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
