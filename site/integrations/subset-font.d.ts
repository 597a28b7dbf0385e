// subset-font ships no types; only what subsetFonts.ts uses.
declare module 'subset-font' {
  /** Cuts a font (SFNT, WOFF or WOFF2) to the glyphs `text` needs, optionally in another format. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; noHinting?: boolean },
  ): Promise<Buffer>
}
