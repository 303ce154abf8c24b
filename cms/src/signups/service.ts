import type { Payload } from 'payload'
import { holdExpiry, onConfirm, signupWindow, statusOnPromotion, type RegistrationStatus } from '@quartieri/shared/signups/seat-rules'
import type { SignupForm } from '@quartieri/shared/signups/signup-form'
import type { Laboratory, Registration } from '../payload-types.ts'
import { sendSignupMail } from '../mail/signup-mails.ts'
import { requestSitePurge } from '../site-cache/purge-site.ts'
import { hashToken, newToken } from './tokens.ts'
import { isUniqueViolation } from './unique-violation.ts'

export const HOLD_HOURS = () => Number(process.env.SIGNUP_HOLD_HOURS || 24)
const CLAIM_ATTEMPTS_OVER_CAPACITY = 50

type Id = number | string
const idOf = (value: unknown): Id | null =>
  typeof value === 'object' && value !== null ? (value as { id: Id }).id : typeof value === 'number' || typeof value === 'string' ? value : null

export class SignupError extends Error {
  constructor(
    readonly code: 'lab-not-found' | 'not-yet-open' | 'closed' | 'token-unknown' | 'token-expired',
    readonly status: number,
  ) {
    super(code)
    this.name = 'SignupError'
  }
}

/** A published lab by id, or an error a citizen can understand. */
async function publishedLab(payload: Payload, id: Id): Promise<Laboratory> {
  const result = await payload.find({ collection: 'laboratories', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, depth: 0, limit: 1, overrideAccess: true })
  const lab = result.docs[0]
  if (!lab) throw new SignupError('lab-not-found', 404)
  return lab
}

/**
 * Tries to take one seat of `lab` for `registrationId`. The seat-claims key (lab:seat) and registration are
 * unique in the database, so concurrent claims cannot exceed capacity nor give one person two seats.
 */
export async function claimSeat(payload: Payload, lab: Pick<Laboratory, 'id' | 'capacity'>, registrationId: Id): Promise<boolean> {
  for (let attempt = 0; attempt < lab.capacity + CLAIM_ATTEMPTS_OVER_CAPACITY; attempt++) {
    const claims = await payload.find({ collection: 'seat-claims', where: { laboratory: { equals: lab.id } }, depth: 0, pagination: false, overrideAccess: true, select: { seat: true } })
    const used = new Set(claims.docs.map((c) => c.seat))
    const free: number[] = []
    for (let seat = 1; seat <= lab.capacity; seat++) if (!used.has(seat)) free.push(seat)
    if (free.length === 0) return false
    // A random free seat makes two racing claims less likely to collide.
    const seat = free[Math.floor(Math.random() * free.length)]!
    try {
      await payload.create({ collection: 'seat-claims', data: { key: `${lab.id}:${seat}`, laboratory: lab.id as number, registration: registrationId as number, seat }, overrideAccess: true, depth: 0 })
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

async function counts(payload: Payload, labId: Id, status: RegistrationStatus): Promise<number> {
  return (await payload.count({ collection: 'registrations', where: { and: [{ laboratory: { equals: labId } }, { status: { equals: status } }] }, overrideAccess: true })).totalDocs
}

/** Public figures of a lab: seats in use (from the claims), seats left, people waiting. */
export async function availability(payload: Payload, labId: Id, now = new Date()) {
  const lab = await publishedLab(payload, labId)
  const taken = (await payload.count({ collection: 'seat-claims', where: { laboratory: { equals: lab.id } }, overrideAccess: true })).totalDocs
  return {
    capacity: lab.capacity,
    seatsTaken: taken,
    seatsLeft: Math.max(0, lab.capacity - taken),
    waitlisted: await counts(payload, lab.id, 'waitlisted'),
    window: signupWindow(lab.signupOpensAt, lab.signupClosesAt, now, lab.phase),
  }
}

/** Gives freed seats to the waitlist in arrival order, telling each promoted person by e-mail. */
export async function promoteWaitlist(payload: Payload, lab: Laboratory, now = new Date()): Promise<number> {
  let promoted = 0
  for (;;) {
    const next = (
      await payload.find({ collection: 'registrations', where: { and: [{ laboratory: { equals: lab.id } }, { status: { equals: 'waitlisted' } }] }, sort: ['createdAt', 'id'], limit: 1, depth: 0, overrideAccess: true })
    ).docs[0]
    if (!next) return promoted
    if (!(await claimSeat(payload, lab, next.id))) return promoted
    const status = statusOnPromotion(next)
    const confirm = newToken()
    const cancel = newToken()
    await payload.update({
      collection: 'registrations',
      id: next.id,
      data: { status, holdExpiresAt: status === 'awaiting' ? holdExpiry(now, HOLD_HOURS()).toISOString() : null, confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash },
      overrideAccess: true,
      depth: 0,
    })
    promoted++
    await sendSignupMail(payload, status === 'confirmed' ? 'promoted-confirmed' : 'promoted-awaiting', { registration: next, lab, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil: holdExpiry(now, HOLD_HOURS()) })
  }
}

/** Unconfirmed holds that have run out become expired and their seats go to the waitlist. */
export async function releaseExpiredHolds(payload: Payload, labId?: Id, now = new Date()): Promise<number> {
  const expired = await payload.find({
    collection: 'registrations',
    where: { and: [{ status: { equals: 'awaiting' } }, { holdExpiresAt: { less_than_equal: now.toISOString() } }, ...(labId !== undefined ? [{ laboratory: { equals: labId } }] : [])] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const labs = new Set<Id>()
  for (const registration of expired.docs) {
    await payload.update({ collection: 'registrations', id: registration.id, data: { status: 'expired', dedupeKey: `expired:${registration.id}` }, overrideAccess: true, depth: 0 })
    await releaseSeat(payload, registration.id)
    const lab = idOf(registration.laboratory)
    if (lab !== null) labs.add(lab)
  }
  for (const lab of labs) {
    const doc = await payload.findByID({ collection: 'laboratories', id: lab, depth: 0, overrideAccess: true })
    await promoteWaitlist(payload, doc, now)
  }
  if (expired.docs.length > 0) requestSitePurge(payload, 'holds-expired')
  return expired.docs.length
}

export type SignupRequest = Pick<SignupForm, 'name' | 'email' | 'consent' | 'locale'> &
  Partial<Pick<SignupForm, 'phone' | 'organization' | 'accessibilityNeeds'>> & { laboratory: Id }

/**
 * Signs a citizen up: a seat held while one is left, otherwise the waitlist. The same address again
 * gets no second seat, only the mail again; the caller answers the same either way.
 */
export async function signUp(payload: Payload, request: SignupRequest, now = new Date()): Promise<{ outcome: 'seat-held' | 'waitlisted' | 'repeat' }> {
  const lab = await publishedLab(payload, request.laboratory)
  const window = signupWindow(lab.signupOpensAt, lab.signupClosesAt, now, lab.phase)
  if (window !== 'open') throw new SignupError(window === 'closed' ? 'closed' : 'not-yet-open', 409)
  await releaseExpiredHolds(payload, lab.id, now)

  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })
  const confirm = newToken()
  const cancel = newToken()
  const dedupeKey = `${lab.id}:${request.email}`
  let registration: Registration
  try {
    registration = await payload.create({
      collection: 'registrations',
      data: {
        laboratory: lab.id,
        neighbourhood: idOf(lab.neighbourhood) as number,
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
    await resendToExisting(payload, lab, dedupeKey, now)
    return { outcome: 'repeat' }
  }

  const held = await claimSeat(payload, lab, registration.id)
  if (held) {
    registration = await payload.update({ collection: 'registrations', id: registration.id, data: { status: 'awaiting', holdExpiresAt: holdExpiry(now, HOLD_HOURS()).toISOString() }, overrideAccess: true, depth: 0 })
  }
  await sendSignupMail(payload, held ? 'seat-held' : 'waitlisted', { registration, lab, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil: holdExpiry(now, HOLD_HOURS()) })
  requestSitePurge(payload, `signup:${lab.id}`)
  return { outcome: held ? 'seat-held' : 'waitlisted' }
}

/** The same person signing up again: fresh links by mail, nothing else changes. */
async function resendToExisting(payload: Payload, lab: Laboratory, dedupeKey: string, now: Date): Promise<void> {
  const existing = (await payload.find({ collection: 'registrations', where: { dedupeKey: { equals: dedupeKey } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!existing) return
  const confirm = newToken()
  const cancel = newToken()
  await payload.update({ collection: 'registrations', id: existing.id, data: { confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash }, overrideAccess: true, depth: 0 })
  const kind = existing.status === 'confirmed' ? 'already-confirmed' : existing.status === 'awaiting' ? 'seat-held' : 'waitlisted'
  await sendSignupMail(payload, kind, { registration: existing, lab, confirmToken: confirm.token, cancelToken: cancel.token, holdUntil: existing.holdExpiresAt ? new Date(existing.holdExpiresAt) : holdExpiry(now, HOLD_HOURS()) })
}

async function byToken(payload: Payload, field: 'confirmTokenHash' | 'cancelTokenHash', token: string): Promise<Registration> {
  const found = (await payload.find({ collection: 'registrations', where: { [field]: { equals: hashToken(token) } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!found) throw new SignupError('token-unknown', 404)
  return found
}

/** A confirmation link was used: the seat is confirmed (or the waitlisted address verified). */
export async function confirmSignup(payload: Payload, token: string, now = new Date()) {
  const registration = await byToken(payload, 'confirmTokenHash', token)
  const lab = await payload.findByID({ collection: 'laboratories', id: idOf(registration.laboratory)!, depth: 0, overrideAccess: true })
  const { status, outcome } = onConfirm(registration, now)
  if (outcome === 'confirmed' || outcome === 'waitlist-verified') {
    await payload.update({ collection: 'registrations', id: registration.id, data: { status, emailVerified: true, holdExpiresAt: null }, overrideAccess: true, depth: 0 })
    if (outcome === 'confirmed') requestSitePurge(payload, `confirm:${lab.id}`)
  }
  if (outcome === 'expired') {
    if (registration.status === 'awaiting') await releaseExpiredHolds(payload, lab.id, now)
    throw new SignupError('token-expired', 410)
  }
  return { outcome, lab: { title: lab.title, slug: lab.slug } }
}

/** A cancellation (by button, never by merely opening the link): the seat goes to the first on the waitlist. */
export async function cancelSignup(payload: Payload, token: string, now = new Date()) {
  const registration = await byToken(payload, 'cancelTokenHash', token)
  const lab = await payload.findByID({ collection: 'laboratories', id: idOf(registration.laboratory)!, depth: 0, overrideAccess: true })
  if (registration.status === 'cancelled') return { outcome: 'already-cancelled' as const, lab: { title: lab.title, slug: lab.slug } }
  await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: { status: 'cancelled', holdExpiresAt: null, dedupeKey: `cancelled:${registration.id}`, confirmTokenHash: null },
    overrideAccess: true,
    depth: 0,
  })
  await releaseSeat(payload, registration.id)
  await promoteWaitlist(payload, lab, now)
  requestSitePurge(payload, `cancel:${lab.id}`)
  return { outcome: 'cancelled' as const, lab: { title: lab.title, slug: lab.slug } }
}
