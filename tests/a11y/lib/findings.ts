/** The layer of the accessibility checks a finding comes from. */
export type Layer = 'pages' | 'states' | 'keyboard' | 'checks'

/** One problem on one page in one state, in the words a tester reads in the report. */
export type Finding = {
  /** The rule that failed: an axe rule id, an HTML_CodeSniffer code or one of our own checks. */
  rule: string
  /** Which tool decided: `axe`, `htmlcs` or `site` (our own checks in tests/a11y/checks). */
  runner: 'axe' | 'htmlcs' | 'site'
  /** The WCAG success criterion, such as "1.4.3 Contrast (Minimum)". */
  criterion: string
  /** A CSS selector of the element. */
  element: string
  /** A short piece of the element's HTML. */
  html: string
  /** What is wrong. */
  message: string
  /** How to fix it. */
  fix: string
  /** The element's screenshot, relative to reports/a11y/, when one could be taken. */
  screenshot?: string
}

/** One page in one state that a layer checked, with the rules it ran and what failed. */
export type CheckRecord = {
  layer: Layer
  /** The path of the page, such as `/forloeb/ny-paa-dagpenge`. */
  page: string
  /** What the page showed, such as "question 2 of 3 at 320×640" or "as loaded". */
  state: string
  /** The rule ids that ran on it. */
  rules: string[]
  findings: Finding[]
}

/** One line per finding, for a failing test's message. */
export function describeFindings(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} [${f.criterion}] ${f.element}: ${f.message}`)
}
