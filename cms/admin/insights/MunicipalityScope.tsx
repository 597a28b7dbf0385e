import { officialMunicipalities } from '../../../content-models/index.ts'
import type { MunicipalityText } from './municipalityMessages.ts'
import type { StatsScope } from './statsScope.ts'

/** The 98 official municipalities by name, as a national editor picks one. */
const byName = [...officialMunicipalities].sort(([, a], [, b]) => a.localeCompare(b, 'da'))
const names: Record<string, string> = Object.fromEntries(officialMunicipalities)

const fill = (text: string, name: string, code: string) =>
  text.replace('{name}', name).replace('{code}', code)

/** The sentence saying whose numbers the page shows. */
export function ScopeLine({ scope, t }: { scope: StatsScope; t: MunicipalityText }) {
  if (scope.kind === 'unresolved') return null
  const text =
    scope.kind === 'municipality'
      ? fill(t.showsOwn, scope.name, scope.municipality)
      : scope.municipality === null
        ? t.showsNational
        : fill(t.showsPicked, names[scope.municipality] ?? '', scope.municipality)
  return <p data-testid="insights-scope">{text}</p>
}

/**
 * The municipality field of Indsigt's form, for national editors and admins only: the national
 * totals or one of the 98 municipalities. A municipality's editors get none (the server reads
 * their own municipality whatever the address says).
 */
export function MunicipalityPicker({ scope, t }: { scope: StatsScope; t: MunicipalityText }) {
  if (scope.kind !== 'national') return null
  return (
    <label>
      {t.municipality}
      <br />
      <select name="municipality" defaultValue={scope.municipality ?? ''}>
        <option value="">{t.national}</option>
        {byName.map(([code, name]) => (
          <option key={code} value={code}>
            {name} ({code})
          </option>
        ))}
      </select>
    </label>
  )
}
