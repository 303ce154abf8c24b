import type { EventType, PublicEvent } from '@quartieri/shared/events/event'
import { availabilitySchema, type Availability } from '@quartieri/shared/laboratories/laboratory'
import { eventIn, eventIndex, eventsOverlapping } from './event-index.ts'
import { fetchValidated } from '../platform/cms.ts'

/* What the event pages read: published events from the in-memory index, seat counts from the CMS. */

export interface EventFilters {
  neighbourhood?: string
  type?: EventType
  laboratory?: string
}

/**
 * Published events that may have an occurrence in [from, to), from the in-memory event index: one-off
 * events overlapping it and weekly ones running then, in the reader's `locale`. Occurrences are expanded by the caller.
 */
export async function eventsBetween(from: Date, to: Date, filters: EventFilters, locale: string): Promise<PublicEvent[]> {
  const index = await eventIndex()
  const { neighbourhood, type, laboratory } = filters
  return eventsOverlapping(
    index,
    from.getTime(),
    to.getTime(),
    (e) => (!neighbourhood || e.neighbourhood === neighbourhood) && (!type || e.event.type === type) && (!laboratory || e.laboratory === laboratory),
  ).map((e) => eventIn(e, locale))
}

/** A published event by slug in the reader's `locale`, or null. */
export async function getEvent(slug: string, locale: string): Promise<PublicEvent | null> {
  const found = (await eventIndex()).bySlug.get(slug)
  return found ? eventIn(found, locale) : null
}

/** Seat counts of a published event that takes registrations; `fresh` asks the CMS whatever is cached (right after a sign-up). */
export async function getEventAvailability(id: number | string, options: { fresh?: boolean } = {}): Promise<Availability> {
  return fetchValidated(`/api/events/${encodeURIComponent(String(id))}/availability`, {}, availabilitySchema, options)
}
