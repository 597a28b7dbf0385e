// A new anonymous subject id is a time-ordered UUID too. The time it holds is when this device
// first opened the site, which its first event tells the tracking API anyway; it lets the
// store's subject index grow at its end for new citizens.
export { timeOrderedUuid as newSubject } from './timeOrderedUuid.ts'
