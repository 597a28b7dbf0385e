import type { PayloadRequest } from 'payload'

/** Every message an editor reads from our own validation, in Danish and English. */
export const messages = {
  altTextMissing: {
    da: 'Billedet mangler en alternativ tekst. Beskriv billedet, eller markér det som pynt.',
    en: 'The image has no alt text. Describe the image, or mark it as decorative.',
  },
  altTextMissingDanish: {
    da: 'Billedet mangler en alternativ tekst på dansk. Skriv den på dansk først, eller markér billedet som pynt.',
    en: 'The image has no Danish alt text. Write it in Danish first, or mark the image as decorative.',
  },
  captionsMissing: {
    da: 'Videoen mangler danske undertekster (en WebVTT-fil). Uden dem kan døve og hørehæmmede ikke følge med.',
    en: 'The video has no Danish captions (a WebVTT file). Without them, deaf and hard-of-hearing citizens cannot follow it.',
  },
  transcriptMissing: {
    da: 'Videoen mangler en dansk udskrift. Skriv, hvad der bliver sagt og vist i videoen.',
    en: 'The video has no Danish transcript. Write down what is said and shown in the video.',
  },
  videoSourceMissing: {
    da: 'Vælg en videofil, eller skriv adressen på en video, vi selv har.',
    en: 'Choose a video file, or enter the address of a video we host ourselves.',
  },
  videoAddressNotPlayable: {
    da: 'Adressen skal pege på en MP4- eller WebM-fil, fx https://video.eksempel.dk/jobloggen.mp4.',
    en: 'The address must point to an MP4 or WebM file, e.g. https://video.example.dk/joblog.mp4.',
  },
  videoDurationMissing: {
    da: 'Skriv, hvor mange sekunder videoen varer.',
    en: 'Enter how many seconds the video lasts.',
  },
  captionsInvalid: {
    da: 'Filen er ikke gyldig WebVTT: {problem}',
    en: 'The file is not valid WebVTT: {problem}',
  },
  referenceUnpublished: {
    da: '"{title}" er ikke udgivet endnu. Udgiv det først, eller fjern henvisningen.',
    en: '"{title}" is not published yet. Publish it first, or remove the reference.',
  },
  referenceDeleted: {
    da: 'Henvisningen peger på noget, der er slettet. Vælg et andet dokument, eller fjern henvisningen.',
    en: 'The reference points at something that has been deleted. Choose another document, or remove the reference.',
  },
  courseEmpty: {
    da: 'Et kursus skal have mindst én lektion.',
    en: 'A course needs at least one lesson.',
  },
  duplicateItemKey: {
    da: 'Nøglen "{key}" bruges allerede af et andet punkt i tjeklisten. Giv hvert punkt sin egen nøgle.',
    en: 'The key "{key}" is already used by another item in the checklist. Give each item its own key.',
  },
  readabilityTooHard: {
    da: 'Teksten er for svær at læse: LIX {lix}, grænsen er {limit}. Brug kortere sætninger og kortere ord, eller lad en udgiver skrive en begrundelse.',
    en: 'The text is too hard to read: LIX {lix}, the limit is {limit}. Use shorter sentences and shorter words, or ask a publisher to write a reason.',
  },
  firstHeadingTooDeep: {
    da: 'Den første overskrift, "{heading}", er H{level}. Sidens titel er H1, så start med H2.',
    en: 'The first heading, "{heading}", is H{level}. The page title is H1, so start with H2.',
  },
  headingSkipsLevel: {
    da: 'Overskriften "{heading}" er H{level}, men overskriften før den er H{previous}. Brug H{next}, så skærmlæsere kan følge opbygningen.',
    en: 'The heading "{heading}" is H{level}, but the heading before it is H{previous}. Use H{next}, so screen readers can follow the structure.',
  },
  linkWithoutText: {
    da: 'Et link har ingen tekst. Skriv, hvor linket fører hen.',
    en: 'A link has no text. Write where the link goes.',
  },
  linkTextVague: {
    da: 'Linkteksten "{text}" siger ikke, hvor linket fører hen. Skriv fx "Læs om dagpenge på borger.dk".',
    en: 'The link text "{text}" does not say where the link goes. Write e.g. "Read about unemployment benefits on borger.dk".',
  },
  linkTextIsAddress: {
    da: 'Linkteksten er en webadresse: "{text}". Skriv i stedet, hvor linket fører hen. En skærmlæser læser adressen op tegn for tegn.',
    en: 'The link text is a web address: "{text}". Write where the link goes instead. A screen reader reads the address out character by character.',
  },
  publishNotAllowed: {
    da: 'Du kan gemme kladder, men kun en udgiver kan udgive eller afpublicere.',
    en: 'You can save drafts, but only a publisher can publish or unpublish.',
  },
  overrideNotAllowed: {
    da: 'Kun en udgiver kan godkende en tekst, der er over LIX-grænsen.',
    en: 'Only a publisher can approve a text that is over the LIX limit.',
  },
  slugTaken: {
    da: 'Adressen "{slug}" bruges allerede. Vælg en anden.',
    en: 'The address "{slug}" is already in use. Choose another.',
  },
  slugInvalid: {
    da: 'Adressen må kun have små bogstaver a–z, tal og bindestreger.',
    en: 'The address may only contain lower-case letters a–z, digits and hyphens.',
  },
  variantSharesNot100: {
    da: 'Varianternes andele skal give 100 % tilsammen. Nu giver de {sum} %.',
    en: "The variants' shares must add up to 100 %. Now they add up to {sum} %.",
  },
  reminderTextMissing: {
    da: 'Et trin, der gentages, skal have en tekst til påmindelsen. Skriv, hvad borgeren skal gøre, eller vælg "Gentages ikke".',
    en: 'A step that repeats needs a reminder text. Write what the citizen should do, or choose "Does not repeat".',
  },
  reminderWeekdayMissing: {
    da: 'Vælg den ugedag, påmindelsen skal komme.',
    en: 'Choose the weekday the reminder falls on.',
  },
  municipalityCodeInvalid: {
    da: 'Kommunekoden skal være tre cifre, fx 787 for Thisted Kommune.',
    en: 'The municipality code must be three digits, e.g. 787 for Thisted Municipality.',
  },
  municipalityCodeTaken: {
    da: 'Kommunekoden {code} bruges allerede af {name}.',
    en: 'The municipality code {code} is already used by {name}.',
  },
  municipalityInUse: {
    da: 'Kommunen kan ikke slettes: {count} dokumenter og brugere hører stadig til den. Flyt eller slet dem først.',
    en: 'The municipality cannot be deleted: {count} documents and users still belong to it. Move or delete them first.',
  },
  webAddressInvalid: {
    da: 'Skriv en hel webadresse, der starter med https://, fx https://booking.eksempel.dk.',
    en: 'Enter a full web address starting with https://, e.g. https://booking.example.dk.',
  },
} as const satisfies Record<string, { da: string; en: string }>

/** The name of a message the CMS shows an editor. */
export type MessageKey = keyof typeof messages

/** The message in the editor's admin language (Danish unless they chose English), with {vars} filled in. */
export function message(
  req: Partial<PayloadRequest> | undefined,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const language = req?.i18n?.language === 'en' ? 'en' : 'da'
  return messages[key][language].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  )
}
