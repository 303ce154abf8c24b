import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Laboratory, User } from '../payload-types.ts'
import { readMailbox } from '../platform/mail/local-mailbox.ts'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { countParticipants } from '@quartieri/shared/transparency/report'
import { participantRecords } from './participants.ts'
import { anonymiseExpiredSignups, eraseByEmail } from './privacy.ts'
import { cancelSignup, confirmSignup, releaseExpiredHolds, SignupError, signUp, mailsSettled } from './service.ts'

let t: TestPayload
let payload: Payload
let neighbourhoodId: number | string
let otherNeighbourhoodId: number | string

const person = (n: number, lab: Laboratory) => ({
  laboratory: lab.id,
  name: `Persona ${n}`,
  email: `persona${n}@example.org`,
  consent: true as const,
  locale: 'it' as const,
})

async function lab(slug: string, capacity: number, neighbourhood = neighbourhoodId): Promise<Laboratory> {
  return payload.create({
    collection: 'laboratories',
    data: { title: `Laboratorio ${slug}`, slug, neighbourhood: neighbourhood as number, capacity, phase: 'listening', _status: 'published' },
    overrideAccess: true,
  })
}

async function statuses(labId: number | string): Promise<Record<string, number>> {
  const all = await payload.find({ collection: 'registrations', where: { laboratory: { equals: labId } }, pagination: false, overrideAccess: true, depth: 0 })
  const counts: Record<string, number> = {}
  for (const r of all.docs) counts[r.status] = (counts[r.status] ?? 0) + 1
  return counts
}

const seatClaims = async (labId: number | string) => (await payload.count({ collection: 'seat-claims', where: { laboratory: { equals: labId } }, overrideAccess: true })).totalDocs

/** The tokens of the newest mail with links sent to `email` (the demo mailbox stores every mail; a confirmation has none). */
async function tokensFromMail(email: string): Promise<{ confirm?: string; cancel?: string; subject: string }> {
  await mailsSettled(payload)
  const mail = readMailbox(500).find((m) => m.to === email && /token=/.test(m.text))
  if (!mail) throw new Error(`no mail to ${email}`)
  return {
    subject: mail.subject,
    confirm: /conferma\?token=([\w-]+)/.exec(mail.text)?.[1],
    cancel: /annulla\?token=([\w-]+)/.exec(mail.text)?.[1],
  }
}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  neighbourhoodId = (await payload.create({ collection: 'neighbourhoods', data: { name: 'San Siro', slug: 'san-siro', _status: 'published' }, overrideAccess: true })).id
  otherNeighbourhoodId = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Mazzini', slug: 'mazzini', _status: 'published' }, overrideAccess: true })).id
})

afterAll(async () => {
  await t?.cleanup()
})

describe('sign-ups under concurrency', () => {
  it('100 simultaneous sign-ups for 10 seats: exactly 10 seats, 90 waitlisted, 100 records', async () => {
    const full = await lab('cento-per-dieci', 10)
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => signUp(payload, person(i, full))))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect(await statuses(full.id)).toEqual({ awaiting: 10, waitlisted: 90 })
    expect(await seatClaims(full.id)).toBe(10)
  })

  it('the same address signing up twice at once gets one record and no second seat', async () => {
    const small = await lab('doppioni', 5)
    const twice = await Promise.all([signUp(payload, person(1, small)), signUp(payload, person(1, small)), signUp(payload, person(1, small))])
    expect(twice.filter((r) => r.outcome === 'repeat')).toHaveLength(2)
    expect(await statuses(small.id)).toEqual({ awaiting: 1 })
    expect(await seatClaims(small.id)).toBe(1)
  })

  it('answers each sign-up with the seats as they are with it counted', async () => {
    const two = await lab('posti-contati', 2)
    const first = await signUp(payload, person(201, two))
    expect(first.seats).toMatchObject({ capacity: 2, seatsTaken: 1, seatsLeft: 1, waitlisted: 0, window: 'open' })
    await signUp(payload, person(202, two))
    const third = await signUp(payload, person(203, two))
    expect(third.outcome).toBe('waitlisted')
    expect(third.seats).toMatchObject({ seatsTaken: 2, seatsLeft: 0, waitlisted: 1 })
  })
})

describe('holds, confirmation, cancellation and the waitlist', () => {
  it('confirming keeps the seat; cancelling promotes the first waitlisted person, who is mailed', async () => {
    const two = await lab('due-posti', 2)
    for (const n of [10, 11, 12, 13]) await signUp(payload, person(n, two))
    expect(await statuses(two.id)).toEqual({ awaiting: 2, waitlisted: 2 })

    const first = await tokensFromMail('persona10@example.org')
    expect(first.subject).toContain('Conferma la tua iscrizione')
    expect((await confirmSignup(payload, first.confirm!)).outcome).toBe('confirmed')
    expect((await confirmSignup(payload, first.confirm!)).outcome).toBe('already-confirmed')

    const second = await tokensFromMail('persona11@example.org')
    expect((await cancelSignup(payload, second.cancel!)).outcome).toBe('cancelled')
    expect(await statuses(two.id)).toEqual({ confirmed: 1, awaiting: 1, cancelled: 1, waitlisted: 1 })
    const promoted = await tokensFromMail('persona12@example.org')
    expect(promoted.subject).toContain('Si è liberato un posto')
    expect(await seatClaims(two.id)).toBe(2)
  })

  it('an unconfirmed hold expires and its seat goes to the waitlist', async () => {
    const one = await lab('un-posto', 1)
    const start = new Date('2030-01-01T10:00:00Z')
    await signUp(payload, person(20, one), start)
    await signUp(payload, person(21, one), start)
    // Their first mails leave (seat held, waiting list) before the hold runs out a day later.
    await mailsSettled(payload)
    expect(await releaseExpiredHolds(payload, { kind: 'laboratories', id: one.id }, new Date('2030-01-02T09:59:00Z'))).toBe(0)
    expect(await releaseExpiredHolds(payload, { kind: 'laboratories', id: one.id }, new Date('2030-01-02T10:00:01Z'))).toBe(1)
    expect(await statuses(one.id)).toEqual({ expired: 1, awaiting: 1 })
    expect((await tokensFromMail('persona21@example.org')).subject).toContain('Si è liberato un posto')
    const late = await tokensFromMail('persona20@example.org')
    await expect(confirmSignup(payload, late.confirm!)).rejects.toMatchObject({ code: 'token-expired', status: 410 })
  })

  it('an unknown token is refused', async () => {
    await expect(cancelSignup(payload, 'x'.repeat(43))).rejects.toBeInstanceOf(SignupError)
  })

  it('refuses sign-ups outside the window', async () => {
    const closed = await payload.create({
      collection: 'laboratories',
      data: {
        title: 'Chiuso',
        slug: 'chiuso',
        neighbourhood: neighbourhoodId as number,
        capacity: 5,
        phase: 'listening',
        signupClosesAt: '2020-01-01T00:00:00Z',
        _status: 'published',
      },
      overrideAccess: true,
    })
    await expect(signUp(payload, person(30, closed))).rejects.toMatchObject({ code: 'closed', status: 409 })
  })
})

describe('personal data', () => {
  it('is erased by e-mail across every sign-up, keeping the anonymous counts', async () => {
    const a = await lab('privacy-a', 3)
    const b = await lab('privacy-b', 3)
    await signUp(payload, { ...person(400, a), phone: '333 1234567', organization: 'Associazione' })
    await signUp(payload, person(400, b))
    await signUp(payload, person(401, b))
    expect(await eraseByEmail(payload, 'PERSONA400@example.org')).toBe(2)
    const left = await payload.find({ collection: 'registrations', where: { laboratory: { in: [a.id, b.id] } }, pagination: false, overrideAccess: true })
    expect(left.docs).toHaveLength(3)
    expect(JSON.stringify(left.docs)).not.toContain('persona400')
    expect(JSON.stringify(left.docs)).not.toContain('333 1234567')
    expect(left.docs.find((r) => r.email === 'persona401@example.org')).toBeDefined()
    // Their held seats are given up.
    expect(await seatClaims(a.id)).toBe(0)
  })

  it('counts each confirmed person once for the transparency report, still once after their erasure, and gives out counts only', async () => {
    const place = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Conteggi', slug: 'conteggi', _status: 'published' }, overrideAccess: true })).id
    const first = await lab('conteggi-a', 5, place)
    const second = await lab('conteggi-b', 5, place)
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric' }).format(new Date()))
    const filters = { fromYear: year, toYear: year, neighbourhood: 'conteggi' }
    const confirm = async (n: number, at: Laboratory) => {
      await signUp(payload, person(n, at))
      await confirmSignup(payload, (await tokensFromMail(`persona${n}@example.org`)).confirm!)
    }
    await confirm(700, first)
    await confirm(700, second)
    await confirm(701, second)
    await signUp(payload, person(702, first)) // never confirmed
    const counted = countParticipants(await participantRecords(payload), filters)
    expect(counted.total).toBe(2)
    expect(counted.byYear).toEqual([{ year, people: 2 }])
    expect(counted.byActivity.map((a) => [a.slug, a.people])).toEqual([
      ['conteggi-b', 2],
      ['conteggi-a', 1],
    ])
    expect(JSON.stringify(counted)).not.toContain('@')

    await eraseByEmail(payload, 'persona700@example.org')
    expect(countParticipants(await participantRecords(payload), filters).total).toBe(2)
  })

  it('is anonymised once a closed lab is past the retention period', async () => {
    const old = await lab('vecchio', 5)
    await signUp(payload, person(50, old))
    await payload.update({ collection: 'laboratories', id: old.id, data: { phase: 'closed' }, overrideAccess: true })
    const closedAt = (await payload.findByID({ collection: 'laboratories', id: old.id, overrideAccess: true })).closedAt!
    const later = new Date(Date.parse(closedAt) + 366 * 86_400_000)
    expect(await anonymiseExpiredSignups(payload, new Date(Date.parse(closedAt) + 10 * 86_400_000), 365)).toBe(0)
    expect(await anonymiseExpiredSignups(payload, later, 365)).toBe(1)
    const record = (await payload.find({ collection: 'registrations', where: { laboratory: { equals: old.id } }, overrideAccess: true })).docs[0]
    expect(record?.email ?? null).toBeNull()
    expect(record?.erasedAt).toBeTruthy()
  })

  it('anonymises the sign-ups of an event over for longer than the retention period, and never those of an open-ended series', async () => {
    const event = (slug: string, data: Record<string, unknown>) =>
      payload.create({
        collection: 'events',
        data: {
          title: `Evento ${slug}`,
          slug,
          type: 'assembly',
          neighbourhood: neighbourhoodId as number,
          registration: { mode: 'required', capacity: 5 },
          _status: 'published',
          ...data,
        } as never,
        overrideAccess: true,
      })
    const single = await event('evento-concluso', { start: '2031-05-10T16:00:00.000Z', end: '2031-05-10T18:00:00.000Z' })
    const series = await event('apertura-settimanale', { start: '2031-05-12T07:30:00.000Z', end: '2031-05-12T12:30:00.000Z', recurrence: { frequency: 'weekly', byDay: ['MO'] } })
    const signedUpAt = new Date('2031-05-01T10:00:00.000Z')
    await signUp(payload, { event: single.id, name: 'Persona Evento', email: 'evento@example.org', consent: true, locale: 'it' }, signedUpAt)
    await signUp(payload, { event: series.id, name: 'Persona Serie', email: 'serie@example.org', consent: true, locale: 'it' }, signedUpAt)
    const emails = async () =>
      (await payload.find({ collection: 'registrations', where: { event: { in: [single.id, series.id] } }, overrideAccess: true, pagination: false, sort: 'createdAt' })).docs.map(
        (r) => r.email ?? null,
      )
    // 364 days after the event: kept.
    expect(await anonymiseExpiredSignups(payload, new Date('2032-05-08T12:00:00.000Z'), 365)).toBe(0)
    expect(await emails()).toEqual(['evento@example.org', 'serie@example.org'])
    // 366 days after: the event's sign-up is erased; the weekly opening with no last day keeps its people.
    expect(await anonymiseExpiredSignups(payload, new Date('2032-05-11T12:00:00.000Z'), 365)).toBe(1)
    expect(await emails()).toEqual([null, 'serie@example.org'])
  })

  it('is never readable anonymously, and operators see only their neighbourhoods', async () => {
    await expect(payload.find({ collection: 'registrations', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const elsewhere = await lab('altrove', 5, otherNeighbourhoodId)
    await signUp(payload, person(60, elsewhere))
    const operator = await payload.create({
      collection: 'users',
      data: { email: 'op@example.org', password: 'a-long-test-password', name: 'Op', role: 'operator', neighbourhoods: [otherNeighbourhoodId as number] },
      overrideAccess: true,
    })
    const seen = await payload.find({ collection: 'registrations', overrideAccess: false, user: { ...operator, collection: 'users' } as User, pagination: false })
    expect(seen.docs.map((r) => r.email)).toEqual(['persona60@example.org'])
  })
})
