import type { Locale } from '../../content-models/index.ts'

const da = {
  lead: 'Her finder du {name}s jobcenter og de sider, kommunen selv har skrevet. Resten af Jobunivers gælder i hele landet.',
  contactHeading: 'Kontakt jobcentret',
  openingHours: 'Åbningstider',
  accessibilityHeading: 'Hvis noget er svært',
  localHeading: 'Kun for {name}',
  noLocalPages: 'Kommunen har ikke skrevet egne sider endnu.',
  nationalLink: 'Se alt det, der gælder i hele landet',
  from: 'Fra {name}',
  listTitle: 'Find dit jobcenter',
  listLead:
    'Vælg din kommune. Så ser du dit jobcenters telefon, åbningstider og kommunens egne sider.',
  notListed:
    'Er din kommune ikke på listen? Så er den ikke med i Jobunivers endnu. Du kan stadig bruge alt det, der gælder i hele landet.',
}

const en: typeof da = {
  lead: 'Here you find the jobcentre of {name} and the pages the municipality wrote itself. The rest of Jobunivers applies everywhere in Denmark.',
  contactHeading: 'Contact the jobcentre',
  openingHours: 'Opening hours',
  accessibilityHeading: 'If something is hard',
  localHeading: 'Only for {name}',
  noLocalPages: 'The municipality has not written pages of its own yet.',
  nationalLink: 'See everything that applies in all of Denmark',
  from: 'From {name}',
  listTitle: 'Find your jobcentre',
  listLead:
    'Choose your municipality to see your jobcentre’s phone, opening hours and the municipality’s own pages.',
  notListed:
    'Is your municipality not on the list? Then it is not part of Jobunivers yet. You can still use everything that applies in all of Denmark.',
}

/** The texts of a municipality's own pages (its landing page, the note on a local page), Danish and English. */
export function municipalityTexts(locale: Locale): typeof da {
  return locale === 'da' ? da : en
}
