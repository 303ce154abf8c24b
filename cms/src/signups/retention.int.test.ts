import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { anonymiseCancelledSignups, anonymiseOpenLabSignups, lastMeetingAt } from './privacy.ts'

let t: TestPayload
let payload: Payload
let neighbourhood: number
let n = 0
const DAY = 86_400_000

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  neighbourhood = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Barona', slug: 'barona', _status: 'published' }, overrideAccess: true })).id
})

afterAll(async () => {
  await t?.cleanup()
})

async function lab(sessions: Array<{ startsAt: string; endsAt?: string }>) {
  return payload.create({
    collection: 'laboratories',
    data: { title: `Lab ${++n}`, slug: `lab-conservazione-${n}`, neighbourhood, capacity: 10, phase: 'co-design', sessions, _status: 'published' },
    overrideAccess: true,
  })
}

async function signup(labId: number, status: 'confirmed' | 'cancelled' | 'expired') {
  const email = `persona${++n}@example.org`
  return payload.create({
    collection: 'registrations',
    data: {
      laboratory: labId,
      neighbourhood,
      status,
      name: `Persona ${n}`,
      email,
      accessibilityNeeds: 'Sedia a rotelle',
      locale: 'it',
      emailVerified: true,
      consent: { privacyNoticeVersion: '1.0', acceptedAt: new Date().toISOString() },
      dedupeKey: `laboratories:${labId}:${email}`,
    },
    overrideAccess: true,
    depth: 0,
  })
}

const reread = async (id: number) => payload.findByID({ collection: 'registrations', id, overrideAccess: true, depth: 0 })

describe('retention of sign-ups', () => {
  it('erases the data of a cancelled or expired sign-up once its period is over, and only then, keeping the record', async () => {
    const l = await lab([{ startsAt: new Date(Date.now() + 5 * DAY).toISOString() }])
    const cancelled = await signup(l.id, 'cancelled')
    const expired = await signup(l.id, 'expired')
    const confirmed = await signup(l.id, 'confirmed')
    const changedAt = Date.parse(cancelled.updatedAt)
    expect(await anonymiseCancelledSignups(payload, new Date(changedAt + 29 * DAY), 30)).toBe(0)
    expect(await anonymiseCancelledSignups(payload, new Date(changedAt + 31 * DAY), 30)).toBe(2)
    for (const id of [cancelled.id, expired.id]) {
      const doc = await reread(id)
      expect(doc).toMatchObject({ name: null, email: null, accessibilityNeeds: null, laboratory: l.id })
      expect(doc.erasedAt).toBeTruthy()
    }
    expect((await reread(confirmed.id)).email).toBe(confirmed.email)
  })

  it('erases the sign-ups of a lab that never closes once its last meeting is that far behind', async () => {
    const old = await lab([{ startsAt: '2029-01-10T17:00:00.000Z' }, { startsAt: '2029-03-10T17:00:00.000Z', endsAt: '2029-03-10T19:00:00.000Z' }])
    const recent = await lab([{ startsAt: '2029-01-10T17:00:00.000Z' }, { startsAt: '2031-03-10T17:00:00.000Z' }])
    const oldSignup = await signup(old.id, 'confirmed')
    const recentSignup = await signup(recent.id, 'confirmed')
    expect(lastMeetingAt(old)).toBe(Date.parse('2029-03-10T19:00:00.000Z'))
    // 2031-04-01 is more than 730 days after the old lab's last meeting, and less after the recent one's.
    expect(await anonymiseOpenLabSignups(payload, new Date('2031-04-01T00:00:00.000Z'), 730)).toBeGreaterThanOrEqual(1)
    expect((await reread(oldSignup.id)).email).toBeNull()
    expect((await reread(recentSignup.id)).email).toBe(recentSignup.email)
  })

  it('are stated with the settings, for the privacy notice', async () => {
    const settings = (await payload.findGlobal({ slug: 'settings', overrideAccess: false })) as unknown as Record<string, unknown>
    expect(settings.retentionDays).toEqual({ afterActivity: 365, afterCancellation: 30, afterLastMeeting: 730 })
  })
})
