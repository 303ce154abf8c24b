import { isRecurring, type PublicEvent } from './event.ts'
import { occurrencesOf } from './occurrences.ts'
import { byTitle, collection, pointAt, positionOf, slugOf, type CommonProperties, type DomainFeature, type DomainFeatureCollection, type MapLayerPart } from '../maps/features.ts'

/** The events' layer of the public map (`eventi`): what is coming up, where. */

/** How far ahead an event counts as upcoming on the map: as far as the home page looks. */
export const UPCOMING_DAYS = 183

export interface EventProperties extends CommonProperties {
  layer: 'eventi'
  /** Start of the next occurrence, ISO 8601 in UTC. */
  date: string
  /** Local date (Europe/Rome) of that occurrence, YYYY-MM-DD. */
  day: string
  type: PublicEvent['type']
  venue: string | null
  cancelled: boolean
}

/**
 * Events with an occurrence between `from` and `from` + `days`, at their venue and dated by that next
 * occurrence, soonest first; an event without a located venue is left out (the calendar lists it).
 */
export function eventFeatures(
  events: readonly PublicEvent[],
  options: { from?: Date; days?: number; neighbourhoodSlugs?: ReadonlyMap<string, string> } = {},
): DomainFeatureCollection<EventProperties> {
  const from = options.from ?? new Date()
  const to = new Date(from.getTime() + (options.days ?? UPCOMING_DAYS) * 86_400_000)
  const features = events.flatMap((event): Array<DomainFeature<EventProperties>> => {
    const position = positionOf(event.venue?.location)
    if (!position || clearlyOutside(event, from.getTime(), to.getTime())) return []
    const next = occurrencesOf(event, from, to).find((o) => o.start.getTime() >= from.getTime())
    if (!next) return []
    const properties: EventProperties = {
      layer: 'eventi',
      title: event.title,
      path: `/eventi/${event.slug}`,
      neighbourhood: slugOf(event.neighbourhood, options.neighbourhoodSlugs),
      date: next.start.toISOString(),
      day: next.day,
      type: event.type,
      venue: event.venue?.name ?? null,
      cancelled: event.cancelled === true,
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  // ISO dates in UTC sort as strings.
  return collection(features.sort((a, b) => (a.properties.date < b.properties.date ? -1 : a.properties.date > b.properties.date ? 1 : byTitle(a, b))))
}

/**
 * Whether a one-off event surely has no time between `fromMs` and `toMs`, judged from its dates with two
 * days to spare whatever their time zone or all-day length: a city's calendar holds thousands of events
 * months away, and working out their occurrences in Rome time one by one is the map's main cost.
 */
function clearlyOutside(event: PublicEvent, fromMs: number, toMs: number): boolean {
  if (isRecurring(event)) return false
  const margin = 2 * 86_400_000
  const start = Date.parse(event.start)
  const end = event.end ? Date.parse(event.end) : start
  if (Number.isNaN(start) || Number.isNaN(end)) return false
  return start - margin >= toMs || Math.max(start, end) + margin <= fromMs
}

export const eventsMapLayer: MapLayerPart<'eventi', EventProperties, { events: readonly PublicEvent[] }> = {
  layer: 'eventi',
  build: (records, context) => eventFeatures(records.events, { from: context.now, days: context.days, neighbourhoodSlugs: context.neighbourhoodSlugs }),
}
