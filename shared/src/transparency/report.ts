import type { PublicGrant } from '../grants/grant.ts'
import { countedAwards, GRANT_DEFINITIONS, grantFigures, type GrantFigures } from '../grants/report-figures.ts'
import { PARTIES, RESOURCE_KINDS, SIGNATORY_GROUPS, type PublicPact } from '../pacts/pact.ts'
import {
  countedPact,
  moneyFigures,
  PACT_DEFINITIONS,
  pactBelongs,
  pactFigures,
  signatoryFigures,
  type MoneyFigures,
  type PactFigures,
  type SignatoryFigures,
} from '../pacts/report-figures.ts'
import { PROJECT_DOMAINS, PROJECT_STATUSES, type PublicIndicator, type PublicProject } from '../projects/project.ts'
import { countedProjects, indicatorFigures, PROJECT_DEFINITIONS, projectFigures, type IndicatorFigures, type ProjectFigures } from '../projects/report-figures.ts'
import { countedSessions, offlineFigure, PARTICIPANT_DEFINITIONS, type OfflineCount, type ParticipantSummary } from '../signups/report-figures.ts'
import { inRange, reportYears, romeYear, sortFigureRecords, type Figure, type ReportFilters } from './figures.ts'

/**
 * The transparency report: figures computed from published records only, by year and neighbourhood. Each
 * domain computes its own figures (`<domain>/report-figures.ts`) with the definitions that state them in
 * words; this file reads the filters, asks each domain for its part and puts the report together. Every
 * figure carries the records it counts so the page can link to them.
 */

export { reportYears, type Figure, type RecordRef, type ReportFilters } from './figures.ts'
export { pactRecord } from '../pacts/report-figures.ts'
export { projectRecord } from '../projects/report-figures.ts'
export { countParticipants, withRosterTotals, type OfflineCount, type ParticipantRecord, type ParticipantSummary, type RosterTotal } from '../signups/report-figures.ts'

export interface ReportInput {
  pacts: readonly PublicPact[]
  projects: readonly PublicProject[]
  indicators: readonly PublicIndicator[]
  grants: readonly PublicGrant[]
  offline: readonly OfflineCount[]
  participants: ParticipantSummary
}

export interface YearFigures {
  year: number
  signed: Figure
  renewed: Figure
  active: Figure
  completed: Figure
  grantsAwarded: Figure
  grantsAmount: Figure
  participants: number
  offlineParticipants: Figure
}

export interface TransparencyReport {
  filters: ReportFilters
  years: YearFigures[]
  pacts: PactFigures
  signatories: SignatoryFigures
  participants: { online: ParticipantSummary; offline: Figure }
  projects: ProjectFigures
  money: MoneyFigures
  grants: GrantFigures
  indicators: IndicatorFigures
}

/* ------------------------------------------------------------------------------------------------------------
 * Filters
 * ---------------------------------------------------------------------------------------------------------- */

/** The years a report may ask for: a year outside them is a typo, not a question. */
export const MIN_REPORT_YEAR = 2000
export const MAX_REPORT_YEAR = 2100
/** At most this many years in one report, so one request never asks for an unbounded table. */
export const MAX_REPORT_YEARS = 30
/** Without `da`, the report shows this many years ending with `a`: the length of a council term. */
export const DEFAULT_REPORT_YEARS = 5
const MAX_NEIGHBOURHOOD_LENGTH = 80
const NEIGHBOURHOOD_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Why the report's URL was refused, for a 400 naming the parameter. */
export type ReportFilterError = 'da' | 'a' | 'quartiere'

/** A year parameter: undefined when absent, null when malformed or outside the years a report may cover. */
function yearParam(raw: string | undefined): number | undefined | null {
  if (raw === undefined) return undefined
  if (!/^\d{4}$/.test(raw)) return null
  const year = Number(raw)
  return year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR ? null : year
}

/**
 * The report's state from its URL: `da` and `a` (inclusive years) and `quartiere` (a neighbourhood slug);
 * empty values mean the default. `a` defaults to the current year in Rome and `da` to the four years before,
 * never before 2000, so the defaults always read back through this function. A range that runs backwards or
 * covers more than thirty years is blamed on `a`, the end a reader most often moves. Returns the first
 * malformed parameter instead of filters, for a 400 page.
 */
export function reportFilters(params: URLSearchParams, now = new Date()): ReportFilters | { error: ReportFilterError } {
  const get = (name: string) => {
    const value = params.get(name)
    return value === null || value.trim() === '' ? undefined : value.trim()
  }
  const from = yearParam(get('da'))
  if (from === null) return { error: 'da' }
  const to = yearParam(get('a'))
  if (to === null) return { error: 'a' }
  const neighbourhood = get('quartiere')
  if (neighbourhood !== undefined && (neighbourhood.length > MAX_NEIGHBOURHOOD_LENGTH || !NEIGHBOURHOOD_SLUG.test(neighbourhood))) return { error: 'quartiere' }
  const toYear = to ?? romeYear(now) ?? new Date().getFullYear()
  const fromYear = from ?? Math.max(MIN_REPORT_YEAR, toYear - (DEFAULT_REPORT_YEARS - 1))
  if (fromYear > toYear || toYear - fromYear + 1 > MAX_REPORT_YEARS) return { error: 'a' }
  return neighbourhood === undefined ? { fromYear, toYear } : { fromYear, toYear, neighbourhood }
}

/** The query string for filters (`?da=…&a=…&quartiere=…`), so links keep the period and neighbourhood explicit. */
export function transparencyQuery(filters: ReportFilters): string {
  const params = new URLSearchParams({ da: String(filters.fromYear), a: String(filters.toYear) })
  if (filters.neighbourhood) params.set('quartiere', filters.neighbourhood)
  return `?${params.toString()}`
}

/* ------------------------------------------------------------------------------------------------------------
 * The report
 * ---------------------------------------------------------------------------------------------------------- */

/**
 * The transparency report for a range of years and an optional neighbourhood, from published records only.
 * Pact figures are by year; everything else about pacts (signatories, projects, money, indicators) is about
 * the pacts signed in the range, so a figure can always be traced to the agreements it comes from. `now` is
 * accepted so a caller can pin the clock, but no figure depends on today's date: a report for past years
 * reads the same whenever it is produced.
 */
export function transparencyReport(input: ReportInput, filters: ReportFilters, _now = new Date()): TransparencyReport {
  const years = reportYears(filters)
  const pacts = input.pacts.flatMap((p) => {
    const counted = countedPact(p)
    return counted && pactBelongs(p, filters.neighbourhood) ? [counted] : []
  })
  const signedInRange = pacts.filter((p) => inRange(p.year, filters))
  const pactById = new Map(signedInRange.map((p) => [p.id, p]))
  const projects = countedProjects(input.projects, new Set(pactById.keys()), filters.neighbourhood)
  const projectById = new Map(projects.map((p) => [String(p.id), p]))
  const awards = countedAwards(input.grants, filters)
  const sessions = countedSessions(input.offline, filters)
  const onlineByYear = new Map(input.participants.byYear.map((y) => [y.year, y.people]))
  return sortFigureRecords<TransparencyReport>({
    filters,
    years: years.map((year) => {
      const figures = pactFigures(pacts, [year])
      const grants = grantFigures(awards.filter((a) => a.year === year))
      return {
        year,
        ...figures,
        grantsAwarded: grants.awarded,
        grantsAmount: grants.amount,
        participants: onlineByYear.get(year) ?? 0,
        offlineParticipants: offlineFigure(sessions.filter((s) => s.year === year)),
      }
    }),
    pacts: pactFigures(pacts, years),
    signatories: signatoryFigures(signedInRange),
    participants: { online: input.participants, offline: offlineFigure(sessions) },
    projects: projectFigures(projects),
    money: moneyFigures(signedInRange),
    grants: grantFigures(awards),
    indicators: indicatorFigures(input.indicators, pactById, projectById),
  })
}

/** What each figure counts, in plain words, shown under the report: each domain states the rules its functions apply. */
export const DEFINITIONS: Record<string, { it: string; en: string }> = { ...PACT_DEFINITIONS, ...PROJECT_DEFINITIONS, ...GRANT_DEFINITIONS, ...PARTICIPANT_DEFINITIONS }

export interface ReportRow {
  section: string
  figure: string
  year: number | null
  value: number
  unit: 'count' | 'eur'
}

/** A stable identifier from an enum value: `in-progress` → `in_progress`. */
const snake = (value: string) => value.replace(/-/g, '_')

/**
 * The report as a flat table, for reuse without our page: first one row per year for each yearly figure, then
 * the period's totals (year null) for every figure. Section and figure names are English snake_case and stay
 * the same across releases, so a spreadsheet built on them keeps working; a yearly figure and its total share
 * section and figure and differ only by year.
 */
export function reportRows(report: TransparencyReport): ReportRow[] {
  const rows: ReportRow[] = []
  const row = (section: string, figure: string, year: number | null, value: number, unit: ReportRow['unit'] = 'count') => rows.push({ section, figure, year, value, unit })
  for (const y of report.years) {
    row('pacts', 'signed', y.year, y.signed.value)
    row('pacts', 'renewed', y.year, y.renewed.value)
    row('pacts', 'active', y.year, y.active.value)
    row('pacts', 'completed', y.year, y.completed.value)
    row('grants', 'awarded', y.year, y.grantsAwarded.value)
    row('grants', 'amount', y.year, y.grantsAmount.value, 'eur')
    row('participants', 'online', y.year, y.participants)
    row('participants', 'offline', y.year, y.offlineParticipants.value)
  }
  for (const key of ['signed', 'renewed', 'active', 'completed'] as const) row('pacts', key, null, report.pacts[key].value)
  for (const group of [...SIGNATORY_GROUPS, 'total'] as const) row('signatories', group, null, report.signatories[group].value)
  row('participants', 'online', null, report.participants.online.total)
  row('participants', 'offline', null, report.participants.offline.value)
  row('projects', 'total', null, report.projects.total.value)
  for (const domain of PROJECT_DOMAINS) row('projects', `domain_${snake(domain)}`, null, report.projects.byDomain[domain].value)
  for (const status of PROJECT_STATUSES) row('projects', `status_${snake(status)}`, null, report.projects.byStatus[status].value)
  for (const party of PARTIES) for (const kind of RESOURCE_KINDS) row('money', `${party}_${snake(kind)}`, null, report.money.byParty[party][kind].value, 'eur')
  for (const party of PARTIES) row('money', `${party}_total`, null, report.money.partyTotal[party].value, 'eur')
  row('money', 'total', null, report.money.total.value, 'eur')
  row('grants', 'awarded', null, report.grants.awarded.value)
  row('grants', 'amount', null, report.grants.amount.value, 'eur')
  row('indicators', 'total', null, report.indicators.total.value)
  row('indicators', 'measured', null, report.indicators.measured.value)
  row('indicators', 'on_target', null, report.indicators.onTarget.value)
  return rows
}
