import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { cmsUrl, loginAdmin, login, neighbourhoodId, relayedBySite, rest } from '../support/cms-api.ts'
import { waitForMail } from '../support/mailbox.ts'

// Staff cancel a sign-up on the person's behalf (a phone call, a note at the door): from the admin, with
// a reason, through the sign-up service, so the seat goes to the waitlist and the person is told.

const OPERATOR = { email: 'operatore.annulla@quartieri.test', password: 'operatore-annulla-123' }

let admin: string
let operator: string
let lab: { id: number; slug: string; title: string }
let otherLab: { id: number; slug: string }

async function signUp(laboratory: number, name: string, email: string) {
  // As the site relays a citizen's form, from an address of this test's own (the sign-up limit counts per address).
  const res = await fetch(`${cmsUrl()}/api/registrations/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...relayedBySite('198.51.100.23') },
    body: JSON.stringify({ laboratory, name, email, consent: true, locale: 'it' }),
  })
  expect(res.status).toBe(202)
  return (await rest('GET', `/api/registrations?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { token: admin })).body.docs[0] as { id: number; status: string }
}

test.beforeAll(async () => {
  admin = await loginAdmin()
  const gratosoglio = await neighbourhoodId(admin, 'gratosoglio')
  expect((await rest('POST', '/api/users', { token: admin, body: { ...OPERATOR, name: 'Operatore Annullamenti', role: 'operator', neighbourhoods: [gratosoglio] } })).status).toBe(
    201,
  )
  operator = await login(OPERATOR.email, OPERATOR.password)
  const created = await rest('POST', '/api/laboratories', {
    token: admin,
    body: { title: 'Laboratorio con un posto', slug: 'laboratorio-con-un-posto', neighbourhood: gratosoglio, capacity: 1, phase: 'co-design', _status: 'published' },
  })
  lab = created.body.doc
  const elsewhere = await rest('POST', '/api/laboratories', {
    token: admin,
    body: {
      title: 'Laboratorio di un altro quartiere',
      slug: 'laboratorio-altro-quartiere-annulla',
      neighbourhood: await neighbourhoodId(admin, 'mazzini'),
      capacity: 5,
      phase: 'co-design',
      _status: 'published',
    },
  })
  otherLab = elsewhere.body.doc
})

test('an operator cancels a sign-up from the admin with a reason: the person is told, the seat goes to the waitlist', async ({ page }) => {
  const first = await signUp(lab.id, 'Prima Persona', 'prima.annullata@example.org')
  const second = await signUp(lab.id, 'Seconda Persona', 'seconda.in.attesa@example.org')
  expect([first.status, second.status]).toEqual(['awaiting', 'waitlisted'])

  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel(/e-?mail/i).fill(OPERATOR.email)
  await page.getByLabel(/password/i).fill(OPERATOR.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  await page.goto(`${cmsUrl()}/admin/collections/registrations/${first.id}`)

  await page.getByRole('button', { name: 'Annulla per conto della persona' }).click()
  const dialog = page.getByRole('group', { name: 'Annulla per conto della persona' })
  // No reason, no cancellation.
  await dialog.getByRole('button', { name: 'Conferma l’annullamento' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Scrivi il motivo')
  expect((await rest('GET', `/api/registrations/${first.id}?depth=0`, { token: admin })).body.status).toBe('awaiting')
  expect(
    await new AxeBuilder({ page })
      .include('.quartieri-staff-cancel')
      .analyze()
      .then((r) => r.violations),
  ).toEqual([])

  // By keyboard: the reason box has the focus, Tab reaches the button.
  await page.getByLabel('Motivo').fill('Ha telefonato: non può partecipare per motivi di lavoro.')
  await page.getByLabel('Motivo').press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Iscrizione annullata' })).toBeVisible()

  await expect(page.getByText('Annullata dal personale')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByRole('button', { name: 'Annulla per conto della persona' })).toHaveCount(0)
  const cancelled = (await rest('GET', `/api/registrations/${first.id}?depth=0`, { token: admin })).body
  expect(cancelled.status).toBe('cancelled')
  expect(cancelled.cancellation.reason).toBe('Ha telefonato: non può partecipare per motivi di lavoro.')
  expect(String(cancelled.cancellation.by)).not.toBe('')

  const told = await waitForMail('prima.annullata@example.org', /La tua iscrizione è stata annullata/)
  expect(told.text).toContain('Motivo: Ha telefonato: non può partecipare per motivi di lavoro.')
  expect(told.text).toContain(lab.title)
  // The freed seat went to the person waiting, who is told as well.
  await waitForMail('seconda.in.attesa@example.org', /Si è liberato un posto/)
  expect((await rest('GET', `/api/registrations/${second.id}?depth=0`, { token: admin })).body.status).not.toBe('waitlisted')
  const seats = await rest('GET', `/api/laboratories/${lab.id}/availability`)
  expect(seats.body.seatsTaken).toBe(1)
})

test('a staff cancellation needs a reason, an active sign-up and the right neighbourhood, with clear messages', async () => {
  const mine = await signUp(lab.id, 'Terza Persona', 'terza.persona@example.org')
  const theirs = await signUp(otherLab.id, 'Altrove', 'altrove.persona@example.org')
  const cancel = (id: number, token: string | undefined, body: unknown) =>
    fetch(`${cmsUrl()}/api/registrations/${id}/staff-cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    })

  const anonymous = await cancel(mine.id, undefined, { reason: 'Senza accesso' })
  expect(anonymous.status).toBe(401)
  const elsewhere = await cancel(theirs.id, operator, { reason: 'Non è del mio quartiere' })
  expect(elsewhere.status).toBe(403)
  expect((await elsewhere.json()).message.it).toBe('Non puoi annullare questa iscrizione.')
  const noReason = await cancel(mine.id, operator, { reason: '  ' })
  expect(noReason.status).toBe(400)
  expect((await noReason.json()).message.it).toContain('Scrivi il motivo')
  expect((await rest('GET', `/api/registrations/${mine.id}?depth=0`, { token: admin })).body.status).toBe('waitlisted')
  expect((await cancel(999_999, operator, { reason: 'Non esiste' })).status).toBe(404)

  expect((await cancel(mine.id, operator, { reason: 'Ha scritto alla casella del quartiere' })).status).toBe(200)
  const again = await cancel(mine.id, operator, { reason: 'Di nuovo' })
  expect(again.status).toBe(409)
  expect((await again.json()).message.en).toContain('no longer active')
  // The editors may cancel anywhere; the other neighbourhood's sign-up is still active until they do.
  expect((await rest('GET', `/api/registrations/${theirs.id}?depth=0`, { token: admin })).body.status).toBe('awaiting')
  expect((await cancel(theirs.id, admin, { reason: 'Richiesta all’ufficio' })).status).toBe(200)
})
