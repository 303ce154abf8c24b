import { describe, expect, it } from 'vitest'
import { mailFor, mailOnPromotion, planRepairs, seatRuleViolations, type ActivityRecords, type RecordedClaim, type RecordedSignup, type Repair } from './reconcile.ts'

const NOW = new Date('2027-01-13T12:00:00.000Z')
const LATER = new Date(NOW.getTime() + 24 * 3_600_000).toISOString()
const at = (minute: number) => new Date(NOW.getTime() - 3_600_000 + minute * 60_000).toISOString()

const signup = (id: number, status: RecordedSignup['status'], extra: Partial<RecordedSignup> = {}): RecordedSignup => ({
  id,
  status,
  createdAt: at(id),
  holdExpiresAt: status === 'awaiting' ? LATER : null,
  ...extra,
})
const claim = (registration: number | null, seat: number): RecordedClaim => ({ id: 100 + seat, registration, seat })

/** Applies repairs the way the CMS does, so a plan can be checked by its result. */
function apply(records: ActivityRecords, repairs: Repair[]): ActivityRecords {
  let registrations = records.registrations.map((r) => ({ ...r }))
  let claims = [...records.claims]
  let nextSeat = 1
  const freeSeat = () => {
    while (claims.some((c) => c.seat === nextSeat)) nextSeat++
    return nextSeat
  }
  const set = (id: number | string, change: Partial<RecordedSignup>) => {
    registrations = registrations.map((r) => (r.id === id ? { ...r, ...change } : r))
  }
  for (const repair of repairs) {
    switch (repair.kind) {
      case 'drop-claim':
        claims = claims.filter((c) => c.id !== repair.claim)
        break
      case 'take-held-seat':
        set(repair.registration, { status: repair.status, holdExpiresAt: repair.status === 'awaiting' ? LATER : null, pendingMail: null })
        break
      case 'give-seat':
        claims.push({ id: 500 + claims.length, registration: repair.registration, seat: freeSeat() })
        break
      case 'promote':
        claims.push({ id: 600 + claims.length, registration: repair.registration, seat: freeSeat() })
        set(repair.registration, { status: repair.status, holdExpiresAt: repair.status === 'awaiting' ? LATER : null, pendingMail: null })
        break
      case 'send-mail':
      case 'forget-mail':
        set(repair.registration, { pendingMail: null })
        break
    }
  }
  return { ...records, registrations, claims }
}

describe('seatRuleViolations', () => {
  it('finds nothing wrong in a full activity with a waitlist in arrival order', () => {
    const records: ActivityRecords = {
      capacity: 2,
      registrations: [signup(1, 'confirmed'), signup(2, 'awaiting'), signup(3, 'waitlisted'), signup(4, 'cancelled'), signup(5, 'waitlisted')],
      claims: [claim(1, 1), claim(2, 2)],
    }
    expect(seatRuleViolations(records, NOW)).toEqual([])
  })

  it('reports the state a crash left in the issue: waitlisted with free seats, and a later sign-up seated ahead', () => {
    const records: ActivityRecords = { capacity: 5, registrations: [signup(1, 'awaiting'), signup(2, 'waitlisted'), signup(3, 'awaiting')], claims: [claim(1, 1), claim(3, 2)] }
    const problems = seatRuleViolations(records, NOW)
    expect(problems).toContain('1 waitlisted while 3 seats are free')
    expect(problems).toContain('sign-up 3 holds a seat though it arrived after sign-up 2, still waitlisted')
  })

  it('reports seats without their person, people without their seat, and more seats than capacity', () => {
    const records: ActivityRecords = { capacity: 1, registrations: [signup(1, 'confirmed'), signup(2, 'cancelled')], claims: [claim(null, 1), claim(2, 2)] }
    expect(seatRuleViolations(records, NOW)).toEqual([
      'seat 1 is held by no sign-up',
      'seat 2 is held by sign-up 2, which is cancelled',
      '2 seats held for a capacity of 1',
      'sign-up 1 (confirmed) holds 0 seat claims',
    ])
  })

  it('reports a hold without an expiry', () => {
    expect(seatRuleViolations({ capacity: 1, registrations: [signup(1, 'awaiting', { holdExpiresAt: null })], claims: [claim(1, 1)] })).toEqual([
      'sign-up 1 holds a seat with no expiry',
    ])
  })
})

describe('planRepairs', () => {
  it('changes nothing in consistent records with no mail owed', () => {
    const records: ActivityRecords = { capacity: 2, registrations: [signup(1, 'confirmed'), signup(2, 'awaiting'), signup(3, 'waitlisted')], claims: [claim(1, 1), claim(2, 2)] }
    expect(planRepairs(records)).toEqual([])
  })

  it('a sign-up stopped after its record was written (waitlisted, no claim, first mail owed) gets the free seat and its seat-held mail', () => {
    const records: ActivityRecords = { capacity: 5, registrations: [signup(1, 'awaiting'), signup(2, 'waitlisted', { pendingMail: 'seat-held' })], claims: [claim(1, 1)] }
    const repairs = planRepairs(records)
    expect(repairs).toEqual([{ kind: 'promote', registration: 2, status: 'awaiting', mail: 'seat-held' }])
    expect(seatRuleViolations(apply(records, repairs), NOW)).toEqual([])
  })

  it('a sign-up stopped between its claim and its status takes the seat it claimed, with its first mail', () => {
    const records: ActivityRecords = { capacity: 1, registrations: [signup(1, 'waitlisted', { pendingMail: 'seat-held' }), signup(2, 'waitlisted')], claims: [claim(1, 1)] }
    expect(planRepairs(records)).toEqual([{ kind: 'take-held-seat', registration: 1, status: 'awaiting', mail: 'seat-held' }])
  })

  it('a promotion stopped after the claim confirms a verified person at once and tells them', () => {
    const records: ActivityRecords = { capacity: 1, registrations: [signup(1, 'waitlisted', { emailVerified: true })], claims: [claim(1, 1)] }
    expect(planRepairs(records)).toEqual([{ kind: 'take-held-seat', registration: 1, status: 'confirmed', mail: 'promoted-confirmed' }])
  })

  it('a cancellation stopped before releasing the seat: the claim is dropped and the first waiting, not a later one, is promoted', () => {
    const records: ActivityRecords = {
      capacity: 1,
      registrations: [signup(1, 'cancelled'), signup(2, 'waitlisted'), signup(3, 'waitlisted', { emailVerified: true })],
      claims: [claim(1, 1)],
    }
    const repairs = planRepairs(records)
    expect(repairs).toEqual([
      { kind: 'drop-claim', claim: 101, reason: 'not-holding' },
      { kind: 'promote', registration: 2, status: 'awaiting', mail: 'promoted-awaiting' },
    ])
    expect(seatRuleViolations(apply(records, repairs), NOW)).toEqual([])
  })

  it('drops the claim of a deleted sign-up and gives the seat on', () => {
    const records: ActivityRecords = { capacity: 1, registrations: [signup(2, 'waitlisted')], claims: [claim(1, 1)] }
    expect(planRepairs(records)).toEqual([
      { kind: 'drop-claim', claim: 101, reason: 'no-sign-up' },
      { kind: 'promote', registration: 2, status: 'awaiting', mail: 'promoted-awaiting' },
    ])
  })

  it('gives a seat holder that lost its claim a free seat before anyone waiting', () => {
    const records: ActivityRecords = { capacity: 2, registrations: [signup(1, 'confirmed'), signup(2, 'confirmed'), signup(3, 'waitlisted')], claims: [claim(1, 1)] }
    const repairs = planRepairs(records)
    expect(repairs).toEqual([{ kind: 'give-seat', registration: 2 }])
    expect(seatRuleViolations(apply(records, repairs), NOW)).toEqual([])
  })

  it('promotes as many as there are free seats, in arrival order', () => {
    const records: ActivityRecords = {
      capacity: 3,
      registrations: [signup(4, 'waitlisted'), signup(2, 'waitlisted'), signup(3, 'waitlisted'), signup(1, 'confirmed')],
      claims: [claim(1, 1)],
    }
    const repairs = planRepairs(records)
    expect(repairs.map((r) => (r.kind === 'promote' ? r.registration : r.kind))).toEqual([2, 3])
    expect(seatRuleViolations(apply(records, repairs), NOW)).toEqual([])
  })

  it('sends the mails owed, and forgets those no longer owed', () => {
    const records: ActivityRecords = {
      capacity: 1,
      registrations: [
        signup(1, 'awaiting', { pendingMail: 'seat-held' }),
        signup(2, 'waitlisted', { pendingMail: 'seat-held' }),
        signup(3, 'cancelled', { pendingMail: 'waitlisted' }),
      ],
      claims: [claim(1, 1)],
    }
    expect(planRepairs(records)).toEqual([
      { kind: 'send-mail', registration: 1, mail: 'seat-held' },
      { kind: 'send-mail', registration: 2, mail: 'waitlisted' },
      { kind: 'forget-mail', registration: 3 },
    ])
  })

  it('repairs every state a crash between two writes of a sign-up burst can leave', () => {
    // Capacity 3, six arrivals; the fourth write sequence was cut at each possible point.
    const base = [signup(1, 'awaiting'), signup(2, 'awaiting'), signup(3, 'waitlisted', { pendingMail: 'seat-held' }), signup(4, 'waitlisted'), signup(5, 'waitlisted')]
    const cuts: ActivityRecords[] = [
      { capacity: 3, registrations: base, claims: [claim(1, 1), claim(2, 2)] },
      { capacity: 3, registrations: base, claims: [claim(1, 1), claim(2, 2), claim(3, 3)] },
    ]
    for (const records of cuts) {
      const repaired = apply(records, planRepairs(records))
      expect(seatRuleViolations(repaired, NOW)).toEqual([])
      expect(repaired.registrations.find((r) => r.id === 3)?.status).toBe('awaiting')
      expect(repaired.registrations.every((r) => !r.pendingMail)).toBe(true)
      expect(planRepairs(repaired)).toEqual([])
    }
  })
})

describe('mailFor / mailOnPromotion', () => {
  it('gives a person never told anything the first mail of their status', () => {
    expect(mailFor('seat-held', 'waitlisted')).toBe('waitlisted')
    expect(mailFor('waitlisted', 'awaiting')).toBe('seat-held')
    expect(mailOnPromotion('waitlisted', 'awaiting')).toBe('seat-held')
  })

  it('tells a promoted person the status they have now, and nothing to cancelled or expired sign-ups', () => {
    expect(mailFor('promoted-awaiting', 'confirmed')).toBe('promoted-confirmed')
    expect(mailFor('promoted-confirmed', 'awaiting')).toBe('promoted-awaiting')
    expect(mailOnPromotion(null, 'confirmed')).toBe('promoted-confirmed')
    expect(mailFor('seat-held', 'cancelled')).toBeNull()
    expect(mailFor('promoted-awaiting', 'expired')).toBeNull()
    expect(mailFor(null, 'awaiting')).toBeNull()
  })
})
