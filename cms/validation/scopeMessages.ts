import type { PayloadRequest } from 'payload'

/**
 * What an editor reads about national and local content and a municipality's version of a
 * flow, Danish first (kept apart from `cms/messages.ts`, which holds the older checks).
 */
const scopeMessages = {
  nationalRefersToLocal: {
    da: '"{title}" hører til {owner}. Nationalt indhold deles af alle kommuner og kan kun henvise til nationalt indhold. Vælg et nationalt dokument.',
    en: '"{title}" belongs to {owner}. National content is shared by every municipality and can only refer to national content. Choose a national document.',
  },
  localRefersToOther: {
    da: '"{title}" hører til {owner}. Indhold for {own} kan kun henvise til nationalt indhold og {own}s eget.',
    en: '"{title}" belongs to {owner}. Content of {own} can only refer to national content and {own}’s own.',
  },
  localFlowNeedsMunicipality: {
    da: 'En lokal tilpasning hører til én kommune. Vælg kommunen (kun administratorer kan vælge en anden end deres egen).',
    en: 'A local adaptation belongs to one municipality. Choose the municipality (only admins can choose one other than their own).',
  },
  localFlowNeedsNationalFlow: {
    da: 'Forløbet "{title}" hører til {owner}. En lokal tilpasning bygger kun på et nationalt forløb.',
    en: 'The flow "{title}" belongs to {owner}. A local adaptation builds only on a national flow.',
  },
  localFlowFlowMissing: {
    da: 'Vælg det nationale forløb, tilpasningen hører til.',
    en: 'Choose the national flow this adaptation belongs to.',
  },
  localFlowTaken: {
    da: '{owner} har allerede en tilpasning af "{title}". Ret den i stedet for at lave en ny.',
    en: '{owner} already has an adaptation of "{title}". Edit that one instead of making a new one.',
  },
} as const satisfies Record<string, { da: string; en: string }>

/** The name of a message about scopes. */
type ScopeMessageKey = keyof typeof scopeMessages

/** The message in the editor's admin language (Danish unless they chose English), with {vars} filled in. */
export function scopeMessage(
  req: Partial<PayloadRequest>,
  key: ScopeMessageKey,
  vars: Record<string, string> = {},
): string {
  const text = scopeMessages[key][req.i18n?.language === 'en' ? 'en' : 'da']
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole)
}
