import { foldLetters } from './fold.ts'

// Snowball's Danish and English stop word lists, plus the question words and fillers citizens
// write ("hej", "plz", "hvordan"), folded as the analyzer folds words.

const danish = `og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om
vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle
vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under
have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver
hendes været thi jer sådan hej hvordan hvornår hvorfor hvilke hvilken hvilket hvem kan må mon
lige bare egentlig nogen noget altså så hvis jeres ens sådan der hvad gør gøre tak hjælp please
nej ja okay ok eks fx man mit mine vores selvom selv om nogen endnu lidt få får fået fik
faet faaet gå går gik ting ud først hvorfor sker ske nok godt bedst`

const english = `i me my myself we our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves what which who whom
this that these those am is are was were be been being have has had having do does did doing a an
the and but if or because as until while of at by for with about against between into through
during before after above below to from up down in out on off over under again further then once
here there when where why how all any both each few more most other some such no nor not only own
same so than too very s t can will just don should now hi hello please thanks help may might must
could would shall get got im i'm can't cant dont need want go going do does what's whats
still yet really actually also`

/** The folded stop words of a locale: words that answer nothing on their own. */
export const stopWords = {
  da: new Set(danish.split(/\s+/).map(foldLetters)),
  en: new Set(english.split(/\s+/).map(foldLetters)),
}
