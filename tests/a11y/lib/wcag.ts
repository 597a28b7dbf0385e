/** WCAG 2.2 success criteria by number, with their names, for the report. */
const names: Record<string, string> = {
  '1.1.1': 'Non-text Content',
  '1.2.2': 'Captions (Prerecorded)',
  '1.3.1': 'Info and Relationships',
  '1.3.2': 'Meaningful Sequence',
  '1.3.4': 'Orientation',
  '1.3.5': 'Identify Input Purpose',
  '1.4.1': 'Use of Color',
  '1.4.2': 'Audio Control',
  '1.4.3': 'Contrast (Minimum)',
  '1.4.4': 'Resize Text',
  '1.4.10': 'Reflow',
  '1.4.11': 'Non-text Contrast',
  '1.4.12': 'Text Spacing',
  '2.1.1': 'Keyboard',
  '2.1.2': 'No Keyboard Trap',
  '2.2.1': 'Timing Adjustable',
  '2.2.2': 'Pause, Stop, Hide',
  '2.3.3': 'Animation from Interactions',
  '2.4.1': 'Bypass Blocks',
  '2.4.2': 'Page Titled',
  '2.4.3': 'Focus Order',
  '2.4.4': 'Link Purpose (In Context)',
  '2.4.6': 'Headings and Labels',
  '2.4.7': 'Focus Visible',
  '2.4.11': 'Focus Not Obscured (Minimum)',
  '2.5.3': 'Label in Name',
  '2.5.8': 'Target Size (Minimum)',
  '3.1.1': 'Language of Page',
  '3.1.2': 'Language of Parts',
  '3.2.2': 'On Input',
  '3.3.1': 'Error Identification',
  '3.3.2': 'Labels or Instructions',
  '4.1.1': 'Parsing',
  '4.1.2': 'Name, Role, Value',
  '4.1.3': 'Status Messages',
}

/** "1.4.3" → "1.4.3 Contrast (Minimum)"; unknown numbers stay as they are. */
export function criterionName(number: string): string {
  const name = names[number]
  return name ? `${number} ${name}` : number
}

/** The criterion of an axe rule from its tags (`wcag143` → 1.4.3), else "best practice". */
export function criterionFromAxeTags(tags: string[]): string {
  const tag = tags.find((t) => /^wcag\d{3,4}$/.test(t))
  if (!tag) return 'best practice'
  const digits = tag.slice(4)
  const number =
    digits.length === 3
      ? digits.split('').join('.')
      : `${digits[0]}.${digits[1]}.${digits.slice(2)}`
  return criterionName(number)
}

/** The criterion of an HTML_CodeSniffer code (`…Guideline1_4.1_4_3.G18.Fail` → 1.4.3). */
export function criterionFromHtmlcsCode(code: string): string {
  const match = /\.(\d+)_(\d+)_(\d+)\./.exec(code)
  return match ? criterionName(`${match[1]}.${match[2]}.${match[3]}`) : 'WCAG 2 AA'
}
