import type { Payload, Where } from 'payload'
import { mailFor, mailOnPromotion, type SignupMail } from '@quartieri/shared/signups/reconcile'
import { holdExpiry, isExpiredHold, nextToPromote, onConfirm, placeNewSignup, seatsLeft, signupWindow, statusOnPromotion } from '@quartieri/shared/signups/seat-rules'
import type { SignupForm } from '@quartieri/shared/signups/signup-form'
import type { Registration } from '../payload-types.ts'
import { queueSignupMail, sendSignupMail } from './mails.ts'
import { QUEUES } from '../platform/jobs/jobs.ts'
import { requestSitePurge } from '../platform/cache/purge-site.ts'
import { withActivityLock } from './activity-lock.ts'
import { activityField, activityOfRegistration, loadActivity, type Activity, type ActivityKind } from './activity.ts'
import { pausePoint } from './pause-point.ts'
import { hashToken, newToken } from './tokens.ts'
import { isUniqueViolation } from './unique-violation.ts'
import { config } from '../platform/config.ts'

export const HOLD_HOURS = () => config.SIGNUP_HOLD_HOURS
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

const countClaims = async (payload: Payload, activity: Pick<Activity, 'kind' | 'id'>) =>
  (await payload.count({ collection: 'seat-claims', where: of(activity), overrideAccess: true })).totalDocs

/** A mail a step owes someone: marked as owed (pendingMail) in the step's own writes, sent once the step is done. */
export interface OwedMail {
  registration: Registration
  activity: Activity
  kind: SignupMail
  confirm: { token: string; hash: string }
  cancel: { token: string; hash: string }
  holdUntil: Date
}

/** The jobs that send mail to people signed up, which tests wait for. */
const MAIL_TASKS = ['signup-owed-mail', 'signup-mail', 'event-change-notice']

/**
 * Hands the mails a step owes to the jobs queue, once the step is done: one job per mail, sent in order for each person.
 * The step's own links are not kept: the job makes fresh ones, so no link is ever stored but as a hash. The
 * reconciler, repairing what a crash left owed, queues no mail that is still waiting in the queue.
 */
export async function deliverMails(payload: Payload, mails: OwedMail[], { unlessQueued = false }: { unlessQueued?: boolean } = {}): Promise<void> {
  for (const mail of mails) {
    const registration = Number(mail.registration.id)
    if (unlessQueued) {
      const waiting = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ concurrencyKey: { equals: owedMailKey(registration) } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      if (waiting.docs.some((job) => (job.input as { kind?: string } | null)?.kind === mail.kind)) continue
    }
    await payload.jobs.queue({ task: 'signup-owed-mail', input: { registration, kind: mail.kind }, queue: QUEUES.now })
  }
}

/** The queue's key of one person's sign-up mails: they go one at a time, in the order they were owed. */
export const owedMailKey = (registration: Id) => `signup-owed-mail:${registration}`

/**
 * The job of an owed mail: unless a later step made it untrue (the person was promoted, cancelled, erased), the
 * sign-up's links are made afresh, the mail is sent with them, and the mark that it is owed is cleared unless a later
 * step marked a newer mail (its own job sends that one). A refusal of the mail server is thrown, so the queue tries again.
 */
export async function sendOwedMail(payload: Payload, id: Id, kind: SignupMail, now = new Date()): Promise<'sent' | 'outdated'> {
  const registration = (await payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, disableErrors: true })) as Registration | null
  if (!registration?.email || mailFor(kind, registration.status) !== kind) return 'outdated'
  const activity = await anyActivity(payload, registration)
  const confirm = newToken()
  const cancel = newToken()
  const updated = await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: { confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash },
    overrideAccess: true,
    depth: 0,
  })
  const holdUntil = updated.holdExpiresAt ? new Date(updated.holdExpiresAt) : holdExpiry(now, HOLD_HOURS())
  const sent = await sendSignupMail(payload, kind, { registration: updated, activity, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil })
  if (!sent) throw new Error(`the ${kind} mail of sign-up ${registration.id} could not be sent`)
  // Only the mark this mail answered: a later step may already owe the person a newer one.
  await payload.update({
    collection: 'registrations',
    where: { and: [{ id: { equals: registration.id } }, { pendingMail: { equals: kind } }, { confirmTokenHash: { equals: confirm.hash } }] },
    data: { pendingMail: null },
    overrideAccess: true,
    depth: 0,
  })
  return 'sent'
}

/** Runs the sign-up mail jobs queued so far, until none is left waiting (tests; a job of one person waits for the one before). */
export async function mailsSettled(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const waiting = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { in: MAIL_TASKS } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
    if (waiting.totalDocs === 0) return
    await payload.jobs.run({ queue: QUEUES.now, limit: 100, where: { taskSlug: { in: MAIL_TASKS } }, silent: true })
  }
}

/** Public figures of an activity: seats in use (from the claims), seats left, people waiting. */
export async function availability(payload: Payload, kind: ActivityKind, id: Id, now = new Date()) {
  return seatFigures(payload, await publishedActivity(payload, kind, id), now)
}

/** The public figures of an activity already read. */
async function seatFigures(payload: Payload, activity: Activity, now: Date) {
  const taken = await countClaims(payload, activity)
  const waitlisted = (await payload.count({ collection: 'registrations', where: { and: [of(activity), { status: { equals: 'waitlisted' } }] }, overrideAccess: true })).totalDocs
  return {
    capacity: activity.capacity,
    seatsTaken: taken,
    seatsLeft: seatsLeft(activity.capacity, taken),
    waitlisted,
    window: activity.closed ? ('closed' as const) : signupWindow(activity.opensAt, activity.closesAt, now),
  }
}

/**
 * Gives a seat that is already claimed for `registration` to it: status, hold, fresh links and the mail owed, in one
 * write. Used by a promotion and by the reconciler when a promotion stopped between the claim and this write.
 */
export async function seatClaimedFor(
  payload: Payload,
  activity: Activity,
  registration: Registration,
  status: 'awaiting' | 'confirmed',
  kind: SignupMail,
  now: Date,
): Promise<OwedMail> {
  const confirm = newToken()
  const cancel = newToken()
  const holdUntil = holdExpiry(now, HOLD_HOURS())
  const updated = await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: { status, holdExpiresAt: status === 'awaiting' ? holdUntil.toISOString() : null, confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash, pendingMail: kind },
    overrideAccess: true,
    depth: 0,
  })
  return { registration: updated, activity, kind, confirm, cancel, holdUntil }
}

/**
 * While seats are free, gives them to the waitlist in arrival order (the seat rules' `nextToPromote`); call it holding
 * the activity's lock. The claim is written first, then the status: a crash between them leaves a waitlisted person
 * holding a claim, which the reconciler completes.
 */
async function promoteLocked(payload: Payload, activity: Activity, now: Date, mails: OwedMail[]): Promise<{ promoted: number; claims: number | null }> {
  let promoted = 0
  for (;;) {
    const claims = await countClaims(payload, activity)
    if (claims >= activity.capacity) return { promoted, claims }
    const waiting = await payload.find({
      collection: 'registrations',
      where: { and: [of(activity), { status: { equals: 'waitlisted' } }] },
      sort: ['createdAt', 'id'],
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const next = nextToPromote(waiting.docs)
    if (!next) return { promoted, claims }
    if (!(await claimSeat(payload, activity, next.id))) return { promoted, claims: null }
    const status = statusOnPromotion(next)
    mails.push(await seatClaimedFor(payload, activity, next, status, mailOnPromotion(next.pendingMail, status), now))
    promoted++
  }
}

/** Gives freed seats to the waitlist in arrival order, telling each promoted person by e-mail. */
export async function promoteWaitlist(payload: Payload, activity: Activity, now = new Date()): Promise<number> {
  const mails: OwedMail[] = []
  const { promoted } = await withActivityLock(activity, () => promoteLocked(payload, activity, now, mails))
  await deliverMails(payload, mails)
  return promoted
}

/** Expires the run-out holds of one activity and passes their seats on; call it holding the activity's lock. */
async function expireLocked(payload: Payload, activity: Activity, now: Date, mails: OwedMail[]): Promise<number> {
  const runOut: Where = { and: [of(activity), { status: { equals: 'awaiting' } }, { holdExpiresAt: { less_than_equal: now.toISOString() } }] }
  // Most steps find none: a count is a fraction of the cost of reading the records.
  if ((await payload.count({ collection: 'registrations', where: runOut, overrideAccess: true })).totalDocs === 0) return 0
  const expired = await payload.find({
    collection: 'registrations',
    where: runOut,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  // The status first, then the seat: a crash between them leaves a claim of an expired sign-up, which the reconciler drops.
  for (const registration of expired.docs.filter((r) => isExpiredHold(r, now))) {
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: { status: 'expired', dedupeKey: `expired:${registration.id}`, pendingMail: null },
      overrideAccess: true,
      depth: 0,
    })
    await releaseSeat(payload, registration.id)
  }
  if (expired.docs.length > 0) await promoteLocked(payload, activity, now, mails)
  return expired.docs.length
}

/** Unconfirmed holds that have run out become expired and their seats go to the waitlist. */
export async function releaseExpiredHolds(payload: Payload, scope?: Pick<Activity, 'kind' | 'id'>, now = new Date()): Promise<number> {
  const expired = await payload.find({
    collection: 'registrations',
    where: { and: [{ status: { equals: 'awaiting' } }, { holdExpiresAt: { less_than_equal: now.toISOString() } }, ...(scope ? [of(scope)] : [])] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { laboratory: true, event: true },
  })
  const activities = new Map<string, { kind: ActivityKind; id: Id }>()
  for (const registration of expired.docs) {
    const ref = activityOfRegistration(registration)
    if (ref) activities.set(`${ref.kind}:${ref.id}`, ref)
  }
  let count = 0
  const mails: OwedMail[] = []
  for (const ref of activities.values()) {
    const activity = await loadActivity(payload, ref.kind, ref.id, false)
    if (activity) count += await withActivityLock(activity, () => expireLocked(payload, activity, now, mails))
  }
  await deliverMails(payload, mails)
  if (count > 0) requestSitePurge(payload, 'holds-expired')
  return count
}

export type SignupRequest = Pick<SignupForm, 'name' | 'email' | 'consent' | 'locale'> &
  Partial<Pick<SignupForm, 'phone' | 'organization' | 'accessibilityNeeds'>> &
  ({ laboratory: Id; event?: undefined } | { event: Id; laboratory?: undefined })

/**
 * Signs a citizen up: a seat held while one is left, otherwise the waitlist. The same address again
 * gets no second seat, only the mail again; the caller answers the same either way.
 *
 * The steps of one activity take turns (withActivityLock), and each write leaves a state the reconciler can finish
 * after a crash: the record first (waitlisted, its first mail marked as owed; unique per activity and address, so a
 * retried submission finds it), then the seat claim, then the hold; the mail is sent last and its mark cleared.
 */
export async function signUp(
  payload: Payload,
  request: SignupRequest,
  now = new Date(),
): Promise<{ outcome: 'seat-held' | 'waitlisted' | 'repeat'; seats: Awaited<ReturnType<typeof availability>> }> {
  const activity = request.event !== undefined ? await publishedActivity(payload, 'events', request.event) : await publishedActivity(payload, 'laboratories', request.laboratory!)
  const window = activity.closed ? 'closed' : signupWindow(activity.opensAt, activity.closesAt, now)
  if (window !== 'open') throw new SignupError(window === 'closed' ? 'closed' : 'not-yet-open', 409)
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })
  const dedupeKey = `${activity.kind}:${activity.id}:${request.email}`
  const mails: OwedMail[] = []

  const outcome = await withActivityLock(activity, async (): Promise<'seat-held' | 'waitlisted' | 'repeat'> => {
    await expireLocked(payload, activity, now, mails)
    // Nobody waits while a seat is free: a seat freed by a step that stopped short goes to the waitlist first.
    const { claims } = await promoteLocked(payload, activity, now, mails)
    // The seats in use as the promotion last counted them, in this same turn of the lock.
    const placement = placeNewSignup(activity.capacity, claims ?? (await countClaims(payload, activity)))
    const confirm = newToken()
    const cancel = newToken()
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
          pendingMail: placement === 'awaiting' ? 'seat-held' : 'waitlisted',
        },
        overrideAccess: true,
        depth: 0,
      })
    } catch (err) {
      if (!isUniqueViolation(err, 'dedupeKey')) throw err
      const repeat = await resendToExisting(payload, activity, dedupeKey, now)
      if (repeat) mails.push(repeat)
      return 'repeat'
    }
    await pausePoint('signup-after-record', request.email)
    const holdUntil = holdExpiry(now, HOLD_HOURS())
    if (placement === 'awaiting' && (await claimSeat(payload, activity, registration.id))) {
      await pausePoint('signup-after-claim', request.email)
      registration = await payload.update({
        collection: 'registrations',
        id: registration.id,
        data: { status: 'awaiting', holdExpiresAt: holdUntil.toISOString() },
        overrideAccess: true,
        depth: 0,
      })
    }
    const kind = mailFor(registration.pendingMail, registration.status) ?? 'waitlisted'
    if (kind !== registration.pendingMail)
      registration = await payload.update({ collection: 'registrations', id: registration.id, data: { pendingMail: kind }, overrideAccess: true, depth: 0 })
    mails.push({ registration, activity, kind, confirm, cancel, holdUntil })
    return registration.status === 'awaiting' ? 'seat-held' : 'waitlisted'
  })

  // The answer never waits for mail: each mail is marked as owed and queued; the reconciler queues what a crash left unsent.
  await deliverMails(payload, mails)
  requestSitePurge(payload, `signup:${activity.kind}:${activity.id}`)
  // The seats as they are now, this sign-up counted: the page that answers the form shows them without asking again.
  return { outcome, seats: await seatFigures(payload, activity, now) }
}

/** The same person signing up again: fresh links by mail, nothing else changes. */
async function resendToExisting(payload: Payload, activity: Activity, dedupeKey: string, now: Date): Promise<OwedMail | null> {
  const existing = (await payload.find({ collection: 'registrations', where: { dedupeKey: { equals: dedupeKey } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!existing) return null
  const confirm = newToken()
  const cancel = newToken()
  const kind: SignupMail = existing.status === 'confirmed' ? 'already-confirmed' : existing.status === 'awaiting' ? 'seat-held' : 'waitlisted'
  const updated = await payload.update({
    collection: 'registrations',
    id: existing.id,
    data: { confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash, pendingMail: kind },
    overrideAccess: true,
    depth: 0,
  })
  const holdUntil = existing.holdExpiresAt ? new Date(existing.holdExpiresAt) : holdExpiry(now, HOLD_HOURS())
  return { registration: updated, activity, kind, confirm, cancel, holdUntil }
}

async function byToken(payload: Payload, field: 'confirmTokenHash' | 'cancelTokenHash', token: string): Promise<Registration> {
  const found = (await payload.find({ collection: 'registrations', where: { [field]: { equals: hashToken(token) } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!found) throw new SignupError('token-unknown', 404)
  return found
}

const summaryOf = (activity: Activity) => ({ title: activity.title, slug: activity.slug, kind: activity.kind })

/** A confirmation link was used: the seat is confirmed (or the waitlisted address verified). */
export async function confirmSignup(payload: Payload, token: string, now = new Date()) {
  const found = await byToken(payload, 'confirmTokenHash', token)
  const activity = await anyActivity(payload, found)
  const result = await withActivityLock(activity, async () => {
    const registration = (await payload.findByID({ collection: 'registrations', id: found.id, depth: 0, overrideAccess: true, disableErrors: true })) ?? found
    const decision = onConfirm(registration, now)
    if (decision.outcome === 'confirmed' || decision.outcome === 'waitlist-verified') {
      await payload.update({
        collection: 'registrations',
        id: registration.id,
        data: { status: decision.status, emailVerified: true, holdExpiresAt: null },
        overrideAccess: true,
        depth: 0,
      })
    }
    return { ...decision, wasAwaiting: registration.status === 'awaiting' }
  })
  if (result.outcome === 'confirmed') {
    requestSitePurge(payload, `confirm:${activity.kind}:${activity.id}`)
    // The confirmation, with the person's check-in code, goes through the jobs queue: the citizen does not wait on mail.
    await queueSignupMail(payload, found.id, 'confirmed')
  }
  if (result.outcome === 'expired') {
    if (result.wasAwaiting) await releaseExpiredHolds(payload, activity, now)
    throw new SignupError('token-expired', 410)
  }
  return { outcome: result.outcome, lab: summaryOf(activity) }
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

const STILL_ACTIVE = new Set(['awaiting', 'confirmed', 'waitlisted'])

/**
 * Cancels one sign-up in its activity's turn, releasing its seat to the waitlist; a staff cancellation records its
 * reason and who gave it, and tells the person. A sign-up already cancelled (or, for staff, no longer active) is left.
 */
export async function cancelRegistration(payload: Payload, found: Registration, now = new Date(), staff?: StaffCancellation) {
  const activity = await anyActivity(payload, found)
  const mails: OwedMail[] = []
  let cancelled: Registration | null = null
  const outcome = await withActivityLock(activity, async () => {
    // Read again in turn: a step that ran meanwhile may have changed it.
    const registration = await payload.findByID({ collection: 'registrations', id: found.id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!registration || registration.status === 'cancelled' || (staff && !STILL_ACTIVE.has(registration.status))) return 'already-cancelled' as const
    // The status first, then the seat: a crash between them leaves a claim of a cancelled sign-up, which the reconciler drops.
    await payload.update({
      collection: 'registrations',
      id: registration.id,
      data: {
        status: 'cancelled',
        holdExpiresAt: null,
        dedupeKey: `cancelled:${registration.id}`,
        confirmTokenHash: null,
        pendingMail: null,
        ...(staff ? { cancellation: { reason: staff.reason, by: staff.by as number, at: now.toISOString() } } : {}),
      },
      overrideAccess: true,
      depth: 0,
    })
    cancelled = registration
    await releaseSeat(payload, registration.id)
    await promoteLocked(payload, activity, now, mails)
    return 'cancelled' as const
  })
  // Told through the jobs queue, retried while the mail server refuses it, like the promoted people's mails.
  if (staff && cancelled) await queueSignupMail(payload, (cancelled as Registration).id, 'cancelled-by-staff')
  await deliverMails(payload, mails)
  if (outcome === 'cancelled') requestSitePurge(payload, `cancel:${activity.kind}:${activity.id}`)
  return { outcome, lab: summaryOf(activity) }
}
