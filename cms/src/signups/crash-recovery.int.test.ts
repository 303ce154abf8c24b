import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seatRuleViolations } from '@quartieri/shared/signups/reconcile'
import type { Laboratory } from '../payload-types.ts'
import { readMailbox } from '../platform/mail/local-mailbox.ts'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { reconcileSignups } from './reconcile.ts'
import { cancelSignup, claimSeat, confirmSignup, signUp, mailsSettled } from './service.ts'
import { labActivity } from './activity.ts'

let t: TestPayload
let payload: Payload
let neighbourhoodId: number | string
let counter = 0

const person = (n: number, lab: Laboratory) => ({ laboratory: lab.id, name: `Persona ${n}`, email: `crash${n}@example.org`, consent: true as const, locale: 'it' as const })

async function lab(capacity: number): Promise<Laboratory> {
  const slug = `crash-${++counter}`
  return payload.create({
    collection: 'laboratories',
    data: { title: `Laboratorio ${slug}`, slug, neighbourhood: neighbourhoodId as number, capacity, phase: 'listening', _status: 'published' },
    overrideAccess: true,
  })
}

async function records(l: Laboratory) {
  const registrations = (
    await payload.find({ collection: 'registrations', where: { laboratory: { equals: l.id } }, sort: 'createdAt', pagination: false, overrideAccess: true, depth: 0 })
  ).docs
  const claims = (await payload.find({ collection: 'seat-claims', where: { laboratory: { equals: l.id } }, pagination: false, overrideAccess: true, depth: 0 })).docs
  return {
    registrations,
    claims,
    violations: seatRuleViolations({
      capacity: l.capacity,
      registrations,
      claims: claims.map((c) => ({ id: c.id, seat: c.seat, registration: typeof c.registration === 'object' ? c.registration.id : c.registration })),
    }),
  }
}

const statusOf = async (l: Laboratory, email: string) => (await records(l)).registrations.find((r) => r.email === email)?.status
const mailsTo = async (email: string) => (await mailsSettled(payload), readMailbox(1_000).filter((m) => m.to === email))

/** What a sign-up killed right after its first write leaves: the record, waitlisted, its first mail owed, no seat. */
async function signupCutAfterFirstWrite(l: Laboratory, n: number) {
  return payload.create({
    collection: 'registrations',
    data: {
      laboratory: l.id as number,
      neighbourhood: neighbourhoodId as number,
      status: 'waitlisted',
      name: `Persona ${n}`,
      email: `crash${n}@example.org`,
      locale: 'it',
      dedupeKey: `laboratories:${l.id}:crash${n}@example.org`,
      pendingMail: 'seat-held',
    },
    overrideAccess: true,
    depth: 0,
  })
}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  neighbourhoodId = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Crash', slug: 'crash', _status: 'published' }, overrideAccess: true })).id
})

afterAll(async () => {
  await t?.cleanup()
})

describe('a sign-up stopped between two writes', () => {
  it('killed after its record: the reconciler gives it the free seat and sends the mail it never got', async () => {
    const l = await lab(5)
    await signUp(payload, person(1, l))
    await signupCutAfterFirstWrite(l, 2)
    expect((await records(l)).violations).toContain('1 waitlisted while 4 seats are free')

    const report = await reconcileSignups(payload)
    expect(report.repairs.promote).toBe(1)
    // The mails it owed are jobs of the queue: once they ran, nothing is owed.
    await mailsSettled(payload)
    const after = await records(l)
    expect(after.violations).toEqual([])
    expect(after.registrations.map((r) => [r.email, r.status, r.pendingMail ?? null])).toEqual([
      ['crash1@example.org', 'awaiting', null],
      ['crash2@example.org', 'awaiting', null],
    ])
    const mails = await mailsTo('crash2@example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toContain('Conferma la tua iscrizione')
    // The links of that mail work.
    const token = /conferma\?token=([\w-]+)/.exec(mails[0]!.text)![1]!
    expect((await confirmSignup(payload, token)).outcome).toBe('confirmed')
  })

  it('killed after its claim: the reconciler finishes the hold instead of leaving a waitlisted person on a seat', async () => {
    const l = await lab(1)
    const cut = await signupCutAfterFirstWrite(l, 3)
    expect(await claimSeat(payload, labActivity(l), cut.id)).toBe(true)
    expect((await records(l)).violations).toContain(`seat 1 is held by sign-up ${cut.id}, which is waitlisted`)
    // The seat is taken: a newcomer waits.
    await signUp(payload, person(4, l))
    expect(await statusOf(l, 'crash4@example.org')).toBe('waitlisted')
    const report = await reconcileSignups(payload)
    expect(report.repairs['take-held-seat']).toBe(1)
    expect(await statusOf(l, 'crash3@example.org')).toBe('awaiting')
    expect(await statusOf(l, 'crash4@example.org')).toBe('waitlisted')
    expect((await records(l)).violations).toEqual([])
    expect((await mailsTo('crash3@example.org')).length).toBeGreaterThanOrEqual(1)
    expect((await records(l)).registrations.every((r) => !r.pendingMail)).toBe(true)
  })

  it('a later sign-up never takes the seat of one left waiting by a crash: the waiting one is promoted first', async () => {
    const l = await lab(2)
    await signUp(payload, person(5, l))
    await signupCutAfterFirstWrite(l, 6)
    await signUp(payload, person(7, l))
    expect(await statusOf(l, 'crash6@example.org')).toBe('awaiting')
    expect(await statusOf(l, 'crash7@example.org')).toBe('waitlisted')
    expect((await records(l)).violations).toEqual([])
  })

  it('a retried submission after the crash finds the first and creates no second sign-up', async () => {
    const l = await lab(3)
    await signupCutAfterFirstWrite(l, 8)
    expect((await signUp(payload, person(8, l))).outcome).toBe('repeat')
    const after = await records(l)
    expect(after.registrations).toHaveLength(1)
    expect(after.registrations[0]!.status).toBe('awaiting')
    expect(after.violations).toEqual([])
    expect((await mailsTo('crash8@example.org')).map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringContaining('Conferma la tua iscrizione')]))
  })

  it('a cancellation killed before releasing the seat: the seat is freed and the first waiting person promoted', async () => {
    const l = await lab(1)
    await signUp(payload, person(9, l))
    await signUp(payload, person(10, l))
    await signUp(payload, person(11, l))
    // Their first mails went out (seat held, waiting list) before the cancellation.
    await mailsSettled(payload)
    const first = (await records(l)).registrations[0]!
    await payload.update({ collection: 'registrations', id: first.id, data: { status: 'cancelled', dedupeKey: `cancelled:${first.id}` }, overrideAccess: true })
    expect((await records(l)).violations.length).toBeGreaterThan(0)
    const report = await reconcileSignups(payload)
    expect(report.repairs['drop-claim']).toBe(1)
    expect(report.repairs.promote).toBe(1)
    expect(await statusOf(l, 'crash10@example.org')).toBe('awaiting')
    expect(await statusOf(l, 'crash11@example.org')).toBe('waitlisted')
    expect((await mailsTo('crash10@example.org')).map((m) => m.subject).join()).toContain('Si è liberato un posto')
    expect((await records(l)).violations).toEqual([])
  })

  it('a promotion killed after its claim confirms a verified person and tells them', async () => {
    const l = await lab(1)
    await signUp(payload, person(12, l))
    await signUp(payload, person(13, l))
    const [holder, waiting] = (await records(l)).registrations
    await payload.update({ collection: 'registrations', id: waiting!.id, data: { emailVerified: true }, overrideAccess: true })
    // The cancellation's writes, then the promotion's claim, and the crash.
    await payload.update({ collection: 'registrations', id: holder!.id, data: { status: 'cancelled', dedupeKey: `cancelled:${holder!.id}` }, overrideAccess: true })
    await payload.delete({ collection: 'seat-claims', where: { registration: { equals: holder!.id } }, overrideAccess: true })
    expect(await claimSeat(payload, labActivity(l), waiting!.id)).toBe(true)
    await reconcileSignups(payload)
    expect(await statusOf(l, 'crash13@example.org')).toBe('confirmed')
    expect((await mailsTo('crash13@example.org')).map((m) => m.subject).join()).toContain('Si è liberato un posto')
    expect((await records(l)).violations).toEqual([])
  })

  it('a mail owed by a step killed before it queued the mail goes out at the next reconciliation', async () => {
    const l = await lab(2)
    await signUp(payload, person(14, l))
    const r = (await records(l)).registrations[0]!
    // The step wrote its mark and died before queuing the mail: no job, the mark stays.
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'signup-owed-mail' } }, overrideAccess: true })
    expect((await payload.findByID({ collection: 'registrations', id: r.id, overrideAccess: true, depth: 0 })).pendingMail).toBe('seat-held')
    const before = (await mailsTo('crash14@example.org')).length
    expect((await reconcileSignups(payload)).repairs['send-mail']).toBe(1)
    expect(await mailsTo('crash14@example.org')).toHaveLength(before + 1)
    expect((await reconcileSignups(payload)).repairs['send-mail']).toBe(0)
  })

  it('staff deleting a sign-up passes its seat on, and consistent records need no repair', async () => {
    const l = await lab(1)
    await signUp(payload, person(15, l))
    await signUp(payload, person(16, l))
    const holder = (await records(l)).registrations[0]!
    await payload.delete({ collection: 'registrations', id: holder.id, overrideAccess: true })
    expect(await statusOf(l, 'crash16@example.org')).toBe('awaiting')
    const token = /annulla\?token=([\w-]+)/.exec((await mailsTo('crash16@example.org'))[0]!.text)![1]!
    expect((await cancelSignup(payload, token)).outcome).toBe('cancelled')
    expect((await records(l)).violations).toEqual([])
    const report = await reconcileSignups(payload)
    expect(Object.values(report.repairs).every((n) => n === 0)).toBe(true)
  })
})
