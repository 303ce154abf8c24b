import type { Endpoint, Payload } from 'payload'
import { countParticipants, reportFilters, type ParticipantRecord } from '@quartieri/shared/transparency/report'
import type { Registration } from '../payload-types.ts'
import { idOf, type Id } from '@quartieri/shared/platform/ids'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'

/** Rome calendar year of an instant. */
const ROME_YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' })

/**
 * Confirmed sign-ups reduced to what counting needs: an opaque key per person (the address, or the group an
 * erasure left behind), the year of the sign-up, the neighbourhood and the lab or event. Nothing here leaves
 * the CMS but counts; sign-ups to activities that are not published are left out, so no draft's title shows.
 */
export async function participantRecords(payload: Payload): Promise<ParticipantRecord[]> {
  const found = await payload.find({
    collection: 'registrations',
    where: { status: { equals: 'confirmed' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, erasureGroup: true, createdAt: true, neighbourhood: true, laboratory: true, event: true },
  })
  const registrations = found.docs as Array<Pick<Registration, 'id' | 'email' | 'createdAt' | 'neighbourhood' | 'laboratory' | 'event'> & { erasureGroup?: string | null }>
  const published = async (collection: 'laboratories' | 'events' | 'neighbourhoods', ids: Id[]) => {
    if (ids.length === 0) return new Map<string, { slug: string; title: string }>()
    const docs = await payload.find({ collection, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, depth: 0, pagination: false, overrideAccess: true })
    return new Map(
      docs.docs.map((d) => [
        String(d.id),
        { slug: String((d as { slug: string }).slug), title: String((d as { title?: string; name?: string }).title ?? (d as { name?: string }).name ?? '') },
      ]),
    )
  }
  const unique = (values: Array<Id | undefined>) => [...new Set(values.filter((v): v is Id => v !== undefined).map(String))]
  const [labs, events, neighbourhoods] = await Promise.all([
    published('laboratories', unique(registrations.map((r) => idOf(r.laboratory)))),
    published('events', unique(registrations.map((r) => idOf(r.event)))),
    published('neighbourhoods', unique(registrations.map((r) => idOf(r.neighbourhood)))),
  ])
  const records: ParticipantRecord[] = []
  for (const r of registrations) {
    const person = r.email ? `email:${r.email.trim().toLowerCase()}` : r.erasureGroup ? `erased:${r.erasureGroup}` : `erased-record:${r.id}`
    const labId = idOf(r.laboratory)
    const eventId = idOf(r.event)
    const lab = labId !== undefined ? labs.get(String(labId)) : undefined
    const event = eventId !== undefined ? events.get(String(eventId)) : undefined
    const activity = lab ? { kind: 'laboratory' as const, ...lab } : event ? { kind: 'event' as const, ...event } : null
    if (!activity) continue
    const neighbourhoodId = idOf(r.neighbourhood)
    records.push({
      person,
      year: Number(ROME_YEAR.format(new Date(r.createdAt))),
      neighbourhood: neighbourhoodId !== undefined ? neighbourhoods.get(String(neighbourhoodId))?.slug : undefined,
      activity,
    })
  }
  return records
}

const json = (status: number, body: unknown, cache = 'no-store') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': cache } })

/**
 * `GET /api/registrations/participants?da=2024&a=2026&quartiere=san-siro`: how many distinct people took part,
 * by year and by activity. Public, as it carries counts only; the site's transparency report reads it.
 */
export const participantsEndpoint: Endpoint = {
  path: '/participants',
  method: 'get',
  handler: async (req) => {
    const filters = reportFilters(new URL(req.url ?? '', 'http://localhost').searchParams)
    if ('error' in filters) {
      return json(400, { error: `Parametro non valido: ${filters.error} / invalid parameter: ${filters.error}`, param: filters.error })
    }
    return json(200, countParticipants(await participantRecords(req.payload), filters), 'public, max-age=60')
  },
}
