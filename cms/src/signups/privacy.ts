import { randomUUID } from 'node:crypto'
import type { Payload, Where } from 'payload'
import type { Registration } from '../payload-types.ts'
import { activityOfRegistration, loadActivity, type ActivityKind } from './activity.ts'
import { promoteWaitlist } from './service.ts'
import { config } from '../platform/config.ts'

/**
 * Removes the personal data of the matching sign-ups, keeping the anonymous record (lab, status, dates)
 * so counts stay right. Pending holds and waitlist places are given up, and their seats passed on.
 */
async function anonymise(payload: Payload, where: Where, now: Date, by?: number | string): Promise<number> {
  const found = await payload.find({ collection: 'registrations', where: { and: [where, { erasedAt: { exists: false } }] }, depth: 0, pagination: false, overrideAccess: true })
  const toPromote = new Map<string, { kind: ActivityKind; id: number | string }>()
  // One random key per person erased now: the counts still see one person, and nothing leads back to them.
  const groups = new Map<string, string>()
  for (const registration of found.docs as Registration[]) {
    const address = registration.email?.trim().toLowerCase() ?? `record:${registration.id}`
    let erasureGroup = groups.get(address)
    if (!erasureGroup) {
      erasureGroup = randomUUID()
      groups.set(address, erasureGroup)
    }
    const pending = registration.status === 'awaiting' || registration.status === 'waitlisted'
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: {
        name: null,
        email: null,
        phone: null,
        organization: null,
        accessibilityNeeds: null,
        // What staff wrote when cancelling may name the person.
        ...(registration.cancellation?.reason ? { cancellation: { ...registration.cancellation, reason: null } } : {}),
        erasedAt: now.toISOString(),
        ...(by !== undefined ? { erasedBy: by as number } : {}),
        erasureGroup,
        dedupeKey: `erased:${registration.id}`,
        confirmTokenHash: null,
        cancelTokenHash: null,
        ...(pending ? { status: 'cancelled' as const, holdExpiresAt: null } : {}),
      },
      overrideAccess: true,
      depth: 0,
    })
    if (pending) {
      await payload.delete({ collection: 'seat-claims', where: { registration: { equals: registration.id } }, overrideAccess: true })
      const ref = activityOfRegistration(registration)
      if (ref) toPromote.set(`${ref.kind}:${ref.id}`, ref)
    }
  }
  for (const ref of toPromote.values()) {
    const activity = await loadActivity(payload, ref.kind, ref.id, false)
    if (activity) await promoteWaitlist(payload, activity, now)
  }
  return found.docs.length
}

/**
 * A person's erasure request (GDPR art. 17): every sign-up made with this address, or only those in
 * `neighbourhoods` (an operator erases in their own); `by` is the staff member, kept with the records.
 */
export function eraseByEmail(payload: Payload, email: string, now = new Date(), options: { by?: number | string; neighbourhoods?: Array<number | string> } = {}): Promise<number> {
  const address: Where = { email: { equals: email.trim().toLowerCase() } }
  const where: Where = options.neighbourhoods ? { and: [address, { neighbourhood: { in: options.neighbourhoods } }] } : address
  return anonymise(payload, where, now, options.by)
}

/** Days sign-ups are kept after their lab closes or their event is over (SIGNUP_RETENTION_DAYS; 365 by default). */
export const retentionDays = () => config.SIGNUP_RETENTION_DAYS

const DAY_MS = 86_400_000

interface EventTimes {
  start: string
  end?: string | null
  recurrence?: { frequency?: string | null; until?: string | null } | null
}

/** When an event is over: its end (or start), or the end of the last day of a weekly series; null for a series with no last day. */
export function eventOverAt(event: EventTimes): number | null {
  if (event.recurrence?.frequency === 'weekly') return event.recurrence.until ? Date.parse(event.recurrence.until) + DAY_MS : null
  return Date.parse(event.end || event.start)
}

/**
 * The scheduled job: anonymises the sign-ups of labs closed longer than the retention period, and of
 * events over for longer than that (a weekly series once its last day is that far behind).
 */
export async function anonymiseExpiredSignups(payload: Payload, now = new Date(), days = retentionDays()): Promise<number> {
  const cutoffMs = now.getTime() - days * DAY_MS
  const cutoff = new Date(cutoffMs).toISOString()
  const labs = await payload.find({
    collection: 'laboratories',
    where: { and: [{ phase: { equals: 'closed' } }, { closedAt: { less_than: cutoff } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true },
  })
  const events = await payload.find({
    collection: 'events',
    where: { start: { less_than: cutoff } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { start: true, end: true, recurrence: true },
  })
  const overEvents = events.docs.filter((event) => {
    const over = eventOverAt(event as EventTimes)
    return over !== null && over < cutoffMs
  })
  const where: Where[] = []
  if (labs.docs.length > 0) where.push({ laboratory: { in: labs.docs.map((l) => l.id) } })
  if (overEvents.length > 0) where.push({ event: { in: overEvents.map((e) => e.id) } })
  return where.length === 0 ? 0 : anonymise(payload, { or: where }, now)
}

/**
 * Cancelled sign-ups, and holds that expired unconfirmed, keep the person's data only `days` after that happened
 * (SIGNUP_CANCELLED_RETENTION_DAYS): the anonymous record stays for the counts.
 */
export function anonymiseCancelledSignups(payload: Payload, now = new Date(), days = config.SIGNUP_CANCELLED_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  return anonymise(payload, { and: [{ status: { in: ['cancelled', 'expired'] } }, { updatedAt: { less_than: cutoff } }] }, now)
}

/** The last meeting of a lab: the latest end (or start) of its sessions; its creation when it has none. */
export function lastMeetingAt(lab: { sessions?: Array<{ startsAt?: string | null; endsAt?: string | null }> | null; createdAt?: string | null }): number | null {
  let last: number | null = null
  for (const session of lab.sessions ?? []) {
    const at = Date.parse(session.endsAt || session.startsAt || '')
    if (Number.isFinite(at) && (last === null || at > last)) last = at
  }
  if (last !== null) return last
  const created = Date.parse(lab.createdAt ?? '')
  return Number.isFinite(created) ? created : null
}

/**
 * A lab that is never closed does not keep its sign-ups forever: `days` after its last meeting
 * (SIGNUP_OPEN_LAB_RETENTION_DAYS) they are anonymised as if it had closed.
 */
export async function anonymiseOpenLabSignups(payload: Payload, now = new Date(), days = config.SIGNUP_OPEN_LAB_RETENTION_DAYS): Promise<number> {
  const cutoffMs = now.getTime() - days * DAY_MS
  const labs = await payload.find({
    collection: 'laboratories',
    where: { phase: { not_equals: 'closed' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { sessions: true, createdAt: true },
  })
  const stale = labs.docs.filter((lab) => {
    const last = lastMeetingAt(lab as Parameters<typeof lastMeetingAt>[0])
    return last !== null && last < cutoffMs
  })
  return stale.length === 0 ? 0 : anonymise(payload, { laboratory: { in: stale.map((lab) => lab.id) } }, now)
}

/** The retention job: every period at once; how many sign-ups it anonymised. */
export async function applyRetention(payload: Payload, now = new Date()): Promise<number> {
  return (await anonymiseExpiredSignups(payload, now)) + (await anonymiseCancelledSignups(payload, now)) + (await anonymiseOpenLabSignups(payload, now))
}
