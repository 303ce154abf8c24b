import type { GrantAward, PublicGrant } from '../grants/grant.ts'
import {
  budgetTotals,
  indicatorStatus,
  PARTIES,
  PROJECT_DOMAINS,
  PROJECT_STATUSES,
  refId,
  RESOURCE_KINDS,
  SIGNATORY_GROUPS,
  signatoryCounts,
  signingYear,
  type Party,
  type ProjectDomain,
  type ProjectStatus,
  type PublicIndicator,
  type PublicPact,
  type PublicProject,
  type ResourceKind,
  type SignatoryGroup,
} from '../pacts/pact.ts'
import { romeDay } from '../platform/dates.ts'

/**
 * The transparency report: figures computed from published records only, by year and neighbourhood. Every
 * definition is a pure function here, stated in words in DEFINITIONS, and every figure carries the records
 * it counts so the page can link to them.
 */

/** `/trasparenza?da=2018&a=2024&quartiere=san-siro`: a year range (inclusive) and an optional neighbourhood slug. */
export interface ReportFilters {
  fromYear: number
  toYear: number
  neighbourhood?: string
}

/** A record a figure counts, for the list behind the figure. `path` is the public page (Italian, no locale prefix). */
export interface RecordRef {
  kind: 'pact' | 'project' | 'grant' | 'indicator' | 'laboratory' | 'event'
  label: string
  path: string
  /** The amount this record adds: euro for money figures, people for attendance counts. */
  amount?: number
}

export interface Figure {
  value: number
  records: RecordRef[]
}

/** A confirmed sign-up reduced to what counting needs: `person` is an opaque key (never shown). */
export interface ParticipantRecord {
  person: string
  year: number
  neighbourhood?: string
  activity: { kind: 'laboratory' | 'event'; slug: string; title: string }
}

/** What the CMS returns about participants: counts only, never who. */
export interface ParticipantSummary {
  total: number
  byYear: Array<{ year: number; people: number }>
  byActivity: Array<{ kind: 'laboratory' | 'event'; slug: string; title: string; people: number }>
}

/** People counted by staff at an offline session (a lab meeting or an event), entered in the CMS. */
export interface OfflineCount {
  date: string
  neighbourhood?: string
  count: number
  activity: { kind: 'laboratory' | 'event'; slug: string; title: string }
}

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
  pacts: { signed: Figure; renewed: Figure; active: Figure; completed: Figure }
  signatories: Record<SignatoryGroup | 'total', Figure>
  participants: { online: ParticipantSummary; offline: Figure }
  projects: { total: Figure; byDomain: Record<ProjectDomain, Figure>; byStatus: Record<ProjectStatus, Figure> }
  money: { byParty: Record<Party, Record<ResourceKind, Figure>>; partyTotal: Record<Party, Figure>; total: Figure }
  grants: { awarded: Figure; amount: Figure }
  indicators: { total: Figure; measured: Figure; onTarget: Figure }
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

function romeYear(value: string | Date | null | undefined): number | null {
  const day = romeDay(value)
  return day === null ? null : Number(day.slice(0, 4))
}

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

/** Every year of the range, ascending: each table has a row per year, empty years included. */
export function reportYears(filters: Pick<ReportFilters, 'fromYear' | 'toYear'>): number[] {
  return Array.from({ length: Math.max(0, filters.toYear - filters.fromYear + 1) }, (_, i) => filters.fromYear + i)
}

const inRange = (year: number | null, filters: ReportFilters): year is number => year !== null && year >= filters.fromYear && year <= filters.toYear

/* ------------------------------------------------------------------------------------------------------------
 * Participants (counted in the CMS, which alone sees who signed up)
 * ---------------------------------------------------------------------------------------------------------- */

/** Italian order for labels and titles: accented letters sort with their base letter, case does not split them. */
const COLLATOR = new Intl.Collator('it', { sensitivity: 'base', numeric: true })

/**
 * How many distinct people signed up, from the CMS's confirmed sign-ups: one person is one `person` key, so
 * someone who came in two years or to two activities counts once in the total, once in each year and once
 * in each activity. Only counts leave this function, never keys. A sign-up without a neighbourhood never
 * matches a neighbourhood filter.
 */
export function countParticipants(records: readonly ParticipantRecord[], filters: ReportFilters): ParticipantSummary {
  const everyone = new Set<string>()
  const byYear = new Map<number, Set<string>>()
  const byActivity = new Map<string, { activity: ParticipantRecord['activity']; people: Set<string> }>()
  for (const record of records) {
    if (!inRange(record.year, filters)) continue
    if (filters.neighbourhood !== undefined && record.neighbourhood !== filters.neighbourhood) continue
    everyone.add(record.person)
    let year = byYear.get(record.year)
    if (!year) byYear.set(record.year, (year = new Set()))
    year.add(record.person)
    const key = `${record.activity.kind}:${record.activity.slug}`
    let activity = byActivity.get(key)
    if (!activity) byActivity.set(key, (activity = { activity: record.activity, people: new Set() }))
    activity.people.add(record.person)
  }
  return {
    total: everyone.size,
    byYear: reportYears(filters).map((year) => ({ year, people: byYear.get(year)?.size ?? 0 })),
    byActivity: [...byActivity.values()]
      .map(({ activity, people }) => ({ kind: activity.kind, slug: activity.slug, title: activity.title, people: people.size }))
      .sort((a, b) => b.people - a.people || COLLATOR.compare(a.title, b.title) || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug)),
  }
}

/* ------------------------------------------------------------------------------------------------------------
 * Figures and the records behind them
 * ---------------------------------------------------------------------------------------------------------- */

/** Euro as whole cents: every sum of amounts goes through cents, so 0.1 + 0.2 is 0.3. */
const toCents = (euro: number | null | undefined) => Math.round((euro ?? 0) * 100)

const recordKey = (record: RecordRef) => `${record.kind}\u0000${record.path}\u0000${record.label}`

/**
 * A figure's records as a reader sees them: one per page (same kind, label and path merged, their amounts
 * added in cents). They are put in reading order by `sortFigureRecords` once the report is complete.
 */
function tidyRecords(records: readonly RecordRef[]): RecordRef[] {
  const unique = new Map<string, RecordRef>()
  for (const record of records) {
    const key = recordKey(record)
    const seen = unique.get(key)
    if (!seen) unique.set(key, record)
    else if (record.amount !== undefined) {
      // Records are shared between figures: a merged one is a new object.
      unique.set(key, { kind: seen.kind, label: seen.label, path: seen.path, amount: (toCents(seen.amount) + toCents(record.amount)) / 100 })
    }
  }
  return [...unique.values()]
}

/** Every figure in a part of the report (a figure is an object with a numeric `value` and a `records` list). */
function collectFigures(node: unknown, into: Figure[]): Figure[] {
  if (typeof node !== 'object' || node === null) return into
  if (Array.isArray(node)) {
    for (const item of node) collectFigures(item, into)
    return into
  }
  const candidate = node as Partial<Figure>
  if (typeof candidate.value === 'number' && Array.isArray(candidate.records)) {
    into.push(candidate as Figure)
    return into
  }
  for (const value of Object.values(node)) collectFigures(value, into)
  return into
}

/**
 * The Italian alphabetical order of labels, kept between reports: the same ten thousand pact titles come back
 * on every request, and collating them is most of a report's cost. Rebuilt when a label is new to it.
 */
let labelOrder = new Map<string, number>()

function labelRanks(labels: ReadonlySet<string>): ReadonlyMap<string, number> {
  for (const label of labels) {
    if (labelOrder.has(label)) continue
    // Old labels are kept while they are few next to the current ones, so reports on a part don't churn.
    const all = labelOrder.size <= labels.size * 3 ? new Set([...labelOrder.keys(), ...labels]) : new Set(labels)
    labelOrder = new Map([...all].sort(COLLATOR.compare).map((l, position) => [l, position]))
    break
  }
  return labelOrder
}

const plainOrder = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b))

/**
 * Puts the records of every figure in reading order: Italian alphabetical order of label, then path and
 * kind. The same pact appears under many figures, so the distinct records are ordered once and each figure
 * is then sorted by position: with thousands of pacts this is many times faster than collating figure by
 * figure.
 */
function sortFigureRecords<T>(report: T): T {
  const figures = collectFigures(report, [])
  const distinct = new Set<RecordRef>()
  for (const f of figures) for (const record of f.records) distinct.add(record)
  const labels = labelRanks(new Set([...distinct].map((r) => r.label)))
  const ordered = [...distinct].sort((a, b) => labels.get(a.label)! - labels.get(b.label)! || plainOrder(a.path, b.path) || plainOrder(a.kind, b.kind))
  const rank = new Map<RecordRef, number>()
  for (const [position, record] of ordered.entries()) rank.set(record, position)
  for (const f of figures) {
    f.records = f.records
      .map((record) => ({ record, at: rank.get(record)! }))
      .sort((a, b) => a.at - b.at)
      .map(({ record }) => record)
  }
  return report
}

const figure = (value: number, records: readonly RecordRef[]): Figure => ({ value, records: tidyRecords(records) })

/** A money figure: the amount of each record, summed in cents. */
const moneyFigure = (records: readonly RecordRef[]): Figure => figure(records.reduce((sum, r) => sum + toCents(r.amount), 0) / 100, records)

/** The neighbourhood slug of a relation: a bare id carries none, so it never matches a filter. */
const slugOf = (ref: unknown): string | undefined =>
  typeof ref === 'object' && ref !== null && typeof (ref as { slug?: unknown }).slug === 'string' ? (ref as { slug: string }).slug : undefined

const isSet = (value: unknown) => value !== null && value !== undefined && value !== ''

/* ------------------------------------------------------------------------------------------------------------
 * Pacts
 * ---------------------------------------------------------------------------------------------------------- */

/** A pact that counts in the report, with the Rome dates every definition compares. */
interface CountedPact {
  pact: PublicPact
  id: string
  /** Rome year of signature. */
  year: number
  signedDay: string
  /** First day of validity, when stated. */
  fromDay: string | null
  /** Last day of validity: `validUntil`, or for a completed pact without one the end of its signing year. */
  untilDay: string | null
  /** The year the pact counts as completed, or null while it is not. */
  completedYear: number | null
  renewal: boolean
  ref: RecordRef
}

/** The public page of a pact, labelled as the registry cites it. */
export function pactRecord(pact: Pick<PublicPact, 'code' | 'title' | 'slug'>): RecordRef {
  return { kind: 'pact', label: `${pact.code} — ${pact.title}`, path: `/patti/${pact.slug}` }
}

/** The public page of a project. */
export function projectRecord(project: Pick<PublicProject, 'title' | 'slug'>): RecordRef {
  return { kind: 'project', label: project.title, path: `/progetti/${project.slug}` }
}

/**
 * A pact as the report counts it, or null when it never counts: a pact still being drafted or only approved
 * is not an agreement yet, and one without a signing date cannot be placed in a year.
 */
function countedPact(pact: PublicPact): CountedPact | null {
  // The site keeps its published pacts in memory and never changes them: each is worked out once.
  const known = countedPacts.get(pact)
  if (known !== undefined) return known
  const counted = countPact(pact)
  countedPacts.set(pact, counted)
  return counted
}

const countedPacts = new WeakMap<PublicPact, CountedPact | null>()

function countPact(pact: PublicPact): CountedPact | null {
  if (pact.status === 'drafting' || pact.status === 'approved') return null
  const year = signingYear(pact)
  const signedDay = romeDay(pact.signedAt)
  if (year === null || signedDay === null) return null
  const completed = pact.status === 'completed'
  const validUntil = romeDay(pact.validUntil)
  return {
    pact,
    id: String(pact.id),
    year,
    signedDay,
    fromDay: romeDay(pact.validFrom),
    untilDay: validUntil ?? (completed ? `${year}-12-31` : null),
    completedYear: completed ? (validUntil === null ? year : Number(validUntil.slice(0, 4))) : null,
    renewal: isSet(pact.renews),
    ref: pactRecord(pact),
  }
}

/** Whether a pact belongs to the neighbourhood: one of its neighbourhoods has that slug. Every pact does without a filter. */
function pactBelongs(pact: Pick<PublicPact, 'neighbourhoods'>, neighbourhood: string | undefined): boolean {
  return neighbourhood === undefined || (pact.neighbourhoods ?? []).some((n) => slugOf(n) === neighbourhood)
}

/** Active in a year: signed and in force (validity begun, not ended) on at least one day of it. */
function activeIn(pact: CountedPact, year: number): boolean {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  return pact.signedDay <= last && (pact.fromDay === null || pact.fromDay <= last) && (pact.untilDay === null || pact.untilDay >= first)
}

/** Pacts are distinct records already: nothing to merge. */
const pactFigure = (pacts: readonly CountedPact[]): Figure => ({ value: pacts.length, records: pacts.map((p) => p.ref) })

/** The pact figures over a set of years (one year for a row of the table, the whole range for the totals). */
function pactFigures(pacts: readonly CountedPact[], years: readonly number[]): TransparencyReport['pacts'] {
  const within = (year: number | null) => year !== null && years.includes(year)
  const signed = pacts.filter((p) => within(p.year))
  return {
    signed: pactFigure(signed),
    renewed: pactFigure(signed.filter((p) => p.renewal)),
    active: pactFigure(pacts.filter((p) => years.some((year) => activeIn(p, year)))),
    completed: pactFigure(pacts.filter((p) => within(p.completedYear))),
  }
}

/** Signatories of the counted pacts by group, summed pact by pact: an organisation on two pacts counts twice. */
function signatoryFigures(pacts: readonly CountedPact[]): TransparencyReport['signatories'] {
  const groups = [...SIGNATORY_GROUPS, 'total'] as const
  const sums = Object.fromEntries(groups.map((g) => [g, { value: 0, records: [] as RecordRef[] }])) as Record<SignatoryGroup | 'total', { value: number; records: RecordRef[] }>
  for (const p of pacts) {
    const counts = signatoryCounts(p.pact)
    for (const group of groups) {
      if (counts[group] <= 0) continue
      sums[group].value += counts[group]
      sums[group].records.push(p.ref)
    }
  }
  return Object.fromEntries(groups.map((g) => [g, figure(sums[g].value, sums[g].records)])) as TransparencyReport['signatories']
}

/** Commitments of the counted pacts by party and resource kind, each pact listed with what it adds. */
function moneyFigures(pacts: readonly CountedPact[]): TransparencyReport['money'] {
  const byParty = Object.fromEntries(PARTIES.map((party) => [party, Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, [] as RecordRef[]]))])) as Record<Party, Record<ResourceKind, RecordRef[]>>
  const partyTotal = Object.fromEntries(PARTIES.map((party) => [party, [] as RecordRef[]])) as Record<Party, RecordRef[]>
  const total: RecordRef[] = []
  const add = (records: RecordRef[], ref: RecordRef, euro: number) => {
    if (toCents(euro) !== 0) records.push({ ...ref, amount: euro })
  }
  for (const p of pacts) {
    const totals = budgetTotals(p.pact.commitments)
    for (const party of PARTIES) {
      for (const kind of RESOURCE_KINDS) add(byParty[party][kind], p.ref, totals.byParty[party][kind])
      add(partyTotal[party], p.ref, totals.partyTotal[party])
    }
    add(total, p.ref, totals.total)
  }
  return {
    byParty: Object.fromEntries(PARTIES.map((party) => [party, Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, moneyFigure(byParty[party][kind])]))])) as TransparencyReport['money']['byParty'],
    partyTotal: Object.fromEntries(PARTIES.map((party) => [party, moneyFigure(partyTotal[party])])) as TransparencyReport['money']['partyTotal'],
    total: moneyFigure(total),
  }
}

/* ------------------------------------------------------------------------------------------------------------
 * Projects and indicators
 * ---------------------------------------------------------------------------------------------------------- */

/**
 * The projects of the counted pacts. With a neighbourhood filter a project placed in a neighbourhood of its
 * own counts only there (a bare id never matches); one without follows its pact, which already belongs.
 */
function countedProjects(projects: readonly PublicProject[], pactIds: ReadonlySet<string>, neighbourhood: string | undefined): PublicProject[] {
  return projects.filter((project) => {
    const pact = refId(project.pact)
    if (pact === undefined || !pactIds.has(pact)) return false
    return neighbourhood === undefined || !isSet(project.neighbourhood) || slugOf(project.neighbourhood) === neighbourhood
  })
}

function projectFigures(projects: readonly PublicProject[]): TransparencyReport['projects'] {
  const of = (list: readonly PublicProject[]) => figure(list.length, list.map(projectRecord))
  return {
    total: of(projects),
    byDomain: Object.fromEntries(PROJECT_DOMAINS.map((domain) => [domain, of(projects.filter((p) => p.domain === domain))])) as Record<ProjectDomain, Figure>,
    byStatus: Object.fromEntries(PROJECT_STATUSES.map((status) => [status, of(projects.filter((p) => p.status === status))])) as Record<ProjectStatus, Figure>,
  }
}

/**
 * Indicators of the counted pacts and projects: how many, how many can be judged (a target and a
 * measurement), how many reached their target. Each links to the page of the pact or project that counts it.
 */
function indicatorFigures(indicators: readonly PublicIndicator[], pacts: ReadonlyMap<string, CountedPact>, projects: ReadonlyMap<string, PublicProject>): TransparencyReport['indicators'] {
  const total: RecordRef[] = []
  const measured: RecordRef[] = []
  const onTarget: RecordRef[] = []
  for (const indicator of indicators) {
    const pact = pacts.get(refId(indicator.pact) ?? '')
    const project = projects.get(refId(indicator.project) ?? '')
    const page = pact?.ref.path ?? (project ? projectRecord(project).path : undefined)
    if (page === undefined) continue
    const ref: RecordRef = { kind: 'indicator', label: indicator.name, path: page }
    const status = indicatorStatus(indicator)
    total.push(ref)
    if (status.onTarget !== null) measured.push(ref)
    if (status.onTarget === true) onTarget.push(ref)
  }
  return { total: figure(total.length, total), measured: figure(measured.length, measured), onTarget: figure(onTarget.length, onTarget) }
}

/* ------------------------------------------------------------------------------------------------------------
 * Grants and offline participants
 * ---------------------------------------------------------------------------------------------------------- */

interface CountedAward {
  year: number
  ref: RecordRef
}

/**
 * Awards made in the range in the neighbourhood: the award's own neighbourhood decides when it has one,
 * otherwise any of the call's. Each links to the grants page for its year (and neighbourhood).
 */
function countedAwards(grants: readonly PublicGrant[], filters: ReportFilters): CountedAward[] {
  const awards: CountedAward[] = []
  for (const grant of grants) {
    for (const award of grant.awards ?? []) {
      const year = romeYear(award.awardedAt)
      if (!inRange(year, filters)) continue
      if (filters.neighbourhood !== undefined) {
        const places = isSet(award.neighbourhood) ? [award.neighbourhood] : (grant.neighbourhoods ?? [])
        if (!places.some((n) => slugOf(n) === filters.neighbourhood)) continue
      }
      awards.push({ year, ref: { kind: 'grant', label: awardLabel(award, grant), path: grantsPath(year, filters.neighbourhood), amount: award.amount } })
    }
  }
  return awards
}

/** "Beneficiary — call": the beneficiary's name when published, else what the money is for. */
function awardLabel(award: GrantAward, grant: Pick<PublicGrant, 'title'>): string {
  const beneficiary = typeof award.beneficiary === 'object' && award.beneficiary !== null ? award.beneficiary.name : undefined
  const project = typeof award.project === 'object' && award.project !== null ? award.project.title : undefined
  const who = beneficiary || award.purpose || project
  return who ? `${who} — ${grant.title}` : grant.title
}

/** The grants page filtered to a year (and neighbourhood): there is no page per call. */
function grantsPath(year: number, neighbourhood: string | undefined): string {
  const params = new URLSearchParams({ anno: String(year) })
  if (neighbourhood !== undefined) params.set('quartiere', neighbourhood)
  return `/contributi?${params.toString()}`
}

function grantFigures(awards: readonly CountedAward[]): TransparencyReport['grants'] {
  const records = awards.map((a) => a.ref)
  return { awarded: figure(awards.length, records), amount: moneyFigure(records) }
}

interface CountedSession {
  year: number
  count: number
  ref: RecordRef
}

/** The public page of a lab or event. */
function activityRecord(activity: OfflineCount['activity']): RecordRef {
  return { kind: activity.kind, label: activity.title, path: `${activity.kind === 'laboratory' ? '/laboratori' : '/eventi'}/${activity.slug}` }
}

/** Staff head counts in the range and neighbourhood; a count not placed in a neighbourhood never matches one. */
function countedSessions(offline: readonly OfflineCount[], filters: ReportFilters): CountedSession[] {
  const sessions: CountedSession[] = []
  for (const session of offline) {
    const year = romeYear(session.date)
    if (!inRange(year, filters)) continue
    if (filters.neighbourhood !== undefined && session.neighbourhood !== filters.neighbourhood) continue
    sessions.push({ year, count: session.count, ref: { ...activityRecord(session.activity), amount: session.count } })
  }
  return sessions
}

/** Attendance summed over sessions, one record per activity with its attendance. */
const offlineFigure = (sessions: readonly CountedSession[]): Figure =>
  figure(
    sessions.reduce((sum, s) => sum + s.count, 0),
    sessions.map((s) => s.ref),
  )

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
export function transparencyReport(input: ReportInput, filters: ReportFilters, now = new Date()): TransparencyReport {
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

/* ------------------------------------------------------------------------------------------------------------
 * Definitions, in words
 * ---------------------------------------------------------------------------------------------------------- */

/**
 * What each figure counts, in plain words, shown under the report so a reader can check a number without
 * reading code. Each sentence states the rule the functions above apply; change both together.
 */
export const DEFINITIONS: Record<string, { it: string; en: string }> = {
  signed: {
    it: 'Patti firmati nell’anno, secondo la data di firma (ora di Roma), rinnovi compresi. I patti ancora in redazione o soltanto approvati, e quelli senza data di firma, non sono mai contati.',
    en: 'Pacts signed in the year, by signing date (Rome time), renewals included. Pacts still being drafted or only approved, and pacts without a signing date, are never counted.',
  },
  renewed: {
    it: 'Tra i patti firmati, quelli che rinnovano un patto precedente. Sono già compresi nel numero dei patti firmati.',
    en: 'Of the pacts signed, those that renew an earlier pact. They are already included in the number of pacts signed.',
  },
  active: {
    it: 'Patti firmati entro il 31 dicembre dell’anno, con validità iniziata entro quella data e non terminata prima del 1° gennaio. Per l’intero periodo, i patti attivi in almeno uno dei suoi anni. Un patto concluso senza data di fine è considerato attivo fino alla fine dell’anno di firma.',
    en: 'Pacts signed by 31 December of the year whose validity had begun by that date and had not ended before 1 January. For the whole period, pacts active in at least one of its years. A completed pact without an end date is taken as active until the end of the year it was signed.',
  },
  completed: {
    it: 'Patti conclusi, contati nell’anno in cui termina la loro validità; un patto concluso senza data di fine è contato nell’anno della firma.',
    en: 'Completed pacts, counted in the year their validity ends; a completed pact without an end date is counted in the year it was signed.',
  },
  signatories: {
    it: 'Firmatari dei patti firmati nel periodo: le organizzazioni per gruppo (associazioni, imprese, altri) e i volontari singoli per numero; gli uffici del Comune non sono contati. Le firme si sommano patto per patto: un’organizzazione che firma due patti è contata due volte.',
    en: 'Signatories of the pacts signed in the period: organisations by group (associations, businesses, others) and individual volunteers by number; the municipality’s own offices are not counted. Signatures add up pact by pact: an organisation that signs two pacts is counted twice.',
  },
  participants: {
    it: 'Persone diverse con un’iscrizione online confermata a un laboratorio o a un evento pubblicato, nell’anno dell’iscrizione. Chi si iscrive in più anni o a più attività è contato una sola volta nel totale del periodo, e una volta per ogni anno.',
    en: 'Distinct people with a confirmed online sign-up to a published lab or event, in the year they signed up. Someone who signs up in several years or to several activities is counted once in the period total, and once in each year.',
  },
  offlineParticipants: {
    it: 'Presenze contate dal personale agli incontri dei laboratori e agli eventi, nell’anno dell’incontro. Sono presenze, non persone: chi partecipa a tre incontri è contato tre volte. Con un quartiere scelto contano solo gli incontri assegnati a quel quartiere.',
    en: 'Attendance counted by staff at lab meetings and events, in the year of the meeting. These are attendances, not people: someone who comes to three meetings is counted three times. With a neighbourhood selected, only meetings assigned to it count.',
  },
  projects: {
    it: 'Progetti dei patti firmati nel periodo, per ambito e per stato attuale. Con un quartiere scelto, un progetto che indica un proprio quartiere è contato solo se è quello; altrimenti vale il quartiere del suo patto.',
    en: 'Projects of the pacts signed in the period, by domain and by current status. With a neighbourhood selected, a project that names a neighbourhood of its own counts only if it is that one; otherwise its pact’s neighbourhood applies.',
  },
  money: {
    it: 'Valore degli impegni presi nei patti firmati nel periodo, per parte (Comune o partner) e per tipo di risorsa: denaro e valore dichiarato di beni, ore e spazi. Sono impegni, non spese effettive.',
    en: 'Value of the commitments made in the pacts signed in the period, by party (municipality or partners) and kind of resource: money, and the stated value of goods, hours and spaces. These are commitments, not actual spending.',
  },
  grants: {
    it: 'Contributi assegnati con i bandi, contati nell’anno dell’assegnazione e sommati per importo. Con un quartiere scelto vale il quartiere indicato nell’assegnazione o, se manca, quelli del bando.',
    en: 'Grants awarded under calls, counted in the year of the award and added up by amount. With a neighbourhood selected, the neighbourhood named in the award applies or, when there is none, those of the call.',
  },
  indicators: {
    it: 'Indicatori dei patti firmati nel periodo e dei loro progetti. Misurati: quelli con un obiettivo e almeno una misurazione. In linea con l’obiettivo: quelli la cui ultima misurazione lo raggiunge, nella direzione che va dal valore di partenza all’obiettivo.',
    en: 'Indicators of the pacts signed in the period and of their projects. Measured: those with a target and at least one measurement. On target: those whose latest measurement reaches it, in the direction from the baseline to the target.',
  },
}

/* ------------------------------------------------------------------------------------------------------------
 * The flat table (open data)
 * ---------------------------------------------------------------------------------------------------------- */

/** One figure of the report as a row of `/trasparenza.csv` and `.json`; `year` is null for the period's totals. */
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
