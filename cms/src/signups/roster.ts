import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { currentMeeting, eventMeetings, findMeeting, isRowOf, labMeetings, meetingTotal, type Meeting } from '@quartieri/shared/signups/meetings'
import { idOf, type Id } from '@quartieri/shared/platform/ids'
import type { Event, Laboratory, Registration } from '../payload-types.ts'
import { mayOnDocument } from '../platform/access/apply-access-matrix.ts'
import type { Operation } from '../platform/access/matrix.ts'
import { requestSitePurge } from '../platform/cache/purge-site.ts'
import { isDocumentId } from '../platform/http/document-ids.ts'
import { jsonObjectBody } from '../platform/http/json-body.ts'
import { activityField, type ActivityKind } from './activity.ts'
import { checkInCode, registrationOfCode } from './check-in-code.ts'
import { isUniqueViolation } from './unique-violation.ts'

type Message = { it: string; en: string }

const MESSAGES = {
  forbidden: { it: 'Non hai i permessi per le iscrizioni di questa attività.', en: 'You may not work with the sign-ups of this activity.' },
  'signed-out': { it: 'Accedi per continuare.', en: 'Sign in to continue.' },
  'activity-missing': { it: 'Indica un laboratorio o un evento.', en: 'Name a laboratory or an event.' },
  'activity-not-found': { it: 'Laboratorio o evento non trovato.', en: 'Laboratory or event not found.' },
  'no-meetings': { it: 'Questa attività non ha incontri in calendario.', en: 'This activity has no meetings in its calendar.' },
  'meeting-not-found': { it: 'Questo incontro non è nel calendario dell’attività.', en: 'This meeting is not in the activity’s calendar.' },
  'bad-request': { it: 'Richiesta non valida.', en: 'Invalid request.' },
  'registration-not-found': { it: 'Iscrizione non trovata per questa attività.', en: 'Sign-up not found for this activity.' },
  'walk-ins-invalid': { it: 'Le persone senza iscrizione vanno indicate con un numero intero da 0 a 100000.', en: 'Walk-ins must be a whole number from 0 to 100000.' },
  'code-unknown': { it: 'Codice di ingresso non riconosciuto: controlla di averlo scritto bene.', en: 'Check-in code not recognised: check it was typed correctly.' },
  'not-confirmed': { it: 'Questa iscrizione non è confermata: la persona non ha un posto.', en: 'This sign-up is not confirmed: the person has no seat.' },
  erased: { it: 'I dati di questa persona sono stati cancellati.', en: 'This person’s data has been erased.' },
  saved: { it: 'Presenze salvate.', en: 'Attendance saved.' },
  'checked-in': { it: 'Ingresso registrato.', en: 'Checked in.' },
  'already-checked-in': { it: 'Questa persona risultava già presente.', en: 'This person was already checked in.' },
} satisfies Record<string, Message>

type Code = keyof typeof MESSAGES

const answer = (status: number, code: Code, extra: Record<string, unknown> = {}) =>
  Response.json({ ok: status < 400, code, message: MESSAGES[code], ...extra }, { status, headers: { 'cache-control': 'no-store' } })

class RosterError extends Error {
  constructor(
    readonly status: number,
    readonly code: Code,
  ) {
    super(code)
  }
}

interface RosterActivity {
  kind: ActivityKind
  id: Id
  title: string
  neighbourhood: Id | null
  meetings: Meeting[]
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await jsonObjectBody(req)
  if (!body) throw new RosterError(400, 'bad-request')
  return body
}

/** The lab or event a request names (`laboratory` or `event`, in the query or the body), drafts included: staff count at any. */
async function activityOf(payload: Payload, source: { laboratory?: unknown; event?: unknown }): Promise<RosterActivity> {
  const kind: ActivityKind | null = source.event != null && source.event !== '' ? 'events' : source.laboratory != null && source.laboratory !== '' ? 'laboratories' : null
  if (!kind) throw new RosterError(400, 'activity-missing')
  const id = String(kind === 'events' ? source.event : source.laboratory)
  if (!isDocumentId(payload, kind, id)) throw new RosterError(404, 'activity-not-found')
  const doc = (await payload.find({ collection: kind, where: { id: { equals: id } }, depth: 0, limit: 1, draft: true, overrideAccess: true })).docs[0] as
    | Laboratory
    | Event
    | undefined
  if (!doc) throw new RosterError(404, 'activity-not-found')
  const meetings = kind === 'laboratories' ? labMeetings((doc as Laboratory).sessions) : eventMeetings(doc)
  return { kind, id: doc.id, title: doc.title, neighbourhood: idOf(doc.neighbourhood) ?? null, meetings }
}

function allow(req: PayloadRequest, activity: RosterActivity, operation: Operation): void {
  if (!req.user) throw new RosterError(401, 'signed-out')
  if (!mayOnDocument('registrations', operation, req.user, { neighbourhood: activity.neighbourhood })) throw new RosterError(403, 'forbidden')
}

const signupsOf = async (payload: Payload, activity: RosterActivity) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { [activityField(activity.kind)]: { equals: activity.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'createdAt',
    })
  ).docs as Registration[]

const keyOf = (activity: RosterActivity, meeting: Meeting) => `${activity.kind}:${activity.id}:${meeting.start}`

const presentAt = (registration: Registration, meeting: Meeting) => (registration.attendance ?? []).some((row) => row.present && isRowOf(meeting, row))

async function countOf(payload: Payload, activity: RosterActivity, meeting: Meeting) {
  return (await payload.find({ collection: 'meeting-attendance', where: { activity: { equals: keyOf(activity, meeting) } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
}

/** Writes a meeting's head count: the people checked in (counted again from their sign-ups) and the walk-ins. */
async function recount(req: PayloadRequest, activity: RosterActivity, meeting: Meeting, { walkIns, signups }: { walkIns?: number; signups?: Registration[] } = {}) {
  const payload = req.payload
  const present = (signups ?? (await signupsOf(payload, activity))).filter((r) => presentAt(r, meeting)).length
  const write = async () => {
    const existing = await countOf(payload, activity, meeting)
    const keptWalkIns = walkIns ?? existing?.walkIns ?? 0
    const data = { present, walkIns: keptWalkIns, total: meetingTotal(present, keptWalkIns), updatedBy: req.user!.id as number }
    if (existing) return payload.update({ collection: 'meeting-attendance', id: existing.id, data, depth: 0, overrideAccess: true })
    return payload.create({
      collection: 'meeting-attendance',
      data: {
        ...data,
        activity: keyOf(activity, meeting),
        [activityField(activity.kind)]: activity.id as number,
        neighbourhood: (activity.neighbourhood ?? undefined) as number | undefined,
        meeting: meeting.start,
      },
      depth: 0,
      overrideAccess: true,
    })
  }
  let saved: Awaited<ReturnType<typeof write>>
  try {
    saved = await write()
  } catch (err) {
    // Two people at the door counted the first check-in of a meeting at once: the other one's record is there now.
    if (!isUniqueViolation(err, 'activity')) throw err
    saved = await write()
  }
  // The transparency report counts it.
  requestSitePurge(payload, `attendance:${activity.kind}:${activity.id}`)
  return { start: meeting.start, day: meeting.day, present: saved.present, walkIns: saved.walkIns, total: saved.total }
}

function meetingFrom(activity: RosterActivity, value: unknown, now: Date): Meeting {
  if (activity.meetings.length === 0) throw new RosterError(409, 'no-meetings')
  if (value === undefined || value === null || value === '') return currentMeeting(activity.meetings, now)!
  const found = typeof value === 'string' ? findMeeting(activity.meetings, value) : null
  if (!found) throw new RosterError(404, 'meeting-not-found')
  return found
}

const handled =
  (handler: (req: PayloadRequest) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (err) {
      if (err instanceof RosterError) return answer(err.status, err.code)
      throw err
    }
  }

const STATUS_ORDER = ['confirmed', 'awaiting', 'waitlisted', 'cancelled', 'expired'] as const

/** Everyone signed up to an activity, with what staff need at the door; personal data, so staff of the neighbourhood only. */
async function rosterOf(req: PayloadRequest, activity: RosterActivity, meeting: Meeting | null) {
  const signups = await signupsOf(req.payload, activity)
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, signups.filter((r) => r.status === status).length])) as Record<(typeof STATUS_ORDER)[number], number>
  const count = meeting ? await countOf(req.payload, activity, meeting) : undefined
  const people = signups
    .map((r) => ({
      id: r.id,
      name: r.name ?? null,
      email: r.email ?? null,
      status: r.status,
      createdAt: r.createdAt,
      erased: Boolean(r.erasedAt),
      cancellationReason: r.cancellation?.reason ?? null,
      code: r.status === 'confirmed' && !r.erasedAt ? checkInCode(r.id) : null,
      present: meeting ? presentAt(r, meeting) : false,
    }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.name ?? '').localeCompare(b.name ?? '', 'it'))
  return {
    activity: { kind: activity.kind, id: activity.id, title: activity.title },
    meetings: activity.meetings,
    meeting: meeting
      ? {
          ...meeting,
          present: people.filter((p) => p.present).length,
          walkIns: count?.walkIns ?? 0,
          total: meetingTotal(people.filter((p) => p.present).length, count?.walkIns ?? 0),
        }
      : null,
    counts: { ...counts, seatsHeld: counts.confirmed + counts.awaiting, erased: signups.filter((r) => r.erasedAt).length, total: signups.length },
    people,
  }
}

/** GET /api/registrations/roster?laboratory=ID (or event=ID) [&meeting=ISO]: counts, sign-ups and one meeting's attendance. */
export const rosterEndpoint: Endpoint = {
  path: '/roster',
  method: 'get',
  handler: handled(async (req) => {
    const activity = await activityOf(req.payload, { laboratory: req.searchParams.get('laboratory'), event: req.searchParams.get('event') })
    allow(req, activity, 'read')
    const meeting = activity.meetings.length > 0 ? meetingFrom(activity, req.searchParams.get('meeting'), new Date()) : null
    return Response.json(await rosterOf(req, activity, meeting), { headers: { 'cache-control': 'no-store' } })
  }),
}

async function markPresent(req: PayloadRequest, registration: Registration, meeting: Meeting, present: boolean): Promise<Registration> {
  const rows = (registration.attendance ?? []).filter((row) => !isRowOf(meeting, row)).map(({ sessionDate, present }) => ({ sessionDate, present }))
  // As the staff member, so the access matrix decides (staff change a sign-up's attendance and nothing else).
  return req.payload.update({
    collection: 'registrations',
    id: registration.id,
    data: { attendance: present ? [...rows, { sessionDate: meeting.start, present: true }] : rows },
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
}

/** A roster post's body, the activity and meeting it names, once the staff member may count there. */
async function postedMeeting(req: PayloadRequest) {
  const body = await readBody(req)
  const activity = await activityOf(req.payload, body)
  allow(req, activity, 'update')
  return { body, activity, meeting: meetingFrom(activity, body.meeting, new Date()) }
}

/** POST /api/registrations/roster/attendance {laboratory|event, meeting, registration, present}: one person present or absent. */
export const attendanceEndpoint: Endpoint = {
  path: '/roster/attendance',
  method: 'post',
  handler: handled(async (req) => {
    const { body, activity, meeting } = await postedMeeting(req)
    if (typeof body.present !== 'boolean') throw new RosterError(400, 'bad-request')
    const signups = await signupsOf(req.payload, activity)
    const registration = signups.find((r) => String(r.id) === String(body.registration))
    if (!registration) throw new RosterError(404, 'registration-not-found')
    const updated = await markPresent(req, registration, meeting, body.present)
    return answer(200, 'saved', { meeting: await recount(req, activity, meeting, { signups: signups.map((r) => (r.id === updated.id ? updated : r)) }) })
  }),
}

/** POST /api/registrations/roster/walk-ins {laboratory|event, meeting, walkIns}: people who came without signing up. */
export const walkInsEndpoint: Endpoint = {
  path: '/roster/walk-ins',
  method: 'post',
  handler: handled(async (req) => {
    const { body, activity, meeting } = await postedMeeting(req)
    const walkIns = body.walkIns
    if (typeof walkIns !== 'number' || !Number.isInteger(walkIns) || walkIns < 0 || walkIns > 100_000) throw new RosterError(400, 'walk-ins-invalid')
    return answer(200, 'saved', { meeting: await recount(req, activity, meeting, { walkIns }) })
  }),
}

/**
 * POST /api/registrations/check-in {code, meeting?}: the person whose code staff scanned or typed is present at the
 * meeting named, or at today's meeting of their activity.
 */
export const checkInEndpoint: Endpoint = {
  path: '/check-in',
  method: 'post',
  handler: handled(async (req) => {
    if (!req.user) throw new RosterError(401, 'signed-out')
    const body = await readBody(req)
    const id = typeof body.code === 'string' && body.code.length <= 40 ? registrationOfCode(body.code) : null
    if (id === null) throw new RosterError(404, 'code-unknown')
    const registration = (await req.payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, disableErrors: true })) as Registration | null
    if (!registration) throw new RosterError(404, 'code-unknown')
    const activity = await activityOf(req.payload, { laboratory: idOf(registration.laboratory), event: idOf(registration.event) })
    allow(req, activity, 'update')
    if (registration.erasedAt) throw new RosterError(409, 'erased')
    if (registration.status !== 'confirmed') throw new RosterError(409, 'not-confirmed')
    const meeting = meetingFrom(activity, body.meeting, new Date())
    const already = presentAt(registration, meeting)
    if (!already) await markPresent(req, registration, meeting, true)
    const counted = await recount(req, activity, meeting)
    return answer(200, already ? 'already-checked-in' : 'checked-in', {
      person: { id: registration.id, name: registration.name },
      activity: { kind: activity.kind, id: activity.id, title: activity.title },
      meeting: counted,
    })
  }),
}

/**
 * GET /api/meeting-attendance/totals: the head counts of the meetings of published labs and events, numbers only
 * (no one's name), for the transparency report; a roster's count replaces the number typed in the calendar.
 */
export const attendanceTotalsEndpoint: Endpoint = {
  path: '/totals',
  method: 'get',
  handler: async (req) => {
    const counts = (await req.payload.find({ collection: 'meeting-attendance', depth: 0, pagination: false, overrideAccess: true, where: { total: { greater_than: 0 } } })).docs
    const published = async (collection: ActivityKind, ids: Id[]) =>
      ids.length === 0
        ? new Map<string, string>()
        : new Map(
            (
              await req.payload.find({
                collection,
                where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
                depth: 0,
                pagination: false,
                overrideAccess: true,
                select: { slug: true },
              })
            ).docs.map((d) => [String(d.id), String((d as { slug: string }).slug)]),
          )
    const idsOf = (field: 'laboratory' | 'event') => [...new Set(counts.map((c) => idOf(c[field])).filter((id): id is Id => id !== undefined))]
    const [labs, events] = await Promise.all([published('laboratories', idsOf('laboratory')), published('events', idsOf('event'))])
    const totals = counts.flatMap((c) => {
      const lab = idOf(c.laboratory)
      const event = idOf(c.event)
      const slug = lab !== undefined ? labs.get(String(lab)) : event !== undefined ? events.get(String(event)) : undefined
      if (!slug) return []
      return [{ kind: lab !== undefined ? ('laboratory' as const) : ('event' as const), slug, meeting: c.meeting, total: c.total }]
    })
    return Response.json({ totals }, { headers: { 'cache-control': 'no-store' } })
  },
}
