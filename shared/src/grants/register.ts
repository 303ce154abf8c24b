import type { OrganizationKind } from '../pacts/pact.ts'
import type { OpenDataColumn } from '../pacts/open-data.ts'
import { romeDay } from '../platform/dates.ts'
import { PUBLICATION_THRESHOLD_EUR, type GrantAward, type PublicGrant, type SelectionMethod } from './grant.ts'

/**
 * The grants register (`/contributi`, `/contributi.csv`): every award of every published call, one row each,
 * with what D.Lgs. 33/2013 arts. 26–27 require to be public. Pure functions: the site loads the calls and
 * hands them here, so the page, the CSV and the tests agree on what a filter selects and how rows are ordered.
 */

/** `?anno=2019&quartiere=ponte-lambro`: the year an award was made (in Rome) and a neighbourhood slug. */
export interface GrantFilters {
  year?: number
  neighbourhood?: string
}

/** The parameter that made the register's URL unreadable, for a 400 naming it. */
export type GrantFilterError = 'anno' | 'quartiere'

/** The years the register may be asked about: anything else is a typo, not a question. */
export const MIN_GRANT_YEAR = 1900
export const MAX_GRANT_YEAR = 2100
const NEIGHBOURHOOD_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 120

/** The register's filters from its query; empty values mean "any". Returns the first malformed parameter instead. */
export function grantFilters(params: URLSearchParams): GrantFilters | { error: GrantFilterError } {
  const get = (name: string) => {
    const value = params.get(name)
    return value === null || value.trim() === '' ? undefined : value.trim()
  }
  const filters: GrantFilters = {}
  const year = get('anno')
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year) || Number(year) < MIN_GRANT_YEAR || Number(year) > MAX_GRANT_YEAR) return { error: 'anno' }
    filters.year = Number(year)
  }
  const neighbourhood = get('quartiere')
  if (neighbourhood !== undefined) {
    if (neighbourhood.length > MAX_SLUG_LENGTH || !NEIGHBOURHOOD_SLUG.test(neighbourhood)) return { error: 'quartiere' }
    filters.neighbourhood = neighbourhood
  }
  return filters
}

/** The query string of the filters (`?anno=2019&quartiere=…`, or '' without any), for links that keep them. */
export function grantQuery(filters: GrantFilters): string {
  const params = new URLSearchParams()
  if (filters.year !== undefined) params.set('anno', String(filters.year))
  if (filters.neighbourhood !== undefined) params.set('quartiere', filters.neighbourhood)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** One award as the register shows it; a reference that is not published (an id only) is null. */
export interface GrantAwardRow {
  call: { title: string; slug: string; year: number }
  beneficiary: string | null
  taxCode: string | null
  kind: OrganizationKind | null
  amount: number
  /** The day the award was made, in Rome, as YYYY-MM-DD. */
  awardedOn: string
  project: { title: string; slug: string } | null
  purpose: string | null
  /** The award's own neighbourhood; none when the award does not name one (the call's apply for filtering). */
  neighbourhood: { slug: string; name: string } | null
  legalBasis: string
  office: string
  responsible: string | null
  selectionMethod: SelectionMethod
  /** Whether the law requires this award to be published (it is at least the threshold); smaller ones are published all the same. */
  mustPublish: boolean
}

const isSet = (value: unknown) => value !== null && value !== undefined && value !== ''
const slugOf = (ref: unknown): string | undefined =>
  typeof ref === 'object' && ref !== null && typeof (ref as { slug?: unknown }).slug === 'string' ? (ref as { slug: string }).slug : undefined
const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null)

/** Whether an award belongs to a neighbourhood: its own when it names one, otherwise any of its call's. */
function inNeighbourhood(award: GrantAward, grant: PublicGrant, slug: string): boolean {
  const places = isSet(award.neighbourhood) ? [award.neighbourhood] : (grant.neighbourhoods ?? [])
  return places.some((n) => slugOf(n) === slug)
}

const collator = new Intl.Collator('it-IT', { sensitivity: 'base', numeric: true })

function row(award: GrantAward, grant: PublicGrant, awardedOn: string): GrantAwardRow {
  const beneficiary = typeof award.beneficiary === 'object' && award.beneficiary !== null ? award.beneficiary : null
  const project = typeof award.project === 'object' && award.project !== null ? award.project : null
  const neighbourhood = typeof award.neighbourhood === 'object' && award.neighbourhood !== null ? award.neighbourhood : null
  return {
    call: { title: grant.title, slug: grant.slug, year: grant.year },
    beneficiary: text(beneficiary?.name),
    taxCode: text(beneficiary?.taxCode),
    kind: beneficiary?.kind ?? null,
    amount: award.amount,
    awardedOn,
    project: project ? { title: project.title, slug: project.slug } : null,
    purpose: text(award.purpose),
    neighbourhood: neighbourhood ? { slug: neighbourhood.slug, name: neighbourhood.name ?? neighbourhood.title ?? neighbourhood.slug } : null,
    legalBasis: award.legalBasis,
    office: award.office,
    responsible: text(award.responsible),
    selectionMethod: award.selectionMethod,
    mustPublish: award.amount >= PUBLICATION_THRESHOLD_EUR,
  }
}

/**
 * The awards of the calls as rows, filtered by the year of the award (in Rome) and by neighbourhood, newest
 * first; on the same day by beneficiary (Italian alphabetical order, unnamed last), then by call. An award
 * whose date cannot be read is left out: it cannot be placed in any year.
 */
export function grantAwardRows(grants: readonly PublicGrant[], filters: GrantFilters = {}): GrantAwardRow[] {
  const rows: GrantAwardRow[] = []
  for (const grant of grants) {
    for (const award of grant.awards ?? []) {
      const day = romeDay(award.awardedAt)
      if (day === null) continue
      if (filters.year !== undefined && Number(day.slice(0, 4)) !== filters.year) continue
      if (filters.neighbourhood !== undefined && !inNeighbourhood(award, grant, filters.neighbourhood)) continue
      rows.push(row(award, grant, day))
    }
  }
  return rows.sort(
    (a, b) =>
      (a.awardedOn < b.awardedOn ? 1 : a.awardedOn > b.awardedOn ? -1 : 0) ||
      (a.beneficiary === null ? 1 : 0) - (b.beneficiary === null ? 1 : 0) ||
      collator.compare(a.beneficiary ?? '', b.beneficiary ?? '') ||
      collator.compare(a.call.title, b.call.title),
  )
}

export interface GrantTotals {
  count: number
  /** Euro, added up in cents so that 0.1 + 0.2 is 0.3. */
  amount: number
}

/** How many awards and how much money the rows add up to. */
export function grantTotals(rows: readonly Pick<GrantAwardRow, 'amount'>[]): GrantTotals {
  const cents = rows.reduce((sum, r) => sum + Math.round(r.amount * 100), 0)
  return { count: rows.length, amount: cents / 100 }
}

/**
 * The calls to list under the table: those with an award in the rows, and those that match the filters
 * themselves (their year, one of their neighbourhoods), so a call with no award yet is still found. In the
 * order given (the CMS sends the newest year first).
 */
export function grantCalls<G extends PublicGrant>(grants: readonly G[], rows: readonly GrantAwardRow[], filters: GrantFilters = {}): G[] {
  const withRows = new Set(rows.map((r) => r.call.slug))
  return grants.filter(
    (g) =>
      withRows.has(g.slug) ||
      ((filters.year === undefined || g.year === filters.year) &&
        (filters.neighbourhood === undefined || (g.neighbourhoods ?? []).some((n) => slugOf(n) === filters.neighbourhood))),
  )
}

/** The years with at least one award, newest first: the options of the year filter. */
export function awardYears(grants: readonly PublicGrant[]): number[] {
  const years = new Set<number>()
  for (const grant of grants) {
    for (const award of grant.awards ?? []) {
      const day = romeDay(award.awardedAt)
      if (day !== null) years.add(Number(day.slice(0, 4)))
    }
  }
  return [...years].sort((a, b) => b - a)
}

const column = <const N extends string>(name: N, type: OpenDataColumn['type'], it: string, en: string) => ({ name, type, it, en })

/**
 * The columns of `/contributi.csv`, in order. Names are Italian snake_case and never change meaning; new
 * columns are added at the end, none renamed.
 */
export const GRANT_COLUMNS = [
  column('data_concessione', 'date', 'Data in cui il contributo è stato concesso (AAAA-MM-GG, fuso orario di Roma).', 'Date the grant was awarded (YYYY-MM-DD, Rome time zone).'),
  column('beneficiario', 'string', 'Nome dell’ente che riceve il contributo.', 'Name of the body receiving the grant.'),
  column('codice_fiscale', 'string', 'Codice fiscale o partita IVA del beneficiario.', "The beneficiary's tax code or VAT number."),
  column(
    'tipo_beneficiario',
    'string',
    'Tipo di beneficiario, come codice: association, volunteer-group, business, third-sector, school, informal-group, institution.',
    'Kind of beneficiary, as a code: association, volunteer-group, business, third-sector, school, informal-group, institution.',
  ),
  column('importo_euro', 'number', 'Importo concesso in euro, con il punto come separatore decimale.', 'Amount awarded in euro, with a dot as the decimal separator.'),
  column(
    'pubblicazione_obbligatoria',
    'boolean',
    `true se l’importo è di almeno ${PUBLICATION_THRESHOLD_EUR} euro e la pubblicazione è quindi obbligatoria (D.Lgs. 33/2013, art. 26 c. 2).`,
    `true when the amount is at least ${PUBLICATION_THRESHOLD_EUR} euro, so that publication is mandatory (D.Lgs. 33/2013, art. 26(2)).`,
  ),
  column('progetto', 'string', 'Titolo del progetto finanziato, se registrato sul portale.', 'Title of the funded project, when it is registered on the portal.'),
  column('progetto_slug', 'string', 'Identificativo del progetto nell’indirizzo della sua pagina (/progetti/…).', "Identifier of the project in its page's address (/progetti/…)."),
  column('finalita', 'string', 'A che cosa serve il contributo.', 'What the grant is for.'),
  column(
    'quartiere',
    'string',
    'Nome del quartiere indicato per il contributo; vuoto se vale per i quartieri del bando.',
    'Name of the neighbourhood given for the grant; empty when the neighbourhoods of the call apply.',
  ),
  column('quartiere_slug', 'string', 'Identificativo dello stesso quartiere.', 'Identifier of the same neighbourhood.'),
  column(
    'norma_titolo_attribuzione',
    'string',
    'Norma o titolo a base dell’attribuzione (ad esempio la determinazione dirigenziale).',
    'Law or act on which the grant is based (for example the executive decision).',
  ),
  column('ufficio', 'string', 'Ufficio responsabile del procedimento.', 'Office responsible for the procedure.'),
  column('responsabile_procedimento', 'string', 'Funzionario o dirigente responsabile del procedimento.', 'Official responsible for the procedure.'),
  column(
    'modalita_individuazione',
    'string',
    'Come è stato scelto il beneficiario, come codice: public-call (avviso pubblico), ranking (graduatoria di merito), direct-award (assegnazione diretta motivata), agreement (accordo o convenzione).',
    'How the beneficiary was chosen, as a code: public-call, ranking (merit ranking), direct-award (reasoned direct award), agreement.',
  ),
  column('bando', 'string', 'Titolo del bando con cui è stato concesso il contributo.', 'Title of the call under which the grant was awarded.'),
  column('bando_slug', 'string', 'Identificativo del bando.', 'Identifier of the call.'),
  column('bando_anno', 'integer', 'Anno del bando.', 'Year of the call.'),
] as const satisfies readonly OpenDataColumn[]

export type GrantColumnName = (typeof GRANT_COLUMNS)[number]['name']
export type GrantRecord = { [K in GrantColumnName]: string | number | boolean | null }

/** One row of the CSV: every column, numbers as numbers, the date as YYYY-MM-DD, empty as null. */
export function grantRecord(row: GrantAwardRow): GrantRecord {
  return {
    data_concessione: row.awardedOn,
    beneficiario: row.beneficiary,
    codice_fiscale: row.taxCode,
    tipo_beneficiario: row.kind,
    importo_euro: row.amount,
    pubblicazione_obbligatoria: row.mustPublish,
    progetto: row.project?.title ?? null,
    progetto_slug: row.project?.slug ?? null,
    finalita: row.purpose,
    quartiere: row.neighbourhood?.name ?? null,
    quartiere_slug: row.neighbourhood?.slug ?? null,
    norma_titolo_attribuzione: row.legalBasis,
    ufficio: row.office,
    responsabile_procedimento: row.responsible,
    modalita_individuazione: row.selectionMethod,
    bando: row.call.title,
    bando_slug: row.call.slug,
    bando_anno: row.call.year,
  }
}

/** The message of a 400 for a malformed parameter, in both languages (the CSV answers in plain text). */
export function badGrantParameterMessage(param: GrantFilterError): { it: string; en: string } {
  return param === 'anno'
    ? {
        it: 'Il parametro "anno" non è valido: scrivi un anno di quattro cifre (ad esempio 2019) o toglilo.',
        en: 'The "anno" (year) parameter is not valid: write a four-digit year (for example 2019) or remove it.',
      }
    : {
        it: 'Il parametro "quartiere" non è valido: usa l’identificativo di un quartiere (ad esempio ponte-lambro) o toglilo.',
        en: 'The "quartiere" (neighbourhood) parameter is not valid: use the identifier of a neighbourhood (for example ponte-lambro) or remove it.',
      }
}
