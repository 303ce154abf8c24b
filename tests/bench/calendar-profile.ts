import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseCalendarFilters } from '@quartieri/shared/events/calendar-filters'
import { publicEventSchema, type PublicEvent } from '@quartieri/shared/events/event'
import { buildCalendar } from '@quartieri/shared/events/ical'
import { occurrencesBetween, type Occurrence } from '@quartieri/shared/events/occurrences'
import { formatLongDay, formatMonth, formatTime } from '@quartieri/shared/platform/dates'
import { feedCalendar, feedEvents } from '../../site/src/events/calendar-feed.ts'
import { eventsBetween } from '../../site/src/events/cms.ts'
import { primeEventIndex } from '../../site/src/events/event-index.ts'
import { listCalendar, monthCalendar } from '../../site/src/events/pages.ts'
import { eventsFile } from './events.ts'
import { percentile } from './measure.ts'

/**
 * `cd tests && npx tsx bench/calendar-profile.ts [runs]`: the data work behind the calendar URLs that
 * `npm run bench` measures on a cache miss, in-process and without the CMS or Astro. The same events as the
 * benchmark (its generator, plus the demo's) are shaped as the CMS publishes them and put in the site's
 * event index; then the page-data, feed and formatting functions the pages call are timed one by one.
 */
const RUNS = Number(process.argv[2] || 40)
const WARMUP = 5
const EVENT_COUNT = Number(process.env.BENCH_EVENTS || 20_000)
const ROOT = path.resolve(import.meta.dirname, '..', '..')
const NEIGHBOURHOODS = ['san-siro', 'molise-calvairate', 'gratosoglio', 'ponte-lambro', 'mazzini']

interface ImportRecord {
  slug: string
  title: string
  type: PublicEvent['type']
  neighbourhood: string
  laboratory?: string
  start: string
  end?: string
  allDay?: boolean
  summary?: string
  venue?: PublicEvent['venue']
  recurrence?: { byDay: string[]; until?: string; exceptions?: string[] }
  registration?: { capacity?: number; opensAt?: string; closesAt?: string }
  cancelled?: { reason?: string }
}

/** Import records as the CMS's REST API gives them back (depth 1, dates in UTC, day-only dates at noon UTC). */
function published(records: ImportRecord[]): PublicEvent[] {
  const stamp = new Date().toISOString()
  const day = (value: string) => `${value}T12:00:00.000Z`
  const neighbourhoodIds = new Map(NEIGHBOURHOODS.map((slug, i) => [slug, i + 1]))
  const labIds = new Map<string, number>()
  return records.map((r, i) => {
    const labId = r.laboratory ? (labIds.get(r.laboratory) ?? labIds.set(r.laboratory, labIds.size + 1).get(r.laboratory)!) : null
    return publicEventSchema.parse({
      id: i + 1,
      title: r.title,
      slug: r.slug,
      type: r.type,
      start: new Date(r.start).toISOString(),
      end: r.end ? new Date(r.end).toISOString() : null,
      allDay: r.allDay ?? false,
      summary: r.summary ?? null,
      descriptionHtml: null,
      venue: r.venue ?? {},
      neighbourhood: { id: neighbourhoodIds.get(r.neighbourhood) ?? 99, slug: r.neighbourhood, name: r.neighbourhood },
      laboratory: r.laboratory ? { id: labId!, slug: r.laboratory, title: r.laboratory } : null,
      registration: r.registration
        ? { mode: 'required', capacity: r.registration.capacity ?? 50, opensAt: r.registration.opensAt ?? null, closesAt: r.registration.closesAt ?? null }
        : { mode: 'none' },
      cancelled: Boolean(r.cancelled),
      cancellationReason: r.cancelled?.reason ?? null,
      recurrence: r.recurrence
        ? {
            frequency: 'weekly',
            byDay: r.recurrence.byDay,
            until: r.recurrence.until ? day(r.recurrence.until) : null,
            exceptions: (r.recurrence.exceptions ?? []).map((d) => ({ date: day(d) })),
          }
        : { frequency: 'none', byDay: [], until: null, exceptions: [] },
      sequence: 0,
      updatedAt: stamp,
      createdAt: stamp,
    })
  })
}

/** The benchmark's events as the site's index holds them. */
export function benchmarkEvents(): PublicEvent[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calendar-profile-'))
  try {
    const generated = JSON.parse(fs.readFileSync(eventsFile(dir, EVENT_COUNT, NEIGHBOURHOODS), 'utf8')).events as ImportRecord[]
    const demo = JSON.parse(fs.readFileSync(path.join(ROOT, 'cms', 'src', 'demo', 'demo-data.json'), 'utf8')).events as ImportRecord[]
    return published([...demo, ...generated])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

interface Timing {
  label: string
  first: number
  p50: number
  p95: number
  max: number
  note: string
}

async function time<T>(label: string, work: () => T | Promise<T>, summarise: (result: T) => string = () => ''): Promise<Timing> {
  const times: number[] = []
  let note = ''
  let first = 0
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now()
    const result = await work()
    const ms = performance.now() - t0
    if (i === 0) {
      first = ms
      note = summarise(result)
    }
    if (i >= WARMUP) times.push(ms)
  }
  times.sort((a, b) => a - b)
  return { label, first, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)!, note }
}

const filters = (query: string) => {
  const parsed = parseCalendarFilters(new URLSearchParams(query))
  if (!parsed) throw new Error(`bad filters: ${query}`)
  return parsed
}

/** What EventItem.astro formats for each listed date. */
function formatListItems(occurrences: Occurrence[]): number {
  let chars = 0
  for (const o of occurrences) chars += formatLongDay(o.start, 'it').length + (o.event.allDay ? 0 : formatTime(o.start, 'it').length + formatTime(o.end, 'it').length)
  return chars
}

/** What the month grid of EventsView.astro formats: the month's name, and the time of up to 3 dates a day. */
function formatMonthGrid(grid: { month: string; weeks: string[][]; byDay: Map<string, Occurrence[]> }): number {
  let chars = formatMonth(grid.month, 'it').length * 2
  for (const day of grid.weeks.flat()) {
    if (!day.startsWith(grid.month)) continue
    for (const o of (grid.byDay.get(day) ?? []).slice(0, 3)) chars += o.event.allDay ? 0 : formatTime(o.start, 'it').length
  }
  return chars
}

async function main() {
  const t0 = performance.now()
  const events = benchmarkEvents()
  const shaped = performance.now() - t0
  const t1 = performance.now()
  primeEventIndex(events)
  const built = performance.now() - t1
  console.log(
    `${events.length} events (${events.filter((e) => e.recurrence?.frequency === 'weekly').length} weekly); shaped and parsed in ${shaped.toFixed(0)} ms, index built in ${built.toFixed(1)} ms`,
  )

  // The benchmark's URLs (tests/bench/run.ts).
  const month = filters('vista=mese&mese=2027-03')
  const list = filters('da=2027-03-01&a=2027-03-31')
  const feed = filters('quartiere=gratosoglio&tipo=workshop')
  const site = { name: 'Eventi · Milano', siteUrl: 'http://127.0.0.1:4321' }
  const march = [new Date('2027-02-28T23:00:00Z'), new Date('2027-04-05T22:00:00Z')] as const

  const rows: Timing[] = []
  // Whole data work per URL, as the pages call it.
  rows.push(
    await time(
      'month view data (monthCalendar)',
      () => monthCalendar(month, 'it'),
      (g) => `${g.total} dates in the month, ${[...g.byDay.values()].reduce((n, d) => n + d.length, 0)} in the grid`,
    ),
  )
  const grid = await monthCalendar(month, 'it')
  rows.push(await time('month view formatting (template)', () => formatMonthGrid(grid)))
  rows.push(
    await time(
      'list view data (listCalendar)',
      () => listCalendar(list, 'it'),
      (l) => `${l?.total} dates, page 1 of ${l?.totalPages}`,
    ),
  )
  const page = (await listCalendar(list, 'it'))!.occurrences
  rows.push(await time('list view formatting (template)', () => formatListItems(page)))
  rows.push(
    await time(
      '.ics feed (feedEvents + feedCalendar)',
      async () => feedCalendar(await feedEvents(feed, 'it'), site),
      (text) => `${text.length} chars`,
    ),
  )
  // Where the time goes.
  rows.push(
    await time(
      '  eventsBetween, month grid range',
      () => eventsBetween(...march, {}, 'it'),
      (e) => `${e.length} events`,
    ),
  )
  const inMarch = await eventsBetween(...march, {}, 'it')
  rows.push(
    await time(
      '  occurrencesBetween, month grid range',
      () => occurrencesBetween(inMarch, ...march),
      (o) => `${o.length} dates`,
    ),
  )
  rows.push(
    await time(
      '  feedEvents (filtered)',
      () => feedEvents(feed, 'it'),
      (e) => `${e.length} events`,
    ),
  )
  const feedList = await feedEvents(feed, 'it')
  rows.push(await time('  buildCalendar (filtered), nothing remembered', () => buildCalendar(feedList, site)))

  const pad = (s: string, n: number) => s.padEnd(n)
  const ms = (n: number) => n.toFixed(2).padStart(8)
  console.log(`\n${pad('work', 44)}${'first'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}  (ms, ${RUNS} runs after ${WARMUP} warm-up)`)
  for (const r of rows) console.log(`${pad(r.label, 44)}${ms(r.first)}${ms(r.p50)}${ms(r.p95)}${ms(r.max)}  ${r.note}`)
}

// Run, unless imported (e.g. for its events).
if (path.resolve(process.argv[1] ?? '') === import.meta.filename) await main()
