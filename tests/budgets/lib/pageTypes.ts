// Which kind of page a built page is, from its URL path (Danish and English routes).

/** Page kinds with their own JavaScript budget. */
export type PageKind = 'flow' | 'interactive content' | 'tool' | 'static'

const prefixes: [RegExp, PageKind][] = [
  [/^\/(?:forloeb|en\/flows)\//, 'flow'],
  // Ticking, "mark as done" and video progress need a little script of their own.
  [
    /^\/(?:laer|kurser|video|tjekliste|en\/(?:learn|courses|video|checklist))\//,
    'interactive content',
  ],
  // A municipality's own lessons (`/kommune/thisted/laer/…`) are lessons like the national ones.
  [/^\/(?:kommune\/[^/]+\/laer|en\/municipality\/[^/]+\/learn)\//, 'interactive content'],
  // Pages that are tools by nature: searching, showing and erasing the device's data.
  [/^\/(?:soeg|mine-data|spoerg|en\/(?:search|my-data|ask))(?:\/|$)/, 'tool'],
]

/** The kind of page at a URL path such as `/laer/din-a-kasse`; everything else is static. */
export function pageKindOf(path: string): PageKind {
  return prefixes.find(([pattern]) => pattern.test(path))?.[1] ?? 'static'
}
