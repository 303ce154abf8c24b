/**
 * The sign-up rules, as pure functions: who holds a seat, who waits, who is promoted. The CMS's sign-up service
 * (cms/src/signups/service.ts) decides with them; the seats themselves are counted as seat-claim rows, one per
 * seat with a unique number, so that the database keeps two sign-ups from taking the last seat at once.
 */

export const REGISTRATION_STATUSES = ['awaiting', 'confirmed', 'waitlisted', 'cancelled', 'expired'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** Hours an unconfirmed sign-up keeps its seat (SIGNUP_HOLD_HOURS; 24 by default). */
export const DEFAULT_HOLD_HOURS = 24

export interface SeatHolder {
  status: RegistrationStatus
  holdExpiresAt?: string | Date | null
}

export interface QueuedRegistration extends SeatHolder {
  id: number | string
  createdAt: string | Date
  emailVerified?: boolean | null
}

const time = (value: string | Date) => (value instanceof Date ? value.getTime() : Date.parse(value))

/** When a hold placed at `now` expires. */
export function holdExpiry(now: Date, holdHours = DEFAULT_HOLD_HOURS): Date {
  return new Date(now.getTime() + holdHours * 3_600_000)
}

/** An unconfirmed sign-up whose hold has not yet expired. */
export function isLiveHold(registration: SeatHolder, now: Date): boolean {
  return registration.status === 'awaiting' && !!registration.holdExpiresAt && time(registration.holdExpiresAt) > now.getTime()
}

/** A hold that has run out without confirmation: its seat goes to the waitlist. */
export function isExpiredHold(registration: SeatHolder, now: Date): boolean {
  return registration.status === 'awaiting' && !isLiveHold(registration, now)
}

export function seatsLeft(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken)
}

/** A new sign-up holds a seat while one is left, otherwise it joins the waitlist. */
export function placeNewSignup(capacity: number, taken: number): 'awaiting' | 'waitlisted' {
  return taken < capacity ? 'awaiting' : 'waitlisted'
}

/** The waitlist in arrival order. */
export function waitlist<T extends QueuedRegistration>(registrations: readonly T[]): T[] {
  return registrations
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => time(a.createdAt) - time(b.createdAt) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))
}

/** Who gets a freed seat: the first on the waitlist, or nobody. */
export function nextToPromote<T extends QueuedRegistration>(registrations: readonly T[]): T | null {
  return waitlist(registrations)[0] ?? null
}

/** A promoted person who already proved their address is confirmed at once; otherwise they get a new hold. */
export function statusOnPromotion(registration: Pick<QueuedRegistration, 'emailVerified'>): 'confirmed' | 'awaiting' {
  return registration.emailVerified ? 'confirmed' : 'awaiting'
}

export type SignupWindow = 'not-yet-open' | 'open' | 'closed'

/** Whether sign-ups are accepted at `now`; a missing bound leaves that side open, and a closed lab takes no one. */
export function signupWindow(opensAt: string | Date | null | undefined, closesAt: string | Date | null | undefined, now: Date, phase?: string | null): SignupWindow {
  if (phase === 'closed') return 'closed'
  if (opensAt && time(opensAt) > now.getTime()) return 'not-yet-open'
  if (closesAt && time(closesAt) <= now.getTime()) return 'closed'
  return 'open'
}

/** What confirming a link does to a registration in each state. */
export function onConfirm(
  registration: SeatHolder,
  now: Date,
): { status: RegistrationStatus; outcome: 'confirmed' | 'waitlist-verified' | 'already-confirmed' | 'expired' | 'cancelled' } {
  switch (registration.status) {
    case 'confirmed':
      return { status: 'confirmed', outcome: 'already-confirmed' }
    case 'waitlisted':
      return { status: 'waitlisted', outcome: 'waitlist-verified' }
    case 'cancelled':
      return { status: 'cancelled', outcome: 'cancelled' }
    case 'expired':
      return { status: 'expired', outcome: 'expired' }
    case 'awaiting':
      return isLiveHold(registration, now) ? { status: 'confirmed', outcome: 'confirmed' } : { status: 'expired', outcome: 'expired' }
  }
}
