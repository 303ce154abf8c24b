import type { Payload, Where } from 'payload'
import { holdExpiry, onConfirm, signupWindow, statusOnPromotion, type RegistrationStatus } from '@quartieri/shared/signups/seat-rules'
import type { SignupForm } from '@quartieri/shared/signups/signup-form'
import type { Registration } from '../payload-types.ts'
import { sendSignupMail } from '../mail/signup-mails.ts'
import { requestSitePurge } from '../site-cache/purge-site.ts'
import { activityField, activityOfRegistration, loadActivity, type Activity, type ActivityKind } from './activity.ts'
import { hashToken, newToken } from './tokens.ts'
import { isUniqueViolation } from './unique-violation.ts'

export const HOLD_HOURS = () => Number(process.env.SIGNUP_HOLD_HOURS || 24)
const CLAIM_ATTEMPTS_OVER_CAPACITY = 50

type Id = number | string

export class SignupError extends Error {
  constructor(
    readonly code: 'lab-not-found' | 'not-yet-open' | 'closed' | 'token-unknown' | 'token-expired',
    readonly status: number,
  ) {
    super(code)
    this.name = 'SignupError'
  }
}

const of = (activity: Pick<Activity, 'kind' | 'id'>): Where => ({ [activityField(activity.kind)]: { equals: activity.id } })

async function publishedActivity(payload: Payload, kind: ActivityKind, id: Id): Promise<Activity> {
  const activity = await loadActivity(payload, kind, id, true)
  if (!activity) throw new SignupError('lab-not-found', 404)
  return activity
}

async function anyActivity(payload: Payload, registration: Registration): Promise<Activity> {
  const ref = activityOfRegistration(registration)
  const activity = ref ? await loadActivity(payload, ref.kind, ref.id, false) : null
  if (!activity) throw new SignupError('token-unknown', 404)
  return activity
}

/**
 * Tries to take one seat of `activity` for `registrationId`. The seat-claims key (activity:seat) and registration
 * are unique in the database, so concurrent claims cannot exceed capacity nor give one person two seats.
 */
export async function claimSeat(payload: Payload, activity: Pick<Activity, 'kind' | 'id' | 'capacity'>, registrationId: Id): Promise<boolean> {
  const field = activityField(activity.kind)
  for (let attempt = 0; attempt < activity.capacity + CLAIM_ATTEMPTS_OVER_CAPACITY; attempt++) {
    const claims = await payload.find({ collection: 'seat-claims', where: of(activity), depth: 0, pagination: false, overrideAccess: true, select: { seat: true } })
    const used = new Set(claims.docs.map((c) => c.seat))
    const free: number[] = []
    for (let seat = 1; seat <= activity.capacity; seat++) if (!used.has(seat)) free.push(seat)
    if (free.length === 0) return false
    // A random free seat makes two racing claims less likely to collide.
    const seat = free[Math.floor(Math.random() * free.length)]!
    try {
      await payload.create({
        collection: 'seat-claims',
        data: { key: `${activity.kind}:${activity.id}:${seat}`, [field]: activity.id as number, registration: registrationId as number, seat },
        overrideAccess: true,
        depth: 0,
      })
      return true
    } catch (err) {
      if (isUniqueViolation(err, 'registration')) return true // this person already holds a seat
      if (!isUniqueViolation(err, 'key')) throw err
    }
  }
  return false
}

async function releaseSeat(payload: Payload, registrationId: Id): Promise<void> {
  await payload.delete({ collection: 'seat-claims', where: { registration: { equals: registrationId } }, overrideAccess: true })
}

/** Public figures of an activity: seats in use (from the claims), seats left, people waiting. */
export async function availability(payload: Payload, kind: ActivityKind, id: Id, now = new Date()) {
  const activity = await publishedActivity(payload, kind, id)
  const taken = (await payload.count({ collection: 'seat-claims', where: of(activity), overrideAccess: true })).totalDocs
  const waitlisted = (await payload.count({ collection: 'registrations', where: { and: [of(activity), { status: { equals: 'waitlisted' } }] }, overrideAccess: true })).totalDocs
  return {
    capacity: activity.capacity,
    seatsTaken: taken,
    seatsLeft: Math.max(0, activity.capacity - taken),
    waitlisted,
    window: activity.closed ? ('closed' as const) : signupWindow(activity.opensAt, activity.closesAt, now),
  }
}

/** Gives freed seats to the waitlist in arrival order, telling each promoted person by e-mail. */
export async function promoteWaitlist(payload: Payload, activity: Activity, now = new Date()): Promise<number> {
  let promoted = 0
  for (;;) {
    const next = (
      await payload.find({ collection: 'registrations', where: { and: [of(activity), { status: { equals: 'waitlisted' } }] }, sort: ['createdAt', 'id'], limit: 1, depth: 0, overrideAccess: true })
    ).docs[0]
    if (!next) return promoted
    if (!(await claimSeat(payload, activity, next.id))) return promoted
    const status = statusOnPromotion(next)
    const confirm = newToken()
    const cancel = newToken()
    const holdUntil = holdExpiry(now, HOLD_HOURS())
    await payload.update({
      collection: 'registrations',
      id: next.id,
      data: { status, holdExpiresAt: status === 'awaiting' ? holdUntil.toISOString() : null, confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash },
      overrideAccess: true,
      depth: 0,
    })
    promoted++
    await sendSignupMail(payload, status === 'confirmed' ? 'promoted-confirmed' : 'promoted-awaiting', { registration: next, activity, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil })
  }
}

/** Unconfirmed holds that have run out become expired and their seats go to the waitlist. */
export async function releaseExpiredHolds(payload: Payload, scope?: Pick<Activity, 'kind' | 'id'>, now = new Date()): Promise<number> {
  const expired = await payload.find({
    collection: 'registrations',
    where: { and: [{ status: { equals: 'awaiting' } }, { holdExpiresAt: { less_than_equal: now.toISOString() } }, ...(scope ? [of(scope)] : [])] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const activities = new Map<string, { kind: ActivityKind; id: Id }>()
  for (const registration of expired.docs) {
    await payload.update({ collection: 'registrations', id: registration.id, data: { status: 'expired', dedupeKey: `expired:${registration.id}` }, overrideAccess: true, depth: 0 })
    await releaseSeat(payload, registration.id)
    const ref = activityOfRegistration(registration)
    if (ref) activities.set(`${ref.kind}:${ref.id}`, ref)
  }
  for (const ref of activities.values()) {
    const activity = await loadActivity(payload, ref.kind, ref.id, false)
    if (activity) await promoteWaitlist(payload, activity, now)
  }
  if (expired.docs.length > 0) requestSitePurge(payload, 'holds-expired')
  return expired.docs.length
}

export type SignupRequest = Pick<SignupForm, 'name' | 'email' | 'consent' | 'locale'> &
  Partial<Pick<SignupForm, 'phone' | 'organization' | 'accessibilityNeeds'>> &
  ({ laboratory: Id; event?: undefined } | { event: Id; laboratory?: undefined })

/**
 * Signs a citizen up: a seat held while one is left, otherwise the waitlist. The same address again
 * gets no second seat, only the mail again; the caller answers the same either way.
 */
export async function signUp(payload: Payload, request: SignupRequest, now = new Date()): Promise<{ outcome: 'seat-held' | 'waitlisted' | 'repeat' }> {
  const activity = request.event !== undefined ? await publishedActivity(payload, 'events', request.event) : await publishedActivity(payload, 'laboratories', request.laboratory!)
  const window = activity.closed ? 'closed' : signupWindow(activity.opensAt, activity.closesAt, now)
  if (window !== 'open') throw new SignupError(window === 'closed' ? 'closed' : 'not-yet-open', 409)
  await releaseExpiredHolds(payload, activity, now)

  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })
  const confirm = newToken()
  const cancel = newToken()
  const dedupeKey = `${activity.kind}:${activity.id}:${request.email}`
  let registration: Registration
  try {
    registration = await payload.create({
      collection: 'registrations',
      data: {
        [activityField(activity.kind)]: activity.id as number,
        neighbourhood: activity.neighbourhood as number,
        status: 'waitlisted',
        name: request.name,
        email: request.email,
        phone: request.phone,
        organization: request.organization,
        accessibilityNeeds: request.accessibilityNeeds,
        locale: request.locale,
        consent: { privacyNoticeVersion: settings.privacyNoticeVersion, acceptedAt: now.toISOString() },
        dedupeKey,
        confirmTokenHash: confirm.hash,
        cancelTokenHash: cancel.hash,
      },
      overrideAccess: true,
      depth: 0,
    })
  } catch (err) {
    if (!isUniqueViolation(err, 'dedupeKey')) throw err
    await resendToExisting(payload, activity, dedupeKey, now)
    return { outcome: 'repeat' }
  }

  const held = await claimSeat(payload, activity, registration.id)
  const holdUntil = holdExpiry(now, HOLD_HOURS())
  if (held) {
    registration = await payload.update({ collection: 'registrations', id: registration.id, data: { status: 'awaiting', holdExpiresAt: holdUntil.toISOString() }, overrideAccess: true, depth: 0 })
  }
  await sendSignupMail(payload, held ? 'seat-held' : 'waitlisted', { registration, activity, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil })
  requestSitePurge(payload, `signup:${activity.kind}:${activity.id}`)
  return { outcome: held ? 'seat-held' : 'waitlisted' }
}

/** The same person signing up again: fresh links by mail, nothing else changes. */
async function resendToExisting(payload: Payload, activity: Activity, dedupeKey: string, now: Date): Promise<void> {
  const existing = (await payload.find({ collection: 'registrations', where: { dedupeKey: { equals: dedupeKey } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!existing) return
  const confirm = newToken()
  const cancel = newToken()
  await payload.update({ collection: 'registrations', id: existing.id, data: { confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash }, overrideAccess: true, depth: 0 })
  const kind = existing.status === 'confirmed' ? 'already-confirmed' : existing.status === 'awaiting' ? 'seat-held' : 'waitlisted'
  const holdUntil = existing.holdExpiresAt ? new Date(existing.holdExpiresAt) : holdExpiry(now, HOLD_HOURS())
  await sendSignupMail(payload, kind, { registration: existing, activity, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil })
}

async function byToken(payload: Payload, field: 'confirmTokenHash' | 'cancelTokenHash', token: string): Promise<Registration> {
  const found = (await payload.find({ collection: 'registrations', where: { [field]: { equals: hashToken(token) } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!found) throw new SignupError('token-unknown', 404)
  return found
}

const summaryOf = (activity: Activity) => ({ title: activity.title, slug: activity.slug, kind: activity.kind })

/** A confirmation link was used: the seat is confirmed (or the waitlisted address verified). */
export async function confirmSignup(payload: Payload, token: string, now = new Date()) {
  const registration = await byToken(payload, 'confirmTokenHash', token)
  const activity = await anyActivity(payload, registration)
  const { status, outcome } = onConfirm(registration, now)
  if (outcome === 'confirmed' || outcome === 'waitlist-verified') {
    await payload.update({ collection: 'registrations', id: registration.id, data: { status, emailVerified: true, holdExpiresAt: null }, overrideAccess: true, depth: 0 })
    if (outcome === 'confirmed') requestSitePurge(payload, `confirm:${activity.kind}:${activity.id}`)
  }
  if (outcome === 'expired') {
    if (registration.status === 'awaiting') await releaseExpiredHolds(payload, activity, now)
    throw new SignupError('token-expired', 410)
  }
  return { outcome, lab: summaryOf(activity) }
}

/** A cancellation (by button, never by merely opening the link): the seat goes to the first on the waitlist. */
export async function cancelSignup(payload: Payload, token: string, now = new Date()) {
  return cancelRegistration(payload, await byToken(payload, 'cancelTokenHash', token), now)
}

/** Who cancelled on the person's behalf, and why: staff cancellations carry it, the person's own do not. */
export interface StaffCancellation {
  reason: string
  by: Id
}

/** Cancels one sign-up, releasing its seat to the waitlist; a staff cancellation records its reason and tells the person. */
export async function cancelRegistration(payload: Payload, registration: Registration, now = new Date(), staff?: StaffCancellation) {
  const activity = await anyActivity(payload, registration)
  if (registration.status === 'cancelled') return { outcome: 'already-cancelled' as const, lab: summaryOf(activity) }
  await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: {
      status: 'cancelled',
      holdExpiresAt: null,
      dedupeKey: `cancelled:${registration.id}`,
      confirmTokenHash: null,
      ...(staff ? { cancellation: { reason: staff.reason, by: staff.by as number, at: now.toISOString() } } : {}),
    },
    overrideAccess: true,
    depth: 0,
  })
  await releaseSeat(payload, registration.id)
  if (staff) await sendSignupMail(payload, 'cancelled-by-staff', { registration, activity, confirmToken: '', cancelToken: '', holdUntil: now, reason: staff.reason })
  await promoteWaitlist(payload, activity, now)
  requestSitePurge(payload, `cancel:${activity.kind}:${activity.id}`)
  return { outcome: 'cancelled' as const, lab: summaryOf(activity) }
}
