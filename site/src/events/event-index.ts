import { publicEventSchema, type PublicEvent } from '@quartieri/shared/events/event'
import { fetchEveryPage } from '../platform/cms-pages.ts'
import { indexedCollection } from '../platform/indexed-collection.ts'
import { config } from '../platform/config.ts'
import { z } from 'zod'
import { Multilingual, multilingual } from '../platform/i18n/content.ts'

/**
 * Every published event, kept in memory: calendar pages and feeds filter it instead of asking the CMS for
 * hundreds of events on each render. The CMS names the events it changes when it purges, and only those are
 * fetched again; the whole index is reloaded after an import and at least every INDEX_TTL. Each event is kept
 * in every locale, read once (`locale=all`): `eventIn(e, locale)` is its version in the reader's language.
 */
const INDEX_TTL_MS = config.SITE_EVENT_INDEX_TTL_SECONDS * 1000

const FIELDS = [
  'title',
  'slug',
  'type',
  'start',
  'end',
  'allDay',
  'summary',
  'venue',
  'neighbourhood',
  'laboratory',
  'registration',
  'cancelled',
  'cancellationReason',
  'attendees',
  'recurrence',
  'sequence',
  'updatedAt',
  'createdAt',
]

export interface IndexedEvent {
  /** The event in Italian: its dates, slugs and type, the same in every language, are read from it. */
  event: PublicEvent
  /** The event in every locale. */
  doc: Multilingual<PublicEvent>
  startMs: number
  /** When the event can last happen: its end, or the end of its repetition's last day; Infinity if open-ended. */
  lastMs: number
  neighbourhood?: string
  laboratory?: string
  /** Where it stands in the index's `events`. */
  position: number
}

export interface EventIndex {
  /** Every event, by start. */
  events: IndexedEvent[]
  bySlug: Map<string, IndexedEvent>
  loadedAt: number
  /** The events that are over within LONG_SPAN_MS of their start, by start: a range of them is found by binary search. */
  short: IndexedEvent[]
  /** The longest span (lastMs − startMs) among `short`. */
  shortSpanMs: number
  /** Weekly and long-running events, and any with an unreadable date: few, so looked at one by one. */
  long: IndexedEvent[]
}

/** Events lasting longer than this (from start to last possible end) are kept out of the binary-searched list. */
export const LONG_SPAN_MS = 31 * 86_400_000

function indexed(doc: Multilingual<PublicEvent>): IndexedEvent {
  const event = doc.in('it')
  const startMs = Date.parse(event.start)
  const weekly = event.recurrence?.frequency === 'weekly' && (event.recurrence.byDay?.length ?? 0) > 0
  const lastMs = weekly
    ? event.recurrence?.until
      ? Date.parse(event.recurrence.until) + 2 * 86_400_000
      : Number.POSITIVE_INFINITY
    : Math.max(Date.parse(event.end ?? event.start), startMs + 86_400_000)
  const slugOf = (ref: unknown) => (typeof ref === 'object' && ref !== null ? (ref as { slug?: string }).slug : undefined)
  return { event, doc, startMs, lastMs, neighbourhood: slugOf(event.neighbourhood), laboratory: slugOf(event.laboratory), position: 0 }
}

/** An indexed event in the reader's language (texts without a translation in Italian, recorded for `langOf`). */
export const eventIn = (e: IndexedEvent, locale: string): PublicEvent => e.doc.in(locale)

const eventDocSchema = multilingual(publicEventSchema)

function fetchEvents(where: Record<string, unknown>): Promise<Array<Multilingual<PublicEvent>>> {
  const query = {
    where: { and: [{ _status: { equals: 'published' } }, where] },
    depth: 1,
    sort: 'start,id',
    select: Object.fromEntries(FIELDS.map((f) => [f, true])),
    populate: { neighbourhoods: { name: true, slug: true }, laboratories: { title: true, slug: true } },
    locale: 'all',
  }
  return fetchEveryPage('events', eventDocSchema, query)
}

/** The index of these events (exported for tests). */
export function buildEventIndex(events: Array<Multilingual<PublicEvent> | PublicEvent>, loadedAt = Date.now()): EventIndex {
  const all = events.map((event) => indexed(event instanceof Multilingual ? event : new Multilingual(event, z.custom<PublicEvent>()))).sort((a, b) => a.startMs - b.startMs)
  const short: IndexedEvent[] = []
  const long: IndexedEvent[] = []
  let shortSpanMs = 0
  for (const [position, e] of all.entries()) {
    e.position = position
    const span = e.lastMs - e.startMs
    if (span <= LONG_SPAN_MS) {
      short.push(e)
      if (span > shortSpanMs) shortSpanMs = span
    } else long.push(e)
  }
  // Only an unreadable start date (NaN) can leave the sort out of order; such an event is never found anyway.
  if (short.some((e, i) => i > 0 && short[i - 1]!.startMs > e.startMs)) short.sort((a, b) => a.startMs - b.startMs)
  return { events: all, bySlug: new Map(all.map((e) => [e.event.slug, e])), loadedAt, short, shortSpanMs, long }
}

/** The position of the first item of `sorted` (by startMs) starting at or after `ms`; `sorted.length` if none. */
export function firstStartingFrom(sorted: readonly { startMs: number }[], ms: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]!.startMs < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The indexed events that start before `toMs` and may last past `fromMs` and that `keep` accepts, in index
 * order: a binary search bounds the short events to those starting between `fromMs` less the longest span
 * and `toMs`; the few long ones are all looked at.
 */
export function eventsOverlapping(index: EventIndex, fromMs: number, toMs: number, keep: (e: IndexedEvent) => boolean = () => true): IndexedEvent[] {
  const found: IndexedEvent[] = []
  let inOrder = true
  const consider = (e: IndexedEvent) => {
    if (!(e.startMs < toMs && e.lastMs > fromMs && keep(e))) return
    if (found.length > 0 && found[found.length - 1]!.position > e.position) inOrder = false
    found.push(e)
  }
  // A short event starting before fromMs − shortSpanMs is over before fromMs; none from toMs on has begun by then.
  const end = firstStartingFrom(index.short, toMs)
  for (let i = firstStartingFrom(index.short, fromMs - index.shortSpanMs); i < end; i++) consider(index.short[i]!)
  for (const e of index.long) consider(e)
  return inOrder ? found : found.sort((a, b) => a.position - b.position)
}

const events = indexedCollection<EventIndex>({
  name: 'event',
  ttlMs: INDEX_TTL_MS,
  load: async () => buildEventIndex(await fetchEvents({})),
  async fetchChanges(ids) {
    const fresh = await fetchEvents({ id: { in: ids } })
    const changed = new Set(ids.map(String))
    return (latest) => buildEventIndex([...latest.events.filter((e) => !changed.has(String(e.event.id))).map((e) => e.doc), ...fresh], latest.loadedAt)
  },
})

/** Serves an index built from these events instead of the CMS's, until the next reload (tests and profiling). */
export const primeEventIndex = (list: PublicEvent[]): void => events.prime(buildEventIndex(list))

/** The index, loading it on first use; an old one is served while a fresh one loads, and through a CMS outage. */
export const eventIndex = (): Promise<EventIndex> => events.get()

/** Fetches these events again (published or gone) and updates the index in place. */
export const refreshEvents = (ids: Array<number | string>): Promise<void> => events.refresh(ids)

/** Forgets the index: the next calendar request loads it again (after an import). */
export const reloadEventIndex = (): Promise<void> => events.forget()
