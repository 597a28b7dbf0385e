/**
 * What the municipality line loads once a municipality is chosen: the official names, and the
 * code that shows the municipality's contact in the page's contact boxes.
 */
export { municipalityName } from '../../municipality/names.ts'
export { showLocalContact } from './contact.ts'
export { municipalityPath } from '../../../content-models/browser.ts'
