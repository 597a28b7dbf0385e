import type { EvaluationQuestion } from './evaluationSet.ts'

// Written the way citizens write: informal, misspelt, without æ/ø/å, in other words than the
// titles and headings. Each names every source that answers it. Keep it growing with content.

/** The Danish evaluation questions. */
export const danishQuestions: EvaluationQuestion[] = [
  { question: 'må jeg tage på ferie selvom jeg er ledig', sources: ['faqs/maa-jeg-holde-ferie'] },
  {
    question: 'kan jeg tage en uge til spanien når jeg får dagpenge',
    sources: ['faqs/maa-jeg-holde-ferie'],
  },
  {
    question: 'skal jeg sige det til nogen hvis jeg rejser vaek',
    sources: ['faqs/maa-jeg-holde-ferie'],
  },
  {
    question: 'hvad er dagpenge kortet',
    sources: ['faqs/hvad-er-et-dagpengekort', 'lessons/din-a-kasse'],
  },
  {
    question: 'hvornaar skal jeg udfylde mit dagpengekort',
    sources: ['lessons/din-a-kasse', 'faqs/hvad-er-et-dagpengekort'],
  },
  {
    question: 'hvorfor har jeg ikke faet mine penge endnu',
    sources: [
      'faqs/hvad-er-et-dagpengekort',
      'lessons/din-a-kasse',
      'checklists/foerste-uge-som-ledig',
    ],
  },
  { question: 'jeg er syg hvad gør jeg', sources: ['faqs/hvad-hvis-jeg-bliver-syg'] },
  { question: 'hvordan melder jeg mig syg', sources: ['faqs/hvad-hvis-jeg-bliver-syg'] },
  {
    question: 'jeg har influenza og kan ikke komme til mødet',
    sources: [
      'faqs/hvad-hvis-jeg-bliver-syg',
      'faqs/kan-jeg-flytte-en-samtale',
      'lessons/de-foerste-samtaler',
    ],
  },
  {
    question: 'hvad er forskel på akassen og jobcenteret',
    sources: ['faqs/hvad-goer-a-kassen', 'lessons/din-a-kasse'],
  },
  {
    question: 'hvem betaler mine dagpenge',
    sources: ['faqs/hvad-goer-a-kassen', 'lessons/din-a-kasse'],
  },
  { question: 'jeg ved ikke hvilken a kasse jeg er medlem af', sources: ['lessons/din-a-kasse'] },
  {
    question: 'hvad laver a-kassen egentlig',
    sources: ['lessons/din-a-kasse', 'faqs/hvad-goer-a-kassen'],
  },
  {
    question: 'hvor skal jeg skrive de job jeg har søgt',
    sources: [
      'faqs/hvad-er-jobloggen',
      'lessons/saadan-bruger-du-jobloggen',
      'videos/jobloggen-kort-fortalt',
    ],
  },
  {
    question: 'hvad er en joblog',
    sources: [
      'faqs/hvad-er-jobloggen',
      'lessons/saadan-bruger-du-jobloggen',
      'videos/jobloggen-kort-fortalt',
    ],
  },
  {
    question: 'jeg glemte at skrive et job ind i jobloggen',
    sources: ['faqs/jeg-har-glemt-at-skrive-i-jobloggen'],
  },
  {
    question: 'hvordan logger jeg ind paa jobloggen',
    sources: [
      'lessons/saadan-bruger-du-jobloggen',
      'videos/jobloggen-kort-fortalt',
      'faqs/hvad-er-jobloggen',
    ],
  },
  {
    question: 'tæller det hvis jeg ringer til et firma',
    sources: [
      'lessons/saadan-bruger-du-jobloggen',
      'faqs/hvad-skal-jeg-sige-naar-jeg-ringer',
      'lessons/ring-til-en-arbejdsgiver',
    ],
  },
  {
    question: 'hvor mange ansøgninger skal jeg sende om ugen',
    sources: ['faqs/hvor-mange-job-skal-jeg-soege', 'lessons/strategier-for-jobsoegning'],
  },
  {
    question: 'hvor mange jobs skal man søge',
    sources: ['faqs/hvor-mange-job-skal-jeg-soege', 'lessons/saadan-bruger-du-jobloggen'],
  },
  {
    question: 'hvornår skal jeg melde mig ledig',
    sources: [
      'faqs/hvornaar-skal-jeg-tilmelde-mig',
      'lessons/dine-rettigheder-og-pligter',
      'checklists/foerste-uge-som-ledig',
    ],
  },
  {
    question: 'jeg er lige blevet fyret hvad nu',
    sources: [
      'lessons/din-foerste-uge',
      'checklists/foerste-uge-som-ledig',
      'faqs/hvornaar-skal-jeg-tilmelde-mig',
      'courses/kom-godt-i-gang-som-ledig',
    ],
  },
  {
    question: 'mistede mit arbejde i går hvad skal jeg gøre først',
    sources: [
      'lessons/din-foerste-uge',
      'checklists/foerste-uge-som-ledig',
      'faqs/hvornaar-skal-jeg-tilmelde-mig',
      'courses/kom-godt-i-gang-som-ledig',
    ],
  },
  {
    question: 'mister jeg penge hvis jeg venter med at tilmelde mig',
    sources: ['faqs/hvornaar-skal-jeg-tilmelde-mig'],
  },
  {
    question: 'må jeg arbejde et par timer om ugen',
    sources: ['faqs/kan-jeg-arbejde-lidt-ved-siden-af', 'lessons/naar-du-faar-et-job'],
  },
  {
    question: 'kan jeg have et deltidsjob og stadig få dagpenge',
    sources: ['faqs/kan-jeg-arbejde-lidt-ved-siden-af', 'lessons/naar-du-faar-et-job'],
  },
  {
    question: 'hvad skal jeg gøre når jeg har faaet nyt arbejde',
    sources: ['lessons/naar-du-faar-et-job'],
  },
  {
    question: 'skal jeg afmelde mig når jeg starter i job',
    sources: ['lessons/naar-du-faar-et-job'],
  },
  {
    question: 'skal jeg blive i akassen når jeg har fået job',
    sources: ['lessons/naar-du-faar-et-job'],
  },
  {
    question: 'hvordan laver jeg mit cv',
    sources: [
      'lessons/dit-cv-paa-jobnet',
      'videos/cv-paa-jobnet-kort-fortalt',
      'lessons/afklar-dine-kompetencer',
    ],
  },
  {
    question: 'gode raad til cv',
    sources: ['lessons/dit-cv-paa-jobnet', 'videos/cv-paa-jobnet-kort-fortalt'],
  },
  {
    question: 'kan arbejdsgivere se mit cv',
    sources: [
      'faqs/hvem-kan-se-mit-cv',
      'videos/cv-paa-jobnet-kort-fortalt',
      'lessons/dit-cv-paa-jobnet',
    ],
  },
  { question: 'skal mit cpr nummer stå på cv et', sources: ['faqs/hvem-kan-se-mit-cv'] },
  { question: 'hvornår skal cvet være færdigt', sources: ['lessons/dit-cv-paa-jobnet'] },
  {
    question: 'hvordan skriver man en ansogning',
    sources: ['lessons/skriv-en-god-ansoegning', 'checklists/god-ansoegning'],
  },
  {
    question: 'hvad skal der stå i første linje af ansøgningen',
    sources: [
      'lessons/skriv-en-god-ansoegning',
      'checklists/god-ansoegning',
      'lessons/uopfordret-ansoegning',
    ],
  },
  { question: 'tjek min ansøgning inden jeg sender den', sources: ['checklists/god-ansoegning'] },
  {
    question: 'hvad betyder uopfordret',
    sources: ['faqs/hvad-er-en-uopfordret-ansoegning', 'lessons/uopfordret-ansoegning'],
  },
  {
    question: 'kan man søge et job der ikke er slået op',
    sources: [
      'faqs/hvordan-finder-jeg-skjulte-job',
      'lessons/uopfordret-ansoegning',
      'faqs/hvad-er-en-uopfordret-ansoegning',
      'lessons/strategier-for-jobsoegning',
    ],
  },
  {
    question: 'hvor finder jeg ledige stillinger',
    sources: ['faqs/hvor-finder-jeg-jobopslag', 'lessons/strategier-for-jobsoegning'],
  },
  {
    question: 'hvad siger jeg når jeg ringer til en virksomhed',
    sources: [
      'faqs/hvad-skal-jeg-sige-naar-jeg-ringer',
      'lessons/ring-til-en-arbejdsgiver',
      'videos/ring-til-en-arbejdsgiver-tre-raad',
    ],
  },
  {
    question: 'er nervøs for at ringe til en chef',
    sources: [
      'lessons/ring-til-en-arbejdsgiver',
      'videos/ring-til-en-arbejdsgiver-tre-raad',
      'faqs/hvad-skal-jeg-sige-naar-jeg-ringer',
    ],
  },
  {
    question: 'skal jeg være på linkedin',
    sources: ['faqs/hvordan-bruger-jeg-linkedin', 'lessons/netvaerk-og-linkedin'],
  },
  {
    question: 'hvordan bruger jeg mine venner og familie til at finde arbejde',
    sources: [
      'lessons/netvaerk-og-linkedin',
      'checklists/brug-dit-netvaerk',
      'lessons/strategier-for-jobsoegning',
    ],
  },
  {
    question: 'hvordan forbereder jeg mig til jobsamtale',
    sources: [
      'lessons/forbered-din-jobsamtale',
      'checklists/klar-til-jobsamtale',
      'videos/jobsamtalen-kort-fortalt',
    ],
  },
  {
    question: 'hvilke spørgsmål stiller de til en jobsamtale',
    sources: [
      'lessons/forbered-din-jobsamtale',
      'videos/jobsamtalen-kort-fortalt',
      'checklists/klar-til-jobsamtale',
    ],
  },
  {
    question: 'fik ikke jobbet efter samtalen hvad nu',
    sources: ['lessons/forbered-din-jobsamtale'],
  },
  {
    question: 'hvad sker der til det første møde på jobcentret',
    sources: [
      'faqs/hvad-sker-der-til-den-foerste-samtale',
      'lessons/de-foerste-samtaler',
      'checklists/klar-til-foerste-samtale',
    ],
  },
  {
    question: 'kan jeg flytte min samtale til en anden dag',
    sources: ['faqs/kan-jeg-flytte-en-samtale', 'lessons/de-foerste-samtaler'],
  },
  {
    question: 'jeg kan ikke komme til mit møde',
    sources: ['lessons/de-foerste-samtaler', 'faqs/kan-jeg-flytte-en-samtale'],
  },
  {
    question: 'kan mødet være over telefonen',
    sources: ['faqs/kan-samtalen-foregaa-paa-telefon', 'lessons/de-foerste-samtaler'],
  },
  {
    question: 'må min kone komme med til samtalen',
    sources: ['faqs/maa-jeg-tage-en-med-til-samtalen', 'lessons/dine-rettigheder-og-pligter'],
  },
  {
    question: 'hvad er en bisidder',
    sources: ['faqs/maa-jeg-tage-en-med-til-samtalen', 'lessons/dine-rettigheder-og-pligter'],
  },
  {
    question: 'jeg vil gerne tale med en sagsbehandler',
    sources: [
      'lessons/book-en-samtale-med-en-raadgiver',
      'faqs/hvordan-booker-jeg-en-samtale',
      'videos/book-en-samtale-kort-fortalt',
      'faqs/hvad-hvis-jeg-ikke-kan-klare-det-selv',
    ],
  },
  {
    question: 'hvordan booker jeg tid hos en raadgiver',
    sources: [
      'lessons/book-en-samtale-med-en-raadgiver',
      'faqs/hvordan-booker-jeg-en-samtale',
      'videos/book-en-samtale-kort-fortalt',
    ],
  },
  {
    question: 'jeg kan ikke finde ud af det hele alene',
    sources: ['faqs/hvad-hvis-jeg-ikke-kan-klare-det-selv'],
  },
  {
    question: 'hvad er mine pligter når jeg er ledig',
    sources: ['lessons/dine-rettigheder-og-pligter', 'courses/kom-godt-i-gang-som-ledig'],
  },
  { question: 'hvad har jeg ret til som ledig', sources: ['lessons/dine-rettigheder-og-pligter'] },
  {
    question: 'kan jeg komme på et kursus i truck',
    sources: ['faqs/kan-jeg-komme-paa-kursus', 'lessons/dokumenter-din-erfaring'],
  },
  {
    question: 'skal jeg søge arbejde i andre brancher end min egen',
    sources: ['faqs/skal-jeg-soege-job-uden-for-mit-fag'],
  },
  {
    question: 'hvordan finder jeg ud af hvad jeg er god til',
    sources: ['lessons/afklar-dine-kompetencer'],
  },
  {
    question: 'hvad er et jobmaal',
    sources: [
      'lessons/saet-et-klart-jobmaal',
      'checklists/afklar-dit-jobmaal',
      'courses/fra-jobmaal-til-job',
    ],
  },
  {
    question: 'mine eksamenspapirer er fra et andet land',
    sources: ['lessons/dokumenter-din-erfaring'],
  },
  {
    question: 'hvilke papirer skal jeg samle til arbejdsgiveren',
    sources: ['lessons/dokumenter-din-erfaring'],
  },
  {
    question: 'kan jobcentret se hvad jeg laver her på siden',
    sources: ['faqs/ser-jobcentret-hvad-jeg-goer-her', 'lessons/dine-data-og-dit-valg'],
  },
  { question: 'hvordan sletter jeg mine oplysninger', sources: ['faqs/kan-jeg-slette-mine-data'] },
  {
    question: 'hvad gemmer i om mig',
    sources: ['faqs/hvilke-data-bruger-jobunivers', 'lessons/dine-data-og-dit-valg'],
  },
  {
    question: 'vil ikke dele mine data',
    sources: ['faqs/kan-jeg-sige-nej-til-at-dele-data', 'lessons/dine-data-og-dit-valg'],
  },
  { question: 'virker jobnet på telefonen', sources: ['faqs/kan-jeg-bruge-jobnet-paa-mobilen'] },
  {
    question: 'ansøgninger',
    sources: [
      'lessons/skriv-en-god-ansoegning',
      'checklists/god-ansoegning',
      'faqs/hvad-er-en-uopfordret-ansoegning',
      'lessons/uopfordret-ansoegning',
    ],
  },
]
