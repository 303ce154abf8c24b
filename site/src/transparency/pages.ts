import type { PublicSettings } from '@quartieri/shared/platform/settings'
import {
  reportFilters,
  transparencyReport,
  withRosterTotals,
  type Figure,
  type OfflineCount,
  type ReportFilters,
  type TransparencyReport,
} from '@quartieri/shared/transparency/report'
import { allLaboratories } from '../laboratories/cms.ts'
import { getParticipants, getRosterTotals } from './cms.ts'
import { listGrants } from '../grants/cms.ts'
import { neighbourhoodOptions, type NeighbourhoodOption } from '../neighbourhoods/cms.ts'
import { withSettings } from '../platform/page-data.ts'
import { eventIn, eventIndex } from '../events/event-index.ts'
import { fallbackTexts, markIfContains } from '../platform/i18n/content.ts'
import { DEFAULT_LOCALE, type SiteLocale } from '../platform/i18n/locales.ts'
import { publishedPactRecords } from '../pacts/pact-index.ts'

const slugOf = (ref: unknown): string | undefined => (typeof ref === 'object' && ref !== null ? (ref as { slug?: string }).slug : undefined)

/**
 * People counted on site by staff: at lab meetings (published labs) and at events (published events), with the
 * activities' titles in `locale`; a meeting counted with the CMS's attendance roster takes the roster's total.
 */
async function offlineCounts(locale: SiteLocale): Promise<{ counts: OfflineCount[]; titles: Map<string, string>; docs: unknown[] }> {
  const [labs, index, roster] = await Promise.all([allLaboratories(locale), eventIndex(), getRosterTotals()])
  const events = index.events.map((e) => ({ event: eventIn(e, locale), neighbourhood: e.neighbourhood }))
  const titles = new Map([...labs.map((lab) => [`laboratory ${lab.slug}`, lab.title] as const), ...events.map(({ event }) => [`event ${event.slug}`, event.title] as const)])
  const counts: OfflineCount[] = []
  for (const lab of labs) {
    for (const session of lab.sessions ?? []) {
      if (!session.attendees) continue
      counts.push({
        date: session.startsAt,
        neighbourhood: slugOf(lab.neighbourhood),
        count: session.attendees,
        activity: { kind: 'laboratory', slug: lab.slug, title: lab.title },
      })
    }
  }
  for (const { event, neighbourhood } of events) {
    if (!event.attendees) continue
    counts.push({ date: event.start, neighbourhood, count: event.attendees, activity: { kind: 'event', slug: event.slug, title: event.title } })
  }
  const activities = new Map([
    ...labs.map((lab) => [`laboratory ${lab.slug}`, { title: lab.title, neighbourhood: slugOf(lab.neighbourhood) }] as const),
    ...events.map(({ event, neighbourhood }) => [`event ${event.slug}`, { title: event.title, neighbourhood }] as const),
  ])
  return { counts: withRosterTotals(counts, roster, activities), titles, docs: [labs, events.map(({ event }) => event)] }
}

/** Every figure's records (the lists behind the figures), wherever they are in the report. */
function figureRecords(node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (typeof node !== 'object' || node === null) return out
  if (Array.isArray(node)) {
    for (const item of node) figureRecords(item, out)
    return out
  }
  const records = (node as { records?: unknown }).records
  if (Array.isArray(records) && typeof (node as { value?: unknown }).value === 'number') out.push(...(records as Array<Record<string, unknown>>))
  for (const value of Object.values(node)) figureRecords(value, out)
  return out
}

/**
 * The report for these filters, from the published records only, its labels in `locale` (the downloads keep
 * Italian, the reference language): a label with an untranslated text in it is marked Italian (`langOf`).
 */
export async function buildReport(filters: ReportFilters, locale: SiteLocale = DEFAULT_LOCALE, now = new Date()): Promise<TransparencyReport> {
  const records = await publishedPactRecords(locale)
  const offline = await offlineCounts(locale)
  const [grants, counted] = await Promise.all([listGrants(locale), getParticipants(filters)])
  // The CMS names the activities people signed up for in Italian: their titles are taken in the page's language.
  const participants = { ...counted, byActivity: counted.byActivity.map((a) => ({ ...a, title: offline.titles.get(`${a.kind} ${a.slug}`) ?? a.title })) }
  const report = transparencyReport({ ...records, grants, offline: offline.counts, participants }, filters, now)
  if (locale !== DEFAULT_LOCALE) {
    const italian = fallbackTexts([records, grants, offline.docs])
    for (const record of figureRecords(report)) markIfContains(record, 'label', italian, locale)
    for (const activity of report.participants.online.byActivity) markIfContains(activity, 'title', italian, locale)
  }
  return report
}

export type TransparencyLoad =
  | { status: 200; settings: PublicSettings; data: { report: TransparencyReport; neighbourhoods: NeighbourhoodOption[] } }
  | { status: 400; settings: PublicSettings | null; param: string }
  | { status: 503; settings: PublicSettings | null }

/** The transparency page: its filters from the URL (a malformed one is a 400 naming it), the report and the filter options. */
export function loadTransparency(url: URL, locale: SiteLocale, now = new Date()): Promise<TransparencyLoad> {
  return withSettings(async (settings): Promise<TransparencyLoad> => {
    const filters = reportFilters(url.searchParams, now)
    if ('error' in filters) return { status: 400, settings, param: filters.error }
    const [report, neighbourhoods] = await Promise.all([buildReport(filters, locale, now), neighbourhoodOptions()])
    return { status: 200, settings, data: { report, neighbourhoods } }
  })
}

/**
 * A figure of the report by its key, as the page links to it: `pacts.signed`, `years.2024.renewed`,
 * `signatories.associations`, `projects.byDomain.care-of-city`, `money.byParty.municipality.money`… Null for
 * a key that names no figure.
 */
export function figureAt(report: TransparencyReport, key: string): Figure | null {
  if (!/^[a-zA-Z0-9.-]{1,80}$/.test(key)) return null
  const parts = key.split('.')
  let node: unknown = report
  if (parts[0] === 'years') {
    node = report.years.find((y) => String(y.year) === parts[1])
    parts.splice(0, 2)
  }
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null
    node = (node as Record<string, unknown>)[part]
  }
  const figure = node as Partial<Figure> | null
  return figure && typeof figure.value === 'number' && Array.isArray(figure.records) ? (figure as Figure) : null
}
