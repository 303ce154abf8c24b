import { romeDay } from '../platform/dates.ts'

/*
 * What the transparency report is made of: figures, each with the records it counts, built by each domain's
 * part of the report (`<domain>/report-figures.ts`) over the same filters, and put in reading order here.
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

export function romeYear(value: string | Date | null | undefined): number | null {
  const day = romeDay(value)
  return day === null ? null : Number(day.slice(0, 4))
}

export const inRange = (year: number | null, filters: ReportFilters): year is number => year !== null && year >= filters.fromYear && year <= filters.toYear

/** Italian order for labels and titles: accented letters sort with their base letter, case does not split them. */
export const COLLATOR = new Intl.Collator('it', { sensitivity: 'base', numeric: true })

/** Euro as whole cents: every sum of amounts goes through cents, so 0.1 + 0.2 is 0.3. */
export const toCents = (euro: number | null | undefined) => Math.round((euro ?? 0) * 100)

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
export function sortFigureRecords<T>(report: T): T {
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

export const figure = (value: number, records: readonly RecordRef[]): Figure => ({ value, records: tidyRecords(records) })

/** A money figure: the amount of each record, summed in cents. */
export const moneyFigure = (records: readonly RecordRef[]): Figure => figure(records.reduce((sum, r) => sum + toCents(r.amount), 0) / 100, records)

/** The neighbourhood slug of a relation: a bare id carries none, so it never matches a filter. */
export const slugOf = (ref: unknown): string | undefined =>
  typeof ref === 'object' && ref !== null && typeof (ref as { slug?: unknown }).slug === 'string' ? (ref as { slug: string }).slug : undefined

export const isSet = (value: unknown) => value !== null && value !== undefined && value !== ''

/** Every year of the range, ascending: each table has a row per year, empty years included. */
export function reportYears(filters: Pick<ReportFilters, 'fromYear' | 'toYear'>): number[] {
  return Array.from({ length: Math.max(0, filters.toYear - filters.fromYear + 1) }, (_, i) => filters.fromYear + i)
}
