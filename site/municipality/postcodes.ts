/**
 * Which municipalities each Danish postcode covers, for the picker: a postcode that spans more
 * than one municipality lists every one, and the citizen chooses.
 *
 * Written by hand, not from an open dataset (none could be shipped with the site): the sample
 * municipalities' postcodes (København, Aarhus, Thisted), their neighbours, and a few postcodes
 * known to cross a municipal border. A postcode missing here is answered "we do not know that
 * postcode; type your municipality's name". A full install should replace this table with
 * DAWA's `postnumre` (each postcode's `kommuner`) from Dataforsyningen. Loaded only when the
 * citizen looks a postcode up (a dynamic import of the picker).
 */
const ranges: [from: number, to: number, municipalities: string][] = [
  // København K and V; Frederiksberg C.
  [1050, 1799, '101'],
  [1800, 1999, '147'],
]

const single: Record<string, string> = {
  // København
  '2100': '101',
  '2150': '101',
  '2200': '101',
  '2300': '101',
  '2400': '101',
  '2450': '101',
  '2700': '101',
  // Neighbours of København
  '2610': '175',
  '2650': '167',
  '2770': '185',
  '2791': '155',
  '2820': '157',
  '2860': '159',
  '2900': '157',
  // Aarhus
  '8000': '751',
  '8200': '751',
  '8210': '751',
  '8220': '751',
  '8230': '751',
  '8240': '751',
  '8250': '751',
  '8260': '751',
  '8270': '751',
  '8310': '751',
  '8320': '751',
  '8330': '751',
  '8340': '751',
  '8361': '751',
  '8381': '751',
  '8462': '751',
  '8520': '751',
  '8530': '751',
  '8541': '751',
  // Neighbours of Aarhus
  '8382': '710',
  '8370': '710',
  '8464': '746',
  '8660': '746',
  '8543': '706',
  // Thisted
  '7700': '787',
  '7730': '787',
  '7741': '787',
  '7742': '787',
  '7752': '787',
  '7755': '787',
  '7760': '787',
  '7770': '787',
  // Neighbours of Thisted: Thyholm (Struer), Mors, Fjerritslev (Jammerbugt)
  '7790': '671',
  '7900': '773',
  '9690': '849',
}

/** Postcodes that cross a municipal border: every municipality they cover. */
const spanning: Record<string, string[]> = {
  '2000': ['147', '101'],
  '8355': ['751', '746'],
  '8380': ['751', '710'],
  '8471': ['751', '710'],
}

/**
 * The official codes of the municipalities a four-digit postcode covers: one, several when it
 * crosses a border, none when the table does not know it.
 * @example municipalitiesOfPostcode('7700') // ['787']
 */
export function municipalitiesOfPostcode(postcode: string): string[] {
  if (!/^\d{4}$/.test(postcode)) return []
  const known = spanning[postcode] ?? (single[postcode] ? [single[postcode]] : null)
  if (known) return known
  const number = Number(postcode)
  const range = ranges.find(([from, to]) => number >= from && number <= to)
  return range ? [range[2]] : []
}
