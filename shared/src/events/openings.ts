import { isRecurring, type PublicEvent } from './event.ts'
import type { Occurrence } from './occurrences.ts'

/**
 * A hub's or desk's routine opening hours: an info desk that repeats every week. They are told apart from the other
 * events (assemblies, workshops, festivals), which they would otherwise bury under a date every weekday: calendars
 * and the home page list them once each, beside the events, unless someone asks for info desks by name.
 */
export function isRoutineOpening(event: Pick<PublicEvent, 'type' | 'recurrence'>): boolean {
  return event.type === 'info-desk' && isRecurring(event)
}

/** The occurrences split into events and routine openings; the openings once each, in the order of their first date. */
export function setOpeningsApart(occurrences: readonly Occurrence[]): { events: Occurrence[]; openings: PublicEvent[] } {
  const events: Occurrence[] = []
  const openings = new Map<PublicEvent['id'], PublicEvent>()
  for (const occurrence of occurrences) {
    if (!isRoutineOpening(occurrence.event)) events.push(occurrence)
    else if (!openings.has(occurrence.event.id)) openings.set(occurrence.event.id, occurrence.event)
  }
  return { events, openings: [...openings.values()] }
}
