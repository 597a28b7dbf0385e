import type { EvaluationQuestion } from './evaluationSet.ts'

// Written the way people write: informal, sometimes misspelt, in other words than the titles.

/** The English evaluation questions. */
export const englishQuestions: EvaluationQuestion[] = [
  { question: 'can i go on vacation while unemployed', sources: ['faqs/maa-jeg-holde-ferie'] },
  {
    question: 'what is the dagpenge card',
    sources: ['faqs/hvad-er-et-dagpengekort', 'lessons/din-a-kasse'],
  },
  { question: 'im sick what do i do', sources: ['faqs/hvad-hvis-jeg-bliver-syg'] },
  {
    question: 'difference between the a-kasse and the job centre',
    sources: ['faqs/hvad-goer-a-kassen', 'lessons/din-a-kasse'],
  },
  {
    question: 'where do i write down the jobs i applied for',
    sources: [
      'faqs/hvad-er-jobloggen',
      'lessons/saadan-bruger-du-jobloggen',
      'videos/jobloggen-kort-fortalt',
    ],
  },
  {
    question: 'forgot to put a job in my joblog',
    sources: ['faqs/jeg-har-glemt-at-skrive-i-jobloggen'],
  },
  {
    question: 'how many applications do i need to send',
    sources: ['faqs/hvor-mange-job-skal-jeg-soege'],
  },
  {
    question: 'when do i have to register as unemployed',
    sources: [
      'faqs/hvornaar-skal-jeg-tilmelde-mig',
      'lessons/dine-rettigheder-og-pligter',
      'checklists/foerste-uge-som-ledig',
    ],
  },
  {
    question: 'can i work a few hours on the side',
    sources: ['faqs/kan-jeg-arbejde-lidt-ved-siden-af', 'lessons/naar-du-faar-et-job'],
  },
  { question: 'i got a new job what now', sources: ['lessons/naar-du-faar-et-job'] },
  {
    question: 'tips for my cv',
    sources: ['lessons/dit-cv-paa-jobnet', 'videos/cv-paa-jobnet-kort-fortalt'],
  },
  {
    question: 'can employers see my resume',
    sources: [
      'faqs/hvem-kan-se-mit-cv',
      'videos/cv-paa-jobnet-kort-fortalt',
      'lessons/dit-cv-paa-jobnet',
    ],
  },
  {
    question: 'how to write a good aplication',
    sources: ['lessons/skriv-en-god-ansoegning', 'checklists/god-ansoegning'],
  },
  {
    question: 'applying to a company with no job ad',
    sources: [
      'faqs/hvad-er-en-uopfordret-ansoegning',
      'lessons/uopfordret-ansoegning',
      'faqs/hvordan-finder-jeg-skjulte-job',
      'lessons/strategier-for-jobsoegning',
    ],
  },
  {
    question: 'where can i find vacancies',
    sources: ['faqs/hvor-finder-jeg-jobopslag', 'lessons/strategier-for-jobsoegning'],
  },
  {
    question: 'what should i say when i phone an employer',
    sources: [
      'faqs/hvad-skal-jeg-sige-naar-jeg-ringer',
      'lessons/ring-til-en-arbejdsgiver',
      'videos/ring-til-en-arbejdsgiver-tre-raad',
    ],
  },
  {
    question: 'should i be on linkedin',
    sources: ['faqs/hvordan-bruger-jeg-linkedin', 'lessons/netvaerk-og-linkedin'],
  },
  {
    question: 'how do i prepare for a job interview',
    sources: [
      'lessons/forbered-din-jobsamtale',
      'checklists/klar-til-jobsamtale',
      'videos/jobsamtalen-kort-fortalt',
    ],
  },
  {
    question: 'can i move my meeting to another day',
    sources: ['faqs/kan-jeg-flytte-en-samtale', 'lessons/de-foerste-samtaler'],
  },
  {
    question: 'can my friend come with me to the meeting',
    sources: ['faqs/maa-jeg-tage-en-med-til-samtalen', 'lessons/dine-rettigheder-og-pligter'],
  },
  {
    question: 'i want to talk to a caseworker',
    sources: [
      'lessons/book-en-samtale-med-en-raadgiver',
      'faqs/hvordan-booker-jeg-en-samtale',
      'videos/book-en-samtale-kort-fortalt',
      'faqs/hvad-hvis-jeg-ikke-kan-klare-det-selv',
    ],
  },
  { question: 'how do i delete my data', sources: ['faqs/kan-jeg-slette-mine-data'] },
  {
    question: 'does the job centre see what i do on this site',
    sources: ['faqs/ser-jobcentret-hvad-jeg-goer-her', 'lessons/dine-data-og-dit-valg'],
  },
  { question: 'can i use jobnet on my phone', sources: ['faqs/kan-jeg-bruge-jobnet-paa-mobilen'] },
]
