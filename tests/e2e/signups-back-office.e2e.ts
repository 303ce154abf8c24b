import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { cmsUrl, login, loginAdmin, neighbourhoodId, relayedBySite, rest, signInToAdmin, siteUrl } from '../support/cms-api.ts'
import { waitForMail } from '../support/mailbox.ts'

// Staff find a lab's sign-ups on its own page (counts, list, CSV, cancel, erase) and take attendance at the door
// on a phone: toggles, the check-in code of the confirmation mail, walk-ins, and the totals the report reads.

const OPERATOR = { email: 'operatrice.presenze@quartieri.test', password: 'operatrice-presenze-123' }
const OUTSIDER = { email: 'operatore.altrove@quartieri.test', password: 'operatore-altrove-123' }
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let admin: string
let operatorToken: string
let outsiderToken: string
let neighbourhood: { id: number | string; slug: string }
let lab: { id: number; slug: string; title: string }
/** Today's meeting, to the minute: the roster opens on it. */
const meeting = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
const people = {
  anna: { name: 'Anna Presente', email: 'anna.presente@example.org' },
  bruno: { name: 'Bruno Codice', email: 'bruno.codice@example.org' },
  carla: { name: 'Carla Oblio', email: 'carla.oblio@example.org' },
}

/** Signs up and confirms through the public endpoints, as the site relays a citizen; returns the sign-up's id. */
async function signUpAndConfirm(person: { name: string; email: string }, address: string): Promise<number> {
  const headers = { 'content-type': 'application/json', ...relayedBySite(address) }
  const res = await fetch(`${cmsUrl()}/api/registrations/sign-up`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ laboratory: lab.id, ...person, consent: true, locale: 'it' }),
  })
  expect(res.status).toBe(202)
  const held = await waitForMail(person.email, /Conferma la tua iscrizione/)
  const token = /iscrizione\/conferma\?token=([\w-]+)/.exec(held.text)?.[1]
  const confirmed = await fetch(`${cmsUrl()}/api/registrations/confirm`, { method: 'POST', headers, body: JSON.stringify({ token }) })
  expect(confirmed.status).toBe(200)
  return (await rest('GET', `/api/registrations?where[email][equals]=${encodeURIComponent(person.email)}&depth=0`, { token: admin })).body.docs[0].id
}

async function axeOn(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  admin = await loginAdmin()
  const slug = 'quartiere-delle-presenze'
  const created = await rest('POST', '/api/neighbourhoods', { token: admin, body: { name: 'Quartiere delle presenze', slug, _status: 'published' } })
  expect(created.status).toBe(201)
  neighbourhood = { id: created.body.doc.id, slug }
  const mazzini = await neighbourhoodId(admin, 'mazzini')
  for (const [account, neighbourhoods] of [
    [OPERATOR, [neighbourhood.id]],
    [OUTSIDER, [mazzini]],
  ] as const) {
    const res = await rest('POST', '/api/users', { token: admin, body: { ...account, name: account.email.split('@')[0], role: 'operator', neighbourhoods } })
    expect(res.status).toBe(201)
  }
  operatorToken = await login(OPERATOR.email, OPERATOR.password)
  outsiderToken = await login(OUTSIDER.email, OUTSIDER.password)
  const made = await rest('POST', '/api/laboratories', {
    token: admin,
    body: {
      title: 'Laboratorio delle presenze',
      slug: 'laboratorio-delle-presenze',
      neighbourhood: neighbourhood.id,
      capacity: 10,
      phase: 'co-design',
      sessions: [{ startsAt: meeting }, { startsAt: new Date(Date.parse(meeting) + 14 * 86_400_000).toISOString() }],
      _status: 'published',
    },
  })
  expect(made.status).toBe(201)
  lab = made.body.doc
  let address = 30
  for (const person of Object.values(people)) await signUpAndConfirm(person, `198.51.100.${address++}`)
})

test('an operator finds the lab’s sign-ups on its page, exports them and erases a person', async ({ page }) => {
  await signInToAdmin(page, OPERATOR)
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/${lab.id}`)
  const panel = page.getByRole('region', { name: 'Iscrizioni' })
  await expect(panel.getByRole('link', { name: people.anna.name })).toBeVisible()
  const count = (label: string) =>
    panel
      .locator('.quartieri-counts div')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd')
  await expect(count('Confermate')).toHaveText('3')
  await expect(count('Posti occupati')).toHaveText('3')
  await expect(count('In lista d’attesa')).toHaveText('0')
  expect(await axeOn(page, '.quartieri-signups-panel')).toEqual([])

  // The CSV of this lab, with the people in it.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Esporta in CSV' }).click()])
  const csv = fs.readFileSync((await download.path())!, 'utf8')
  for (const person of Object.values(people)) expect(csv).toContain(person.email)

  // Erasing asks first; then the person's data is gone from the list, the record and the export, and the counts stay.
  await panel.getByRole('button', { name: `Cancella i dati: ${people.carla.name}` }).click()
  const confirm = panel.getByRole('group', { name: `Cancella i dati di ${people.carla.name}` })
  await expect(confirm).toContainText('non si può annullare')
  await confirm.getByRole('button', { name: 'Sì, cancella i dati' }).click()
  await expect(panel.getByRole('status')).toHaveText('Dati cancellati.')
  await expect(panel.getByRole('link', { name: people.carla.name })).toHaveCount(0)
  await expect(panel.getByText('Dati cancellati', { exact: true })).toBeVisible()
  await expect(count('Confermate')).toHaveText('3')
  const record = (await rest('GET', `/api/registrations?where[laboratory][equals]=${lab.id}&depth=0&limit=10`, { token: admin })).body.docs
  expect(JSON.stringify(record)).not.toContain(people.carla.email)
  const erased = record.find((r: { erasedAt?: string }) => r.erasedAt)
  expect(erased.name).toBeNull()
  expect(String(erased.erasedBy)).not.toBe('')
  const exported = await fetch(`${cmsUrl()}/api/registrations/export.csv?laboratory=${lab.id}`, { headers: { authorization: `JWT ${operatorToken}` } })
  expect(await exported.text()).not.toContain(people.carla.email)
})

test('an event’s sign-ups are on the event’s page too, with its own export', async ({ page }) => {
  const start = new Date(Date.now() + 10 * 86_400_000)
  const made = await rest('POST', '/api/events', {
    token: admin,
    body: {
      title: 'Assemblea delle presenze',
      slug: 'assemblea-delle-presenze',
      type: 'assembly',
      neighbourhood: neighbourhood.id,
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      venue: { name: 'Sala civica', address: 'Via delle Presenze 1' },
      registration: { mode: 'required', capacity: 5 },
      _status: 'published',
    },
  })
  expect(made.status).toBe(201)
  const event = made.body.doc as { id: number }
  const res = await fetch(`${cmsUrl()}/api/registrations/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...relayedBySite('198.51.100.50') },
    body: JSON.stringify({ event: event.id, name: 'Elena Assemblea', email: 'elena.assemblea@example.org', consent: true, locale: 'it' }),
  })
  expect(res.status).toBe(202)

  await signInToAdmin(page, OPERATOR)
  await page.goto(`${cmsUrl()}/admin/collections/events/${event.id}`)
  const panel = page.getByRole('region', { name: 'Iscrizioni' })
  await expect(panel.getByRole('link', { name: 'Elena Assemblea' })).toBeVisible()
  await expect(
    panel
      .locator('.quartieri-counts div')
      .filter({ has: page.getByText('In attesa di conferma', { exact: true }) })
      .locator('dd'),
  ).toHaveText('1')
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Esporta in CSV' }).click()])
  const csv = fs.readFileSync((await download.path())!, 'utf8')
  expect(csv).toContain('elena.assemblea@example.org')
  expect(csv).toContain('Assemblea delle presenze')
  expect(csv).not.toContain(people.anna.email)
})

test('an operator of another neighbourhood gets neither the sign-ups, nor the roster, nor an erasure', async ({ page }) => {
  const roster = await rest('GET', `/api/registrations/roster?laboratory=${lab.id}`, { token: outsiderToken })
  expect(roster.status).toBe(403)
  expect(roster.body.message.it).toBe('Non hai i permessi per le iscrizioni di questa attività.')
  expect(JSON.stringify(roster.body)).not.toContain(people.anna.email)
  const anna = (await rest('GET', `/api/registrations?where[email][equals]=${encodeURIComponent(people.anna.email)}&depth=0`, { token: admin })).body.docs[0]
  expect((await rest('POST', `/api/registrations/${anna.id}/erase`, { token: outsiderToken, body: {} })).status).toBe(403)
  expect((await rest('POST', '/api/registrations/erase', { token: outsiderToken, body: { email: people.anna.email } })).status).toBe(404)
  expect((await rest('POST', '/api/registrations/roster/walk-ins', { token: outsiderToken, body: { laboratory: lab.id, meeting, walkIns: 50 } })).status).toBe(403)
  expect((await rest('GET', `/api/registrations/roster?laboratory=${lab.id}`)).status).toBe(401)
  expect((await rest('GET', `/api/registrations/${anna.id}?depth=0`, { token: admin })).body.name).toBe(people.anna.name)
  // In the admin, the panel says so instead of listing anyone.
  await signInToAdmin(page, OUTSIDER)
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/${lab.id}`)
  await expect(page.getByRole('region', { name: 'Iscrizioni' }).getByRole('alert')).toHaveText('Non hai i permessi per le iscrizioni di questa attività.')
})

test.describe('at the door, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('two people are checked in, one by toggle and one by the code of the mail, walk-ins are counted, the report shows the total', async ({ page }) => {
    await signInToAdmin(page, OPERATOR)
    await page.goto(`${cmsUrl()}/admin/collections/laboratories/${lab.id}`)
    await page.getByRole('region', { name: 'Iscrizioni' }).getByRole('link', { name: 'Registro presenze' }).click()
    await expect(page.getByRole('heading', { name: 'Registro presenze' })).toBeVisible()
    await expect(page.getByLabel('Incontro')).toHaveValue(meeting)
    const anna = page.getByRole('button', { name: new RegExp(people.anna.name) })
    await expect(anna).toHaveAttribute('aria-pressed', 'false')
    expect(await axeOn(page, '.quartieri-roster')).toEqual([])

    // By keyboard, as a tap would.
    await anna.focus()
    await page.keyboard.press('Enter')
    await expect(anna).toHaveAttribute('aria-pressed', 'true')
    await expect(anna).toContainText('Presente')

    // The code in Bruno's confirmation mail.
    const mail = await waitForMail(people.bruno.email, /Iscrizione confermata/)
    const code = /codice per l’ingresso è ([\dA-Z]+-[\dA-Z]+)/.exec(mail.text)?.[1]
    expect(code).toBeTruthy()
    await page.getByLabel('Codice di ingresso').fill(code!.toLowerCase())
    await page.getByRole('button', { name: 'Registra l’ingresso' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Ingresso registrato' })).toContainText(people.bruno.name)
    await expect(page.getByRole('button', { name: new RegExp(people.bruno.name) })).toHaveAttribute('aria-pressed', 'true')
    // A code with a changed letter is nobody's.
    await page.getByLabel('Codice di ingresso').fill(`${code!.slice(0, -1)}${code!.endsWith('A') ? 'B' : 'A'}`)
    await page.getByRole('button', { name: 'Registra l’ingresso' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Codice di ingresso non riconosciuto' })).toBeVisible()

    await page.getByRole('button', { name: 'Una in più' }).click()
    await page.getByRole('button', { name: 'Una in più' }).click()
    await page.getByRole('button', { name: 'Salva' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Persone senza iscrizione salvate' })).toBeVisible()
    const total = (label: string) =>
      page
        .locator('.quartieri-counts div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd')
    await expect(total('Presenti')).toHaveText('2')
    await expect(total('Senza iscrizione')).toHaveText('2')
    await expect(total('Totale')).toHaveText('4')

    // The QR code leads here with the code: the person is already in, and the screen says so.
    await page.goto(`${cmsUrl()}/admin/presenze?codice=${code}`)
    await expect(page.getByRole('status').filter({ hasText: 'risultava già presente' })).toBeVisible()
    await expect(total('Presenti')).toHaveText('2')

    // From the navigation, without an activity: the ones this operator works on, to choose from.
    await page.goto(`${cmsUrl()}/admin/presenze`)
    await expect(page.getByRole('link', { name: 'Laboratorio delle presenze' })).toHaveAttribute('href', `/admin/presenze?laboratory=${lab.id}`)
    await expect(page.getByRole('link', { name: /Assemblea delle presenze/ })).toBeVisible()
    expect(await axeOn(page, '.quartieri-roster')).toEqual([])

    // The transparency report of the neighbourhood counts the meeting's total.
    const year = new Date().getFullYear()
    await expect
      .poll(
        async () => {
          const report = (await (await fetch(`${siteUrl()}/trasparenza.json?quartiere=${neighbourhood.slug}&da=${year}&a=${year}`)).json()) as {
            righe: Array<{ section: string; figure: string; year: number | null; value: number }>
          }
          return report.righe.find((r) => r.section === 'participants' && r.figure === 'offline' && r.year === null)?.value
        },
        { timeout: 15_000 },
      )
      .toBe(4)
  })
})

test('the operator’s dashboard shows their upcoming events with seats, their full labs and the week’s sign-ups, and nothing of other neighbourhoods', async ({ page }) => {
  const full = await rest('POST', '/api/laboratories', {
    token: admin,
    body: { title: 'Laboratorio al completo', slug: 'laboratorio-al-completo', neighbourhood: neighbourhood.id, capacity: 1, phase: 'co-design', _status: 'published' },
  })
  expect(full.status).toBe(201)
  const res = await fetch(`${cmsUrl()}/api/registrations/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...relayedBySite('198.51.100.60') },
    body: JSON.stringify({ laboratory: full.body.doc.id, name: 'Franca Completo', email: 'franca.completo@example.org', consent: true, locale: 'it' }),
  })
  expect(res.status).toBe(202)

  await signInToAdmin(page, OPERATOR)
  await page.goto(`${cmsUrl()}/admin`)
  await expect(page.getByRole('region', { name: 'Prossimi eventi con iscrizione' })).toContainText('Assemblea delle presenze')
  await expect(page.getByRole('region', { name: 'Prossimi eventi con iscrizione' })).toContainText('1/5 posti occupati')
  const fullLabs = page.getByRole('region', { name: 'Laboratori al completo' })
  await expect(fullLabs.getByRole('link', { name: 'Laboratorio al completo' })).toBeVisible()
  await expect(fullLabs.getByRole('link', { name: 'Laboratorio delle presenze' })).toHaveCount(0)
  const recent = page.getByRole('region', { name: 'Iscrizioni e annullamenti degli ultimi 7 giorni' })
  await expect(recent.getByRole('link', { name: 'Franca Completo' })).toBeVisible()
  // Sign-ups of other neighbourhoods' activities (the demo's, other tests') never show here.
  const names = await recent.getByRole('link').allTextContents()
  const mine = ['Franca Completo', 'Anna Presente', 'Bruno Codice', 'Elena Assemblea', 'Persona con dati cancellati']
  expect(names.filter((n) => !mine.includes(n))).toEqual([])
  expect(await axeOn(page, '.quartieri-dashboard')).toEqual([])
})

test('editors export every sign-up and erase a person by address from the sign-ups list', async ({ page }) => {
  const extra = { name: 'Dario Richiesta', email: 'dario.richiesta@example.org' }
  await signUpAndConfirm(extra, '198.51.100.40')
  await signInToAdmin(page)
  await page.goto(`${cmsUrl()}/admin/collections/registrations`)
  const tools = page.getByRole('region', { name: 'Esportazione e cancellazione dei dati' })
  await expect(tools.getByRole('link', { name: 'Esporta tutte le iscrizioni in CSV' })).toBeVisible()
  await tools.getByLabel('Cancella i dati di una persona (indirizzo e-mail)').fill('non-un-indirizzo')
  await tools.getByRole('button', { name: 'Cancella i dati' }).click()
  await expect(tools.getByRole('alert')).toHaveText('Scrivi un indirizzo e-mail valido.')
  await tools.getByLabel('Cancella i dati di una persona (indirizzo e-mail)').fill(extra.email)
  await tools.getByRole('button', { name: 'Cancella i dati' }).click()
  await tools.getByRole('button', { name: 'Sì, cancella i dati' }).click()
  await expect(tools.getByRole('status')).toHaveText('Dati cancellati. Iscrizioni anonimizzate: 1.')
  expect(await axeOn(page, '.quartieri-list-tools')).toEqual([])
  const left = (await rest('GET', `/api/registrations?where[laboratory][equals]=${lab.id}&depth=0&limit=10`, { token: admin })).body
  expect(left.totalDocs).toBe(4)
  expect(JSON.stringify(left)).not.toContain(extra.email)
})
