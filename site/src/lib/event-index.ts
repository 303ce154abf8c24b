import { stringify } from 'qs-esm'
import { z } from 'zod'
import { publicEventSchema, type PublicEvent } from '@quartieri/shared/events/event'

/**
 * Every published event, kept in memory: calendar pages and feeds filter it instead of asking the CMS for
 * hundreds of events on each render. The CMS names the events it changes when it purges, and only those are
 * fetched again; the whole index is reloaded after an import and at least every INDEX_TTL.
 */
const CMS_URL = process.env.CMS_INTERNAL_URL || process.env.CMS_URL || `http://localhost:${process.env.CMS_PORT || 3000}`
const INDEX_TTL_MS = Number(process.env.SITE_EVENT_INDEX_TTL_SECONDS || 600) * 1000
const TIMEOUT_MS = Number(process.env.CMS_TIMEOUT_MS || 5_000)

const FIELDS = ['title', 'slug', 'type', 'start', 'end', 'allDay', 'summary', 'venue', 'neighbourhood', 'laboratory', 'registration', 'cancelled', 'cancellationReason', 'recurrence', 'sequence', 'updatedAt', 'createdAt']

export interface IndexedEvent {
  event: PublicEvent
  startMs: number
  /** When the event can last happen: its end, or the end of its repetition's last day; Infinity if open-ended. */
  lastMs: number
  neighbourhood?: string
  laboratory?: string
}

interface EventIndex {
  events: IndexedEvent[]
  bySlug: Map<string, IndexedEvent>
  loadedAt: number
}

let index: EventIndex | null = null
let loading: Promise<EventIndex> | null = null

function indexed(event: PublicEvent): IndexedEvent {
  const startMs = Date.parse(event.start)
  const weekly = event.recurrence?.frequency === 'weekly' && (event.recurrence.byDay?.length ?? 0) > 0
  const lastMs = weekly
    ? event.recurrence?.until
      ? Date.parse(event.recurrence.until) + 2 * 86_400_000
      : Number.POSITIVE_INFINITY
    : Math.max(Date.parse(event.end ?? event.start), startMs + 86_400_000)
  const slugOf = (ref: unknown) => (typeof ref === 'object' && ref !== null ? (ref as { slug?: string }).slug : undefined)
  return { event, startMs, lastMs, neighbourhood: slugOf(event.neighbourhood), laboratory: slugOf(event.laboratory) }
}

async function fetchEvents(where: Record<string, unknown>): Promise<PublicEvent[]> {
  const query = stringify({
    where: { and: [{ _status: { equals: 'published' } }, where] },
    depth: 1,
    pagination: false,
    sort: 'start',
    select: Object.fromEntries(FIELDS.map((f) => [f, true])),
    populate: { neighbourhoods: { name: true, slug: true }, laboratories: { title: true, slug: true } },
  })
  const res = await fetch(`${new URL('/api/events', CMS_URL)}?${query}`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS * 6) })
  if (!res.ok) throw new Error(`CMS answered ${res.status} for the event index`)
  return z.object({ docs: z.array(publicEventSchema) }).parse(await res.json()).docs
}

function build(events: PublicEvent[]): EventIndex {
  const all = events.map(indexed).sort((a, b) => a.startMs - b.startMs)
  return { events: all, bySlug: new Map(all.map((e) => [e.event.slug, e])), loadedAt: Date.now() }
}

async function reload(): Promise<EventIndex> {
  loading ??= fetchEvents({})
    .then((events) => (index = build(events)))
    .finally(() => {
      loading = null
    })
  return loading
}

/** The index, loading it on first use; an old one is served while a fresh one loads. */
export async function eventIndex(): Promise<EventIndex> {
  if (!index) return reload()
  if (Date.now() - index.loadedAt > INDEX_TTL_MS) void reload().catch((err: unknown) => console.error('event index reload failed', err))
  return index
}

/** Fetches these events again (published or gone) and updates the index in place. */
export async function refreshEvents(ids: Array<number | string>): Promise<void> {
  // A load under way may have read the database before this change: let it finish, then patch it.
  if (loading) await loading.catch(() => undefined)
  if (!index || ids.length === 0) return
  const fresh = await fetchEvents({ id: { in: ids } })
  const changed = new Set(ids.map(String))
  const kept = index.events.filter((e) => !changed.has(String(e.event.id))).map((e) => e.event)
  index = { ...build([...kept, ...fresh]), loadedAt: index.loadedAt }
}

/** Forgets the index: the next calendar request loads it again (after an import). */
export async function reloadEventIndex(): Promise<void> {
  index = null
  if (loading) await loading.catch(() => undefined)
}
