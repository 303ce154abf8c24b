import { describe, expect, it } from 'vitest'
import {
  DEFAULT_HOLD_HOURS,
  holdExpiry,
  isExpiredHold,
  isLiveHold,
  nextToPromote,
  onConfirm,
  placeNewSignup,
  seatsLeft,
  signupWindow,
  statusOnPromotion,
  waitlist,
  type QueuedRegistration,
  type RegistrationStatus,
  type SeatHolder,
} from './seat-rules.ts'

const NOW = new Date('2027-01-13T12:00:00.000Z')
/** `ms` milliseconds after NOW (negative: before), as an ISO string like the CMS stores. */
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString()
const HOUR = 3_600_000

const awaiting = (holdExpiresAt: string | Date | null | undefined): SeatHolder => ({ status: 'awaiting', holdExpiresAt })

describe('DEFAULT_HOLD_HOURS', () => {
  it('keeps an unconfirmed seat for 24 hours', () => {
    expect(DEFAULT_HOLD_HOURS).toBe(24)
  })
})

describe('holdExpiry', () => {
  it('expires a hold 24 hours after it was placed by default', () => {
    expect(holdExpiry(NOW).toISOString()).toBe('2027-01-14T12:00:00.000Z')
  })

  it('adds the configured number of hours', () => {
    expect(holdExpiry(NOW, 48).toISOString()).toBe('2027-01-15T12:00:00.000Z')
    expect(holdExpiry(NOW, 2).toISOString()).toBe('2027-01-13T14:00:00.000Z')
    expect(holdExpiry(NOW, 0.5).toISOString()).toBe('2027-01-13T12:30:00.000Z')
  })

  it('leaves the time it was given unchanged', () => {
    const now = new Date(NOW)
    holdExpiry(now, 24)
    expect(now.getTime()).toBe(NOW.getTime())
  })
})

describe('isLiveHold / isExpiredHold', () => {
  it('keeps a hold live until just before its expiry', () => {
    expect(isLiveHold(awaiting(at(HOUR)), NOW)).toBe(true)
    expect(isLiveHold(awaiting(at(1)), NOW)).toBe(true)
    expect(isExpiredHold(awaiting(at(1)), NOW)).toBe(false)
  })

  it('expires a hold at the exact moment of its expiry (exclusive bound)', () => {
    expect(isLiveHold(awaiting(at(0)), NOW)).toBe(false)
    expect(isExpiredHold(awaiting(at(0)), NOW)).toBe(true)
  })

  it('treats a hold past its expiry as expired', () => {
    expect(isLiveHold(awaiting(at(-1)), NOW)).toBe(false)
    expect(isExpiredHold(awaiting(at(-HOUR)), NOW)).toBe(true)
  })

  it('accepts the expiry as a Date or as a string with any offset, compared as an instant', () => {
    expect(isLiveHold(awaiting(new Date(NOW.getTime() + 1)), NOW)).toBe(true)
    expect(isLiveHold(awaiting(new Date(NOW)), NOW)).toBe(false)
    // 12:30 in Rome (UTC+1) is 11:30 UTC, half an hour before NOW.
    expect(isLiveHold(awaiting('2027-01-13T12:30:00+01:00'), NOW)).toBe(false)
    // 13:30 in Rome is 12:30 UTC, half an hour after NOW.
    expect(isLiveHold(awaiting('2027-01-13T13:30:00+01:00'), NOW)).toBe(true)
  })

  it('only counts awaiting sign-ups as holds, whatever their expiry', () => {
    for (const status of ['confirmed', 'waitlisted', 'cancelled', 'expired'] as const) {
      const registration = { status, holdExpiresAt: at(HOUR) }
      expect(isLiveHold(registration, NOW)).toBe(false)
      expect(isExpiredHold(registration, NOW)).toBe(false)
    }
  })
})

describe('seatsLeft', () => {
  it('is the capacity minus the seats taken', () => {
    expect(seatsLeft(40, 0)).toBe(40)
    expect(seatsLeft(40, 39)).toBe(1)
    expect(seatsLeft(40, 40)).toBe(0)
  })

  it('never goes below zero, e.g. after the capacity was lowered', () => {
    expect(seatsLeft(10, 12)).toBe(0)
  })
})

describe('placeNewSignup', () => {
  it('holds a seat while seats are left', () => {
    expect(placeNewSignup(3, 0)).toBe('awaiting')
    expect(placeNewSignup(3, 2)).toBe('awaiting')
    expect(placeNewSignup(1, 0)).toBe('awaiting')
  })

  it('puts the sign-up on the waitlist once the lab is full', () => {
    expect(placeNewSignup(3, 3)).toBe('waitlisted')
    expect(placeNewSignup(1, 1)).toBe('waitlisted')
  })

  it('puts the sign-up on the waitlist when more seats are taken than the capacity', () => {
    expect(placeNewSignup(3, 5)).toBe('waitlisted')
  })
})

describe('waitlist / nextToPromote', () => {
  const queued = (id: number | string, createdAt: string | Date, status: RegistrationStatus = 'waitlisted'): QueuedRegistration => ({
    id,
    createdAt,
    status,
  })
  const ids = (registrations: QueuedRegistration[]) => registrations.map((r) => r.id)

  it('lists the waitlist in order of arrival', () => {
    const registrations = [queued(1, '2027-01-10T10:02:00Z'), queued(2, '2027-01-10T10:00:00Z'), queued(3, '2027-01-10T10:01:00Z')]
    expect(ids(waitlist(registrations))).toEqual([2, 3, 1])
    expect(nextToPromote(registrations)?.id).toBe(2)
  })

  it('compares arrival times as instants, whatever their offset or type', () => {
    // 10:30 in Rome is 09:30 UTC: earlier than 10:00 UTC although it reads later.
    const registrations = [queued('a', '2027-01-10T10:00:00Z'), queued('b', '2027-01-10T10:30:00+01:00'), queued('c', new Date('2027-01-10T09:45:00Z'))]
    expect(ids(waitlist(registrations))).toEqual(['b', 'c', 'a'])
  })

  it('breaks a tie on arrival time by id, numerically: id 10 comes after id 9', () => {
    const sameTime = '2027-01-10T10:00:00.000Z'
    const registrations = [queued(10, sameTime), queued(9, sameTime), queued(100, sameTime), queued(2, sameTime)]
    expect(ids(waitlist(registrations))).toEqual([2, 9, 10, 100])
    expect(nextToPromote([queued(10, sameTime), queued(9, sameTime)])?.id).toBe(9)
  })

  it('breaks ties numerically for ids given as strings too', () => {
    const sameTime = '2027-01-10T10:00:00.000Z'
    expect(ids(waitlist([queued('10', sameTime), queued('9', sameTime)]))).toEqual(['9', '10'])
  })

  it('puts an earlier arrival first even when its id is larger', () => {
    const registrations = [queued(2, '2027-01-10T10:00:01Z'), queued(10, '2027-01-10T10:00:00Z')]
    expect(ids(waitlist(registrations))).toEqual([10, 2])
  })

  it('leaves out everyone who is not waitlisted', () => {
    const registrations = [
      queued(1, '2027-01-10T09:00:00Z', 'confirmed'),
      queued(2, '2027-01-10T09:01:00Z', 'awaiting'),
      queued(3, '2027-01-10T09:02:00Z', 'cancelled'),
      queued(4, '2027-01-10T09:03:00Z', 'expired'),
      queued(5, '2027-01-10T09:05:00Z'),
      queued(6, '2027-01-10T09:04:00Z'),
    ]
    expect(ids(waitlist(registrations))).toEqual([6, 5])
    expect(nextToPromote(registrations)?.id).toBe(6)
  })

  it('promotes nobody when the waitlist is empty', () => {
    expect(waitlist([])).toEqual([])
    expect(nextToPromote([])).toBeNull()
    expect(nextToPromote([queued(1, '2027-01-10T09:00:00Z', 'confirmed'), queued(2, '2027-01-10T09:00:00Z', 'cancelled')])).toBeNull()
  })

  it('returns the registrations themselves, with every field', () => {
    const person = { ...queued(7, '2027-01-10T09:00:00Z'), email: 'mario@example.org' }
    expect(nextToPromote([person])).toBe(person)
  })
})

describe('statusOnPromotion', () => {
  it('confirms at once someone who already verified their address', () => {
    expect(statusOnPromotion({ emailVerified: true })).toBe('confirmed')
  })

  it('gives a new hold to someone who has not verified their address', () => {
    expect(statusOnPromotion({ emailVerified: false })).toBe('awaiting')
    expect(statusOnPromotion({ emailVerified: null })).toBe('awaiting')
    expect(statusOnPromotion({})).toBe('awaiting')
  })
})

describe('signupWindow', () => {
  const opens = '2027-01-10T09:00:00.000Z'
  const closes = '2027-01-20T18:00:00.000Z'
  const t = (iso: string, ms = 0) => new Date(Date.parse(iso) + ms)

  it('is not yet open until the opening time', () => {
    expect(signupWindow(opens, closes, t(opens, -1))).toBe('not-yet-open')
    expect(signupWindow(opens, closes, t('2026-12-01T00:00:00Z'))).toBe('not-yet-open')
  })

  it('opens at the exact opening time', () => {
    expect(signupWindow(opens, closes, t(opens))).toBe('open')
  })

  it('stays open until just before the closing time', () => {
    expect(signupWindow(opens, closes, t('2027-01-15T12:00:00Z'))).toBe('open')
    expect(signupWindow(opens, closes, t(closes, -1))).toBe('open')
  })

  it('is closed at the exact closing time and after', () => {
    expect(signupWindow(opens, closes, t(closes))).toBe('closed')
    expect(signupWindow(opens, closes, t(closes, HOUR))).toBe('closed')
  })

  it('accepts the bounds as Dates and compares strings with an offset as instants', () => {
    expect(signupWindow(new Date(opens), new Date(closes), t(opens))).toBe('open')
    expect(signupWindow(new Date(opens), new Date(closes), t(closes))).toBe('closed')
    // 10:00 in Rome is 09:00 UTC.
    expect(signupWindow('2027-01-10T10:00:00+01:00', null, t(opens, -1))).toBe('not-yet-open')
    expect(signupWindow('2027-01-10T10:00:00+01:00', null, t(opens))).toBe('open')
  })

  it('is open from the start when there is no opening time', () => {
    expect(signupWindow(null, closes, t('2000-01-01T00:00:00Z'))).toBe('open')
    expect(signupWindow(undefined, closes, t(closes, -1))).toBe('open')
    expect(signupWindow(undefined, closes, t(closes))).toBe('closed')
  })

  it('never closes by itself when there is no closing time', () => {
    expect(signupWindow(opens, null, t('2099-01-01T00:00:00Z'))).toBe('open')
    expect(signupWindow(opens, undefined, t(opens, -1))).toBe('not-yet-open')
  })

  it('is open when neither bound is set', () => {
    expect(signupWindow(null, null, NOW)).toBe('open')
    expect(signupWindow(undefined, undefined, NOW)).toBe('open')
  })

  it('is always closed for a closed lab', () => {
    expect(signupWindow(null, null, NOW, 'closed')).toBe('closed')
    expect(signupWindow(opens, closes, t('2027-01-15T12:00:00Z'), 'closed')).toBe('closed')
    expect(signupWindow(opens, closes, t(opens, -1), 'closed')).toBe('closed')
  })

  it('lets the dates decide for a lab in any other phase', () => {
    for (const phase of ['listening', 'co-design', 'pact-drafting', 'implementation', null, undefined]) {
      expect(signupWindow(opens, closes, t('2027-01-15T12:00:00Z'), phase)).toBe('open')
      expect(signupWindow(opens, closes, t(opens, -1), phase)).toBe('not-yet-open')
      expect(signupWindow(opens, closes, t(closes), phase)).toBe('closed')
    }
  })
})

describe('onConfirm', () => {
  it('confirms an unconfirmed sign-up whose hold is still live', () => {
    expect(onConfirm(awaiting(at(1)), NOW)).toEqual({ status: 'confirmed', outcome: 'confirmed' })
    expect(onConfirm(awaiting(at(23 * HOUR)), NOW)).toEqual({ status: 'confirmed', outcome: 'confirmed' })
  })

  it('expires an unconfirmed sign-up whose hold has run out, even at the exact expiry', () => {
    expect(onConfirm(awaiting(at(0)), NOW)).toEqual({ status: 'expired', outcome: 'expired' })
    expect(onConfirm(awaiting(at(-HOUR)), NOW)).toEqual({ status: 'expired', outcome: 'expired' })
  })

  it('keeps a waitlisted person on the waitlist, with their address verified', () => {
    expect(onConfirm({ status: 'waitlisted' }, NOW)).toEqual({ status: 'waitlisted', outcome: 'waitlist-verified' })
  })

  it('tells someone already confirmed that they are, without changing anything', () => {
    expect(onConfirm({ status: 'confirmed' }, NOW)).toEqual({ status: 'confirmed', outcome: 'already-confirmed' })
    // A stale expiry left on a confirmed sign-up does not matter.
    expect(onConfirm({ status: 'confirmed', holdExpiresAt: at(-HOUR) }, NOW)).toEqual({ status: 'confirmed', outcome: 'already-confirmed' })
  })

  it('does not bring back a cancelled sign-up', () => {
    expect(onConfirm({ status: 'cancelled' }, NOW)).toEqual({ status: 'cancelled', outcome: 'cancelled' })
    expect(onConfirm({ status: 'cancelled', holdExpiresAt: at(HOUR) }, NOW)).toEqual({ status: 'cancelled', outcome: 'cancelled' })
  })

  it('does not bring back an expired sign-up', () => {
    expect(onConfirm({ status: 'expired' }, NOW)).toEqual({ status: 'expired', outcome: 'expired' })
    expect(onConfirm({ status: 'expired', holdExpiresAt: at(HOUR) }, NOW)).toEqual({ status: 'expired', outcome: 'expired' })
  })

  it('confirms a hold placed now with the default expiry', () => {
    expect(onConfirm(awaiting(holdExpiry(NOW)), new Date(NOW.getTime() + 24 * HOUR - 1)).outcome).toBe('confirmed')
    expect(onConfirm(awaiting(holdExpiry(NOW)), new Date(NOW.getTime() + 24 * HOUR)).outcome).toBe('expired')
  })
})
