import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Event, Laboratory } from '../payload-types.ts'
import { readMailbox, type StoredMail } from '../platform/mail/local-mailbox.ts'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { confirmSignup, mailsSettled, signUp } from './service.ts'

let t: TestPayload
let payload: Payload
let neighbourhood: number
let event: Event
let lab: Laboratory

/** The newest mail to `email`, once the mails of the answered steps have left. */
async function mailTo(email: string): Promise<StoredMail> {
  await mailsSettled(payload)
  const mail = readMailbox(500).find((m) => m.to === email)
  if (!mail) throw new Error(`no mail to ${email}`)
  return mail
}

const signer = (email: string, locale: 'it' | 'en' | 'ar') => ({ name: 'Amina', email, consent: true as const, locale })

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  neighbourhood = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Corvetto', slug: 'corvetto', _status: 'published' }, overrideAccess: true })).id
  const start = new Date(Date.now() + 20 * 24 * 3600_000).toISOString()
  event = await payload.create({
    collection: 'events',
    data: {
      title: 'Festa di primavera',
      slug: 'festa-primavera',
      type: 'festival',
      start,
      neighbourhood,
      summary: 'Musica e merenda',
      registration: { mode: 'required', capacity: 10 },
      _status: 'published',
    },
    overrideAccess: true,
  })
  await payload.update({ collection: 'events', id: event.id, locale: 'en', data: { title: 'Spring party', summary: 'Music and snacks' }, overrideAccess: true })
  // A lab with no English texts: English mails name it in Italian.
  lab = await payload.create({
    collection: 'laboratories',
    data: { title: 'Orti condivisi', slug: 'orti-condivisi', neighbourhood, capacity: 5, phase: 'listening', _status: 'published' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await t?.cleanup()
})

describe('sign-up mails in the person’s language', () => {
  it('records the locale the person signed up in', async () => {
    await signUp(payload, { ...signer('record@example.org', 'en'), event: event.id })
    const { docs } = await payload.find({ collection: 'registrations', where: { email: { equals: 'record@example.org' } }, overrideAccess: true, depth: 0 })
    expect(docs[0]?.locale).toBe('en')
  })

  it('writes to an English speaker in English, with the event’s English title and links to the English pages', async () => {
    await signUp(payload, { ...signer('english@example.org', 'en'), event: event.id })
    const mail = await mailTo('english@example.org')
    expect(mail.subject).toBe('Confirm your sign-up: Spring party')
    expect(mail.text).toContain('Dear Amina,')
    expect(mail.text).toMatch(/\/en\/iscrizione\/conferma\?token=/)
    expect(mail.text).toContain('/en/eventi/festa-primavera')
    expect(mail.html).toContain('<html lang="en">')
    expect(mail.text).not.toContain('Festa di primavera')
  })

  it('writes to an Italian speaker in Italian, with the Italian title, whatever locale staff last saved the event in', async () => {
    await signUp(payload, { ...signer('italiano@example.org', 'it'), event: event.id })
    const mail = await mailTo('italiano@example.org')
    expect(mail.subject).toBe('Conferma la tua iscrizione: Festa di primavera')
    expect(mail.text).toMatch(/\/iscrizione\/conferma\?token=/)
    expect(mail.text).not.toContain('/en/')
  })

  it('names an untranslated lab in Italian inside an English mail', async () => {
    await signUp(payload, { ...signer('orti@example.org', 'en'), laboratory: lab.id })
    expect((await mailTo('orti@example.org')).subject).toBe('Confirm your sign-up: Orti condivisi')
  })

  it('falls back to Italian mail texts for a locale without them, linking to the pages of that locale', async () => {
    await signUp(payload, { ...signer('arabo@example.org', 'ar'), event: event.id })
    const mail = await mailTo('arabo@example.org')
    expect(mail.subject).toBe('Conferma la tua iscrizione: Festa di primavera')
    expect(mail.text).toContain('Gentile Amina,')
    expect(mail.text).toMatch(/\/ar\/iscrizione\/conferma\?token=/)
  })

  it('tells a confirmed English speaker of a change in English, with the English title', async () => {
    await signUp(payload, { ...signer('change@example.org', 'en'), event: event.id })
    const token = /conferma\?token=([\w-]+)/.exec((await mailTo('change@example.org')).text)?.[1]
    await confirmSignup(payload, token!)
    // The confirmation leaves first (a job of the queue), then the change is told.
    await mailsSettled(payload)
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { start: new Date(Date.parse(event.start) + 3600_000).toISOString(), _status: 'published' },
      overrideAccess: true,
    })
    await expect.poll(async () => (await mailTo('change@example.org')).subject, { timeout: 10_000 }).toBe('Event changed: Spring party')
  })
})
