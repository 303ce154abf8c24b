import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMailbox } from '../platform/mail/local-mailbox.ts'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { checkInCode, registrationOfCode } from './check-in-code.ts'
import { newToken } from './tokens.ts'
import { confirmSignup, mailsSettled, signUp } from './service.ts'

let t: TestPayload
let payload: Payload
let lab: number

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const neighbourhood = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Corvetto', slug: 'corvetto', _status: 'published' }, overrideAccess: true })).id
  lab = (
    await payload.create({
      collection: 'laboratories',
      data: { title: 'Cucina di quartiere', slug: 'cucina-di-quartiere', neighbourhood, capacity: 10, phase: 'co-design', _status: 'published' },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  await t?.cleanup()
})

describe('check-in codes', () => {
  it('name their sign-up, typed in any case and spacing, and a changed letter or number names none', () => {
    const code = checkInCode(41)
    expect(code).toMatch(/^41-[2-9A-Z]{6}$/)
    expect(registrationOfCode(code)).toBe(41)
    expect(registrationOfCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(41)
    const letters = code.slice(3)
    const changed = `41-${letters.slice(0, 5)}${letters[5] === 'A' ? 'B' : 'A'}`
    expect(registrationOfCode(changed)).toBeNull()
    // Another sign-up's number with this one's signature.
    expect(registrationOfCode(`42-${letters}`)).toBeNull()
    expect(registrationOfCode('non è un codice')).toBeNull()
  })
})

describe('the confirmation mail', () => {
  it('goes through the jobs queue once the seat is confirmed, with the person’s check-in code and its QR code', async () => {
    // The token the sign-up mail would carry: set on the record, as the mail's link would hand it back.
    await signUp(payload, { laboratory: lab, name: 'Ada Conferma', email: 'ada.conferma@example.org', consent: true, locale: 'it' })
    await mailsSettled(payload)
    const registration = (await payload.find({ collection: 'registrations', where: { email: { equals: 'ada.conferma@example.org' } }, overrideAccess: true, depth: 0 })).docs[0]!
    const confirm = newToken()
    await payload.update({ collection: 'registrations', id: registration.id, data: { confirmTokenHash: confirm.hash }, overrideAccess: true, depth: 0 })
    const before = readMailbox(500).filter((m) => m.to === 'ada.conferma@example.org').length

    await confirmSignup(payload, confirm.token)
    // Queued, not sent inside the request.
    expect(readMailbox(500).filter((m) => m.to === 'ada.conferma@example.org')).toHaveLength(before)
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'signup-mail' } }, overrideAccess: true, depth: 0 })
    expect(queued.docs.map((j) => (j.input as { kind?: string }).kind)).toContain('confirmed')

    await mailsSettled(payload)
    const mail = readMailbox(500).find((m) => m.to === 'ada.conferma@example.org' && /Iscrizione confermata/.test(m.subject))
    expect(mail?.text).toContain(checkInCode(registration.id))
    // The QR code is in the message, inline (shown by the demo's mailbox as an image).
    expect(mail?.html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]{200,}"/)
    expect(mail?.html).toContain(`Codice QR per l’ingresso: ${checkInCode(registration.id)}`)
  })
})
