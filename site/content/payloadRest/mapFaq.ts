import { base, contentRefOf, localizedValue, type Row } from './fields.ts'

/** A FAQ: related documents (polymorphic relationships) become `{ collection, slug }`. */
export function mapFaq(doc: Row): Row {
  return {
    ...base(doc),
    question: localizedValue(doc.question),
    answer: localizedValue(doc.answer),
    category: localizedValue(doc.category),
    related: Array.isArray(doc.related) ? doc.related.map(contentRefOf) : [],
  }
}
