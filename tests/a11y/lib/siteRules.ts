import { criterionName } from './wcag.ts'

/** A check of our own: the criterion it tests and how to fix what it finds. */
export type SiteRule = { criterion: string; fix: string }

/** Every check of our own (tests/a11y/checks), by id. */
export const siteRules = {
  'heading-one-h1': {
    criterion: criterionName('1.3.1'),
    fix: 'Give the page exactly one h1: its title. Other headings start at h2.',
  },
  'heading-levels': {
    criterion: criterionName('1.3.1'),
    fix: 'Do not skip heading levels: after an h1 comes an h2, after an h2 an h2 or h3. Change the level, not the look (style the heading with a class).',
  },
  'lang-valid': {
    criterion: criterionName('3.1.1'),
    fix: 'Set lang="da" on Danish pages and lang="en" on English pages; lang attributes inside use da or en.',
  },
  'lang-fallback': {
    criterion: criterionName('3.1.2'),
    fix: 'Text that falls back to Danish on an English page needs lang="da" on its element (the site marks fallbacks from local(); check the component renders `lang={x.lang}`).',
  },
  'target-size': {
    criterion: criterionName('2.5.8'),
    fix: 'Make the target at least 24×24 CSS px (padding or min-height), or keep 24 px of space around it. Links inside a sentence are exempt.',
  },
  'text-resize': {
    criterion: criterionName('1.4.4'),
    fix: 'Size text and boxes in rem, not px; let boxes grow in height (no fixed height, no overflow: hidden on text).',
  },
  reflow: {
    criterion: criterionName('1.4.10'),
    fix: 'At 320 CSS px nothing may need horizontal scrolling: let rows wrap (flex-wrap, grid auto-fill), allow long words to break (overflow-wrap).',
  },
  'reduced-motion': {
    criterion: `${criterionName('2.3.3')} (AAA; the site promises prefers-reduced-motion)`,
    fix: 'Inside @media (prefers-reduced-motion: reduce) turn off animations, moving transitions and smooth scrolling; never autoplay video.',
  },
  'captions-track': {
    criterion: criterionName('1.2.2'),
    fix: 'Give every <video> a <track kind="captions" srclang label src> per locale whose WebVTT file loads and parses (publish it from the CMS with the video).',
  },
  'focus-visible': {
    criterion: criterionName('2.4.7'),
    fix: 'Keep the DKFDS focus style (outline) on every focusable element; do not set outline: none without a replacement such as a box-shadow.',
  },
  'focus-not-obscured': {
    criterion: criterionName('2.4.11'),
    fix: 'The focused element must be on screen and not hidden behind a sticky header or banner; add scroll-margin or scroll it into view.',
  },
  'keyboard-trap': {
    criterion: criterionName('2.1.2'),
    fix: 'Let Tab and Shift+Tab leave every component. A dialog that keeps focus must close with Escape and a button.',
  },
  'keyboard-reach': {
    criterion: criterionName('2.1.1'),
    fix: 'Every link, button and field must be reachable with Tab. Do not use tabindex="-1" on things a person operates.',
  },
  'skip-link': {
    criterion: criterionName('2.4.1'),
    fix: 'The first Tab stop is the skip link; Enter moves focus to <main id="main" tabindex="-1">.',
  },
  'focus-order': {
    criterion: criterionName('2.4.3'),
    fix: 'After an action focus goes where the person continues: the new screen heading, the error summary, the next control.',
  },
} satisfies Record<string, SiteRule>

/** The id of a check of our own. */
export type SiteRuleId = keyof typeof siteRules
