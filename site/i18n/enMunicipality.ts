import type { daMunicipality } from './daMunicipality.ts'

type Shape = {
  [K in keyof typeof daMunicipality]: { [M in keyof (typeof daMunicipality)[K]]: string }
}

/** The site's words for the citizen's municipality, in English. Same keys as daMunicipality. */
export const enMunicipality: Shape = {
  municipality: {
    phone: 'Phone',
    email: 'E-mail',
    book: 'Book a meeting with an adviser',
    tooMany: 'Many municipalities fit. Type more of the name.',
    region: 'Your municipality',
    current: 'Your municipality: {name}',
    change: 'Change',
    changeLabel: 'Change municipality',
    choose: 'Choose your municipality',
    heading: 'Choose your municipality',
    inputLabel: 'Municipality or postcode',
    inputHint: 'Type the name of your municipality or your postcode, e.g. Thisted or 7700.',
    find: 'Find municipality',
    close: 'Close',
    privacy:
      'Your choice is kept on this device. We only learn it if you have turned on sharing of anonymous data.',
    errorPrefix: 'Error:',
    errorEmpty: 'Type the name of your municipality or your postcode.',
    errorNoName: 'We cannot find a municipality called "{typed}". Try your postcode.',
    errorNoPostcode: 'We do not know the postcode {postcode}. Type the name of your municipality.',
    choosePostcode:
      'Postcode {postcode} covers more than one municipality. Which one do you live in?',
    chooseName: 'More than one municipality fits. Which one do you live in?',
    chooseOne: 'Choose {name}',
    chosen: 'Your municipality is now {name}.',
    notOnSite:
      '{name} is not part of Jobunivers yet, so you see the pages shared by the whole country. Contact your jobcentre directly.',
    forget: 'Forget my municipality',
    forgotten:
      'We have forgotten your municipality. You see the pages shared by the whole country.',
    listLink: 'See all municipalities',
    findJobcentre: 'Find your jobcentre',
    findJobcentreText:
      "Choose your municipality, and we show your jobcentre's phone, e-mail and opening hours.",
    localHeading: 'Contact Jobcenter {name}',
    callLocal: 'Call Jobcenter {name} on {phone}.',
    loadError:
      'We could not fetch the details of your municipality just now. You see the shared details.',
    localPages: 'From your jobcentre',
    myDataNone: 'You have not chosen a municipality.',
    myDataForget: 'Delete your choice of municipality',
  },
}
