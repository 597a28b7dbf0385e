/**
 * The site's words for the citizen's municipality (picker, local contact, "Mine data"), in
 * Danish. Spread into da.ts. `{name}` marks a value filled in by `format`.
 */
export const daMunicipality = {
  municipality: {
    phone: 'Telefon',
    email: 'E-mail',
    book: 'Book en samtale med en rådgiver',
    tooMany: 'Mange kommuner passer. Skriv mere af navnet.',
    region: 'Din kommune',
    current: 'Din kommune: {name}',
    change: 'Skift',
    changeLabel: 'Skift kommune',
    choose: 'Vælg din kommune',
    heading: 'Vælg din kommune',
    inputLabel: 'Kommune eller postnummer',
    inputHint: 'Skriv navnet på din kommune eller dit postnummer, fx Thisted eller 7700.',
    find: 'Find kommune',
    close: 'Luk',
    privacy:
      'Dit valg bliver gemt her på din enhed. Vi får det kun at vide, hvis du har slået deling af anonyme data til.',
    errorPrefix: 'Fejl:',
    errorEmpty: 'Skriv navnet på din kommune eller dit postnummer.',
    errorNoName: 'Vi kan ikke finde en kommune, der hedder "{typed}". Prøv med dit postnummer.',
    errorNoPostcode:
      'Vi kender ikke postnummeret {postcode}. Skriv navnet på din kommune i stedet.',
    choosePostcode: 'Postnummer {postcode} ligger i flere kommuner. Hvilken bor du i?',
    chooseName: 'Flere kommuner passer. Hvilken bor du i?',
    chooseOne: 'Vælg {name}',
    chosen: 'Din kommune er nu {name}.',
    notOnSite:
      '{name} er ikke med i Jobunivers endnu. Du ser derfor de fælles sider for hele landet. Kontakt dit jobcenter direkte.',
    forget: 'Glem min kommune',
    forgotten: 'Vi har glemt din kommune. Du ser de fælles sider for hele landet.',
    listLink: 'Se alle kommuner',
    findJobcentre: 'Find dit jobcenter',
    findJobcentreText:
      'Vælg din kommune, så viser vi dit jobcenters telefon, e-mail og åbningstider.',
    localHeading: 'Kontakt Jobcenter {name}',
    callLocal: 'Ring til Jobcenter {name} på {phone}.',
    loadError:
      'Vi kunne ikke hente oplysninger om din kommune lige nu. Du ser de fælles oplysninger.',
    localPages: 'Fra dit jobcenter',
    myDataNone: 'Du har ikke valgt en kommune.',
    myDataForget: 'Slet dit valg af kommune',
  },
}
