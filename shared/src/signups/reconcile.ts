/**
 * Crash recovery of the sign-ups, as pure functions: given what the database holds for one activity
 * (its sign-ups and its seat claims), what state the seat rules would have produced, and the repairs
 * that lead there. The CMS writes each step in an order that leaves, after a crash between any two
 * writes, something these repairs can finish; it runs them at start and in housekeeping.
 */
import { isLiveHold, statusOnPromotion, waitlist, type QueuedRegistration, type RegistrationStatus } from './seat-rules.ts'

type Id = number | string

/** The e-mails a sign-up can be owed; the CMS marks one as owed before sending it and clears the mark after. */
export const SIGNUP_MAILS = ['seat-held', 'waitlisted', 'already-confirmed', 'promoted-confirmed', 'promoted-awaiting'] as const
export type SignupMail = (typeof SIGNUP_MAILS)[number]

export interface RecordedSignup extends QueuedRegistration {
  /** An e-mail marked as owed and not yet known to have been sent. */
  pendingMail?: SignupMail | null
}

export interface RecordedClaim {
  id: Id
  /** The sign-up holding the seat; null or unknown once that sign-up is gone. */
  registration: Id | null
  seat: number
}

export interface ActivityRecords {
  capacity: number
  registrations: readonly RecordedSignup[]
  claims: readonly RecordedClaim[]
}

export type Repair =
  /** A seat claim nobody may hold: its sign-up is gone, cancelled or expired, or already has another seat. */
  | { kind: 'drop-claim'; claim: Id; reason: 'no-sign-up' | 'not-holding' | 'duplicate' }
  /** A waitlisted sign-up that already holds a claim (the step stopped between the claim and the status). */
  | { kind: 'take-held-seat'; registration: Id; status: 'awaiting' | 'confirmed'; mail: SignupMail }
  /** A seat holder (awaiting or confirmed) without its claim, while a seat is free. */
  | { kind: 'give-seat'; registration: Id }
  /** A free seat and someone waiting: the first in arrival order gets it. */
  | { kind: 'promote'; registration: Id; status: 'awaiting' | 'confirmed'; mail: SignupMail }
  /** An e-mail owed and never sent. */
  | { kind: 'send-mail'; registration: Id; mail: SignupMail }
  /** A mark of an e-mail no longer owed (the sign-up was cancelled or expired meanwhile). */
  | { kind: 'forget-mail'; registration: Id }

const FIRST_MAILS: readonly SignupMail[] = ['seat-held', 'waitlisted']
const holds = (status: RegistrationStatus) => status === 'awaiting' || status === 'confirmed'
const arrival = (r: QueuedRegistration) => (r.createdAt instanceof Date ? r.createdAt.getTime() : Date.parse(r.createdAt))
const key = (id: Id | null | undefined) => (id === null || id === undefined ? '' : String(id))

/**
 * The e-mail owed to a sign-up in `status` when `pending` was marked: a person never told anything gets the
 * first mail of their status; one already told gets the mail of what changed since. Null: nothing is owed.
 */
export function mailFor(pending: SignupMail | null | undefined, status: RegistrationStatus): SignupMail | null {
  if (!pending || status === 'cancelled' || status === 'expired') return null
  if (FIRST_MAILS.includes(pending)) return status === 'awaiting' ? 'seat-held' : status === 'waitlisted' ? 'waitlisted' : 'already-confirmed'
  if (pending === 'already-confirmed') return status === 'confirmed' ? 'already-confirmed' : status === 'awaiting' ? 'seat-held' : 'waitlisted'
  // A promotion: the mail follows the status the person has now.
  return status === 'confirmed' ? 'promoted-confirmed' : status === 'awaiting' ? 'promoted-awaiting' : 'waitlisted'
}

/** The mail a person gets when a seat becomes theirs, given what they are still owed (maybe their first mail). */
export function mailOnPromotion(pending: SignupMail | null | undefined, status: 'awaiting' | 'confirmed'): SignupMail {
  if (pending && FIRST_MAILS.includes(pending)) return status === 'awaiting' ? 'seat-held' : 'promoted-confirmed'
  return status === 'confirmed' ? 'promoted-confirmed' : 'promoted-awaiting'
}

/** The repairs that bring one activity's records to a state the seat rules produce, in the order to apply them. */
export function planRepairs(records: ActivityRecords): Repair[] {
  const repairs: Repair[] = []
  const byId = new Map(records.registrations.map((r) => [key(r.id), r]))
  const holding = new Set<string>()
  const handled = new Set<string>()
  const claims = [...records.claims].sort((a, b) => a.seat - b.seat || key(a.id).localeCompare(key(b.id), 'en', { numeric: true }))
  for (const claim of claims) {
    const registration = byId.get(key(claim.registration))
    if (!registration) {
      repairs.push({ kind: 'drop-claim', claim: claim.id, reason: 'no-sign-up' })
    } else if (holding.has(key(registration.id))) {
      repairs.push({ kind: 'drop-claim', claim: claim.id, reason: 'duplicate' })
    } else if (registration.status === 'cancelled' || registration.status === 'expired') {
      repairs.push({ kind: 'drop-claim', claim: claim.id, reason: 'not-holding' })
    } else {
      holding.add(key(registration.id))
      if (registration.status === 'waitlisted') {
        const status = statusOnPromotion(registration)
        repairs.push({ kind: 'take-held-seat', registration: registration.id, status, mail: mailOnPromotion(registration.pendingMail, status) })
        handled.add(key(registration.id))
      }
    }
  }
  let free = Math.max(0, records.capacity - holding.size)
  const unseated = records.registrations.filter((r) => holds(r.status) && !holding.has(key(r.id)))
  for (const holder of waitlist(unseated.map((r) => ({ ...r, status: 'waitlisted' as const })))) {
    if (free === 0) break
    repairs.push({ kind: 'give-seat', registration: holder.id })
    holding.add(key(holder.id))
    free--
  }
  for (const next of waitlist(records.registrations)) {
    if (free === 0) break
    if (holding.has(key(next.id))) continue
    const status = statusOnPromotion(next)
    repairs.push({ kind: 'promote', registration: next.id, status, mail: mailOnPromotion(next.pendingMail, status) })
    handled.add(key(next.id))
    holding.add(key(next.id))
    free--
  }
  for (const registration of records.registrations) {
    if (!registration.pendingMail || handled.has(key(registration.id))) continue
    const mail = mailFor(registration.pendingMail, registration.status)
    repairs.push(mail ? { kind: 'send-mail', registration: registration.id, mail } : { kind: 'forget-mail', registration: registration.id })
  }
  return repairs
}

/**
 * What in one activity's records the seat rules would never produce; empty when all is well. Seats held never
 * exceed capacity, every claim belongs to a seat holder and every holder has one claim, nobody waits while a
 * seat is free, and nobody who arrived after someone still waiting holds a seat (the waitlist goes in order).
 * With `now`, a hold that ran out and still holds its seat counts too (the expiry job releases them every minute).
 */
export function seatRuleViolations(records: ActivityRecords, now?: Date): string[] {
  const problems: string[] = []
  const byId = new Map(records.registrations.map((r) => [key(r.id), r]))
  const claimsOf = new Map<string, number>()
  for (const claim of records.claims) {
    const registration = byId.get(key(claim.registration))
    if (!registration) problems.push(`seat ${claim.seat} is held by no sign-up`)
    else if (!holds(registration.status)) problems.push(`seat ${claim.seat} is held by sign-up ${registration.id}, which is ${registration.status}`)
    claimsOf.set(key(claim.registration), (claimsOf.get(key(claim.registration)) ?? 0) + 1)
  }
  if (records.claims.length > records.capacity) problems.push(`${records.claims.length} seats held for a capacity of ${records.capacity}`)
  const holders = records.registrations.filter((r) => holds(r.status))
  for (const holder of holders) {
    const count = claimsOf.get(key(holder.id)) ?? 0
    if (count !== 1) problems.push(`sign-up ${holder.id} (${holder.status}) holds ${count} seat claims`)
    if (holder.status === 'awaiting' && !holder.holdExpiresAt) problems.push(`sign-up ${holder.id} holds a seat with no expiry`)
    else if (now && holder.status === 'awaiting' && !isLiveHold(holder, now)) problems.push(`sign-up ${holder.id} holds a seat whose hold ran out`)
  }
  const waiting = waitlist(records.registrations)
  const free = records.capacity - holders.length
  if (waiting.length > 0 && free > 0) problems.push(`${waiting.length} waitlisted while ${free} seats are free`)
  const first = waiting[0]
  if (first) {
    const firstAt = arrival(first)
    for (const holder of holders) {
      if (arrival(holder) > firstAt) problems.push(`sign-up ${holder.id} holds a seat though it arrived after sign-up ${first.id}, still waitlisted`)
    }
  }
  return problems
}
