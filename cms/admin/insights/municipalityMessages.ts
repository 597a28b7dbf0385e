type Texts = {
  /** The picker's label. */
  municipality: string
  /** The picker's first choice: every municipality together. */
  national: string
  /** Above the numbers: national totals. */
  showsNational: string
  /** Above the numbers: one municipality a national editor picked ({name}, {code}). */
  showsPicked: string
  /** Above the numbers: a municipality's editor's own municipality ({name}, {code}). */
  showsOwn: string
  /** A municipality's editor whose municipality has no official code. */
  unresolved: string
}

/** The texts about whose numbers Indsigt shows, in the editor's admin language. */
export const municipalityMessages: { da: Texts; en: Texts } = {
  da: {
    municipality: 'Kommune',
    national: 'Hele landet',
    showsNational: 'Tallene gælder hele landet: alle kommuner tilsammen.',
    showsPicked: 'Tallene gælder kun {name} ({code}).',
    showsOwn:
      'Tallene gælder din kommune: {name} ({code}). Andre kommuners tal og landstal vises ikke.',
    unresolved:
      'Din bruger hører til en kommune uden gyldig kommunekode, så Indsigt kan ikke vise tal. Kontakt en administrator.',
  },
  en: {
    municipality: 'Municipality',
    national: 'All of Denmark',
    showsNational: 'The numbers cover all of Denmark: every municipality together.',
    showsPicked: 'The numbers cover {name} ({code}) only.',
    showsOwn:
      "The numbers cover your municipality: {name} ({code}). Other municipalities' numbers and national totals are not shown.",
    unresolved:
      'Your user belongs to a municipality without a valid municipality code, so Insights cannot show numbers. Contact an administrator.',
  },
}

/** The texts about municipalities in one language. */
export type MunicipalityText = Texts
