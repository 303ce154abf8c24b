import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { cmsUrl, graphql, login, loginAdmin, neighbourhoodId, relayedBySite, rest, siteUrl } from '../support/cms-api.ts'
import { linksIn, mailsTo, receivedMails, waitForMail } from '../support/mailbox.ts'
import { ageHold } from '../support/portal-database.ts'

let adminToken: string

/** A published lab created by staff through the API. */
async function createLab(slug: string, capacity: number, extra: Record<string, unknown> = {}, neighbourhood = 'ponte-lambro') {
  const res = await rest('POST', '/api/laboratories', {
    token: adminToken,
    body: { title: `Laboratorio ${slug}`, slug, neighbourhood: await neighbourhoodId(adminToken, neighbourhood), capacity, phase: 'co-design', _status: 'published', ...extra },
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; slug: string; title: string }
}

async function fillForm(page: Page, person: { name: string; email: string }, consent = true) {
  await page.getByLabel(/^Nome e cognome/).fill(person.name)
  await page.getByLabel(/^Indirizzo e-mail/).fill(person.email)
  if (consent) await page.locator('label[for="signup-consent"]').click()
}

/**
 * Seat counts reach the public page within moments of a sign-up (the CMS purges the site's cache just
 * after answering): reloads the lab page until it shows `text`.
 */
async function expectLabPageToShow(page: Page, slug: string, text: string) {
  await expect.poll(async () => (await page.goto(`${siteUrl()}/laboratori/${slug}`), await page.locator('main').innerText()), { timeout: 5_000 }).toContain(text)
}

async function signUp(page: Page, slug: string, person: { name: string; email: string }) {
  await page.goto(`${siteUrl()}/laboratori/${slug}`)
  await fillForm(page, person)
  await page.getByRole('button', { name: 'Invia l’iscrizione' }).click()
  await expect(page.getByText('Richiesta ricevuta')).toBeVisible()
}

/** Opens a link from a mail and presses its button, as a person would. */
async function followAndPress(page: Page, link: string, button: string) {
  await page.goto(link)
  await page.getByRole('button', { name: button }).click()
}

test.beforeAll(async () => {
  adminToken = await loginAdmin()
})

test.describe('signing up for a laboratory', () => {
  test('a citizen signs up, receives the mail, confirms, and the seat is counted', async ({ page }) => {
    const lab = await createLab('e2e-conferma', 5)
    await page.goto(`${siteUrl()}/laboratori/${lab.slug}`)
    await expect(page.getByText('5 posti liberi su 5')).toBeVisible()
    await signUp(page, lab.slug, { name: 'Giulia Bianchi', email: 'giulia@example.org' })
    const mail = await waitForMail('giulia@example.org', /Conferma la tua iscrizione/)
    expect(mail.text).toContain(lab.title)
    expect(mail.html).toContain('<a href=')
    await expectLabPageToShow(page, lab.slug, '4 posti liberi su 5')

    // Opening the link changes nothing: the button does.
    const { confirm } = linksIn(mail)
    await page.goto(confirm!)
    await expect(page.getByRole('button', { name: 'Conferma' })).toBeVisible()
    await page.getByRole('button', { name: 'Conferma' }).click()
    await expect(page.getByRole('status')).toContainText('Iscrizione confermata')
    const registrations = await rest('GET', `/api/registrations?where[laboratory][equals]=${lab.id}`, { token: adminToken })
    expect(registrations.body.docs.map((r: { status: string; emailVerified: boolean }) => [r.status, r.emailVerified])).toEqual([['confirmed', true]])
  })

  test('the form works without JavaScript', async ({ browser }) => {
    const lab = await createLab('e2e-senza-js', 3)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await signUp(page, lab.slug, { name: 'Senza Script', email: 'senzajs@example.org' })
    await waitForMail('senzajs@example.org', /Conferma la tua iscrizione/)
    await context.close()
  })

  test('a cancellation promotes the first waitlisted person, who is mailed', async ({ page }) => {
    const lab = await createLab('e2e-lista-attesa', 1)
    await signUp(page, lab.slug, { name: 'Primo Arrivato', email: 'primo@example.org' })
    await signUp(page, lab.slug, { name: 'Seconda Persona', email: 'seconda@example.org' })
    await signUp(page, lab.slug, { name: 'Terza Persona', email: 'terza@example.org' })
    const waiting = await waitForMail('seconda@example.org', /lista d’attesa/)
    await expectLabPageToShow(page, lab.slug, '2 persone in attesa')

    const first = await waitForMail('primo@example.org', /Conferma la tua iscrizione/)
    await followAndPress(page, linksIn(first).cancel!, 'Annulla l’iscrizione')
    await expect(page.getByRole('status')).toContainText('è stata annullata')

    const promoted = await waitForMail('seconda@example.org', /Si è liberato un posto/, waiting.file)
    expect(linksIn(promoted).confirm).toBeTruthy()
    expect(await mailsTo('terza@example.org')).toHaveLength(1)
    await expectLabPageToShow(page, lab.slug, 'Posti esauriti: iscrivendoti entri in lista d’attesa (1 persona in attesa)')
  })

  test('the same address again gets no second seat and the same answer', async ({ page }) => {
    const lab = await createLab('e2e-doppio', 4)
    await signUp(page, lab.slug, { name: 'Doppia', email: 'doppia@example.org' })
    await signUp(page, lab.slug, { name: 'Doppia', email: 'DOPPIA@example.org' })
    await expect.poll(async () => (await mailsTo('doppia@example.org')).length).toBe(2)
    const registrations = await rest('GET', `/api/registrations?where[laboratory][equals]=${lab.id}`, { token: adminToken })
    expect(registrations.body.totalDocs).toBe(1)
    await expectLabPageToShow(page, lab.slug, '3 posti liberi su 4')
  })
})

test.describe('bad input gets a clear message and a 4xx', () => {
  test('invalid e-mail, missing consent and over-long fields are explained next to the fields', async ({ page }) => {
    const lab = await createLab('e2e-errori', 5)
    await page.goto(`${siteUrl()}/laboratori/${lab.slug}`)
    await page.getByLabel(/^Nome e cognome/).fill('Mario')
    await page.getByLabel(/^Indirizzo e-mail/).fill('non-una-email')
    await page.getByRole('button', { name: 'Invia l’iscrizione' }).click()
    const errors = page.locator('[data-form-errors]')
    await expect(errors).toBeFocused()
    await expect(errors).toContainText('Inserisci un indirizzo e-mail valido')
    await expect(errors).toContainText('devi accettare l’informativa privacy')
    await expect(page.getByLabel(/^Nome e cognome/)).toHaveValue('Mario')
    await expect(page.getByLabel(/^Indirizzo e-mail/)).toHaveAttribute('aria-invalid', 'true')
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])

    const direct = await page.request.post(`${siteUrl()}/laboratori/${lab.slug}`, {
      form: { name: 'x'.repeat(500), email: 'lungo@example.org', consent: 'yes' },
      headers: { origin: siteUrl() },
    })
    expect(direct.status()).toBe(400)
    expect(await direct.text()).toContain('Il testo è troppo lungo')
    expect(await mailsTo('lungo@example.org')).toHaveLength(0)
  })

  test('a closed sign-up window is said on the page and a post is refused with 409', async ({ page }) => {
    const lab = await createLab('e2e-chiuso', 5, { signupClosesAt: '2020-01-01T00:00:00.000Z' })
    await page.goto(`${siteUrl()}/laboratori/${lab.slug}`)
    await expect(page.getByText('Le iscrizioni a questo laboratorio sono chiuse.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Invia l’iscrizione' })).toHaveCount(0)
    const res = await page.request.post(`${siteUrl()}/laboratori/${lab.slug}`, {
      form: { name: 'Tardi', email: 'tardi@example.org', consent: 'yes' },
      headers: { origin: siteUrl() },
    })
    expect(res.status()).toBe(409)
    expect(await res.text()).toContain('Le iscrizioni a questo laboratorio sono chiuse')
  })

  test('an unknown or malformed token is a 4xx with an Italian message', async ({ page }) => {
    await page.goto(`${siteUrl()}/iscrizione/annulla?token=${'A'.repeat(43)}`)
    await page.getByRole('button', { name: 'Annulla l’iscrizione' }).click()
    await expect(page.getByRole('alert')).toContainText('Il link non è valido')
    const malformed = await page.request.post(`${siteUrl()}/iscrizione/conferma?token=x`, { form: { token: 'x' }, headers: { origin: siteUrl() } })
    expect(malformed.status()).toBe(400)
    const english = await page.request.post(`${siteUrl()}/en/iscrizione/conferma`, { form: { token: 'B'.repeat(43) }, headers: { origin: siteUrl() } })
    expect(english.status()).toBe(404)
    expect(await english.text()).toContain('The link is not valid')
  })

  test('a confirmation link past its hold is refused with 410 and says the seat is gone', async ({ page }) => {
    const lab = await createLab('e2e-scaduto', 2)
    await signUp(page, lab.slug, { name: 'In Ritardo', email: 'ritardo@example.org' })
    const mail = await waitForMail('ritardo@example.org', /Conferma la tua iscrizione/)
    const registration = (await rest('GET', `/api/registrations?where[email][equals]=ritardo@example.org`, { token: adminToken })).body.docs[0]
    // No role may move a hold, so the test ages it in the portal's database, as a day gone by without confirmation would.
    expect((await rest('PATCH', `/api/registrations/${registration.id}`, { token: adminToken, body: { holdExpiresAt: '2020-01-01T00:00:00.000Z' } })).status).toBe(403)
    ageHold(registration.id, '2020-01-01T00:00:00.000Z')
    await page.goto(linksIn(mail).confirm!)
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Conferma' }).click()])
    expect(response.status()).toBe(410)
    await expect(page.getByRole('alert')).toContainText('Il link è scaduto')
    await expectLabPageToShow(page, lab.slug, '2 posti liberi su 2')
  })

  test('a form posted from another site is refused (CSRF)', async ({ page }) => {
    const lab = await createLab('e2e-csrf', 5)
    const res = await page.request.post(`${siteUrl()}/laboratori/${lab.slug}`, {
      form: { name: 'X', email: 'csrf@example.org', consent: 'yes' },
      headers: { origin: 'http://evil.example' },
    })
    expect(res.status()).toBe(403)
    expect(await mailsTo('csrf@example.org')).toHaveLength(0)
  })

  test('a bot filling the honeypot gets the usual answer and nothing is stored or sent', async ({ page }) => {
    const lab = await createLab('e2e-honeypot', 5)
    const res = await page.request.post(`${siteUrl()}/laboratori/${lab.slug}`, {
      form: { name: 'Bot', email: 'bot@example.org', consent: 'yes', website: 'http://spam.example' },
      headers: { origin: siteUrl() },
    })
    expect(res.status()).toBe(202)
    expect(await res.text()).toContain('Richiesta ricevuta')
    expect((await rest('GET', `/api/registrations?where[laboratory][equals]=${lab.id}`, { token: adminToken })).body.totalDocs).toBe(0)
    expect(await mailsTo('bot@example.org')).toHaveLength(0)
  })

  test('too many sign-ups from one address get a 429 with a message', async () => {
    const lab = await createLab('e2e-troppi', 500)
    const limit = Number(process.env.E2E_SIGNUP_RATE_LIMIT)
    const statuses: number[] = []
    for (let i = 0; i <= limit; i++) {
      const res = await fetch(`${cmsUrl()}/api/registrations/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...relayedBySite('203.0.113.7') },
        body: JSON.stringify({ laboratory: lab.id, name: `Persona ${i}`, email: `raffica${i}@example.org`, consent: true, website: 'bot' }),
      })
      statuses.push(res.status)
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toBeTruthy()
        expect((await res.json()).message.it).toContain('Troppe richieste')
      }
    }
    expect(statuses.slice(0, limit).every((s) => s === 202)).toBe(true)
    expect(statuses[limit]).toBe(429)
  })
})

test.describe('staff and personal data', () => {
  test('an operator exports the CSV of their own labs only', async ({ page }) => {
    const own = await createLab('e2e-csv-mio', 5, {}, 'gratosoglio')
    const other = await createLab('e2e-csv-altro', 5, {}, 'mazzini')
    await signUp(page, own.slug, { name: 'Nel Mio Quartiere', email: 'mio@example.org' })
    await signUp(page, other.slug, { name: 'Altro Quartiere', email: 'altro@example.org' })
    // A name typed as a spreadsheet formula stays text in the export.
    await signUp(page, own.slug, { name: '=HYPERLINK("http://example.org","clic")', email: 'formula@example.org' })
    const operator = { email: 'operatore.gratosoglio@quartieri.test', password: 'operatore-password-456' }
    expect(
      (
        await rest('POST', '/api/users', {
          token: adminToken,
          body: { ...operator, name: 'Operatore Gratosoglio', role: 'operator', neighbourhoods: [await neighbourhoodId(adminToken, 'gratosoglio')] },
        })
      ).status,
    ).toBe(201)
    const token = await login(operator.email, operator.password)
    const csv = await fetch(`${cmsUrl()}/api/registrations/export.csv`, { headers: { authorization: `JWT ${token}` } })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const text = await csv.text()
    expect(text).toContain('mio@example.org')
    expect(text).toContain(own.title)
    expect(text).not.toContain('altro@example.org')
    const formulaRow = text.split('\n').find((line) => line.includes('formula@example.org'))
    expect(formulaRow).toContain(`"'=HYPERLINK(""http://example.org"",""clic"")"`)
    const forbidden = await fetch(`${cmsUrl()}/api/registrations/export.csv?laboratory=${other.id}`, { headers: { authorization: `JWT ${token}` } })
    expect(forbidden.status).toBe(403)
    expect((await fetch(`${cmsUrl()}/api/registrations/export.csv`)).status).toBe(401)
  })

  test('sign-ups are never readable anonymously, through REST or GraphQL', async () => {
    expect((await rest('GET', '/api/registrations')).status).toBe(403)
    expect((await rest('GET', '/api/seat-claims')).status).toBe(403)
    const gql = await graphql('{ Registrations { docs { email name } } }')
    expect(JSON.stringify(gql.body)).not.toContain('@example.org')
    const labs = await rest('GET', '/api/laboratories?depth=5&limit=100')
    expect(JSON.stringify(labs.body)).not.toContain('@example.org')
  })

  test('erasing a person removes their data everywhere and keeps the counts', async ({ page }) => {
    const lab = await createLab('e2e-oblio', 5)
    await signUp(page, lab.slug, { name: 'Da Dimenticare', email: 'oblio@example.org' })
    // The sign-up's own mail leaves after the answer: once it is in, erasing must send nothing more.
    await waitForMail('oblio@example.org', /Conferma la tua iscrizione/)
    const before = (await receivedMails()).length
    const res = await rest('POST', '/api/registrations/erase', { token: adminToken, body: { email: 'oblio@example.org' } })
    expect(res.status).toBe(200)
    expect(res.body.erased).toBe(1)
    const left = await rest('GET', `/api/registrations?where[laboratory][equals]=${lab.id}`, { token: adminToken })
    expect(left.body.totalDocs).toBe(1)
    expect(JSON.stringify(left.body)).not.toContain('oblio@example.org')
    expect(JSON.stringify(left.body)).not.toContain('Da Dimenticare')
    expect((await receivedMails()).length).toBe(before)
    expect((await rest('POST', '/api/registrations/erase', { body: { email: 'x@example.org' } })).status).toBe(401)
  })
})

test('the lab list filters by neighbourhood and phase, with the state in the URL, and has no axe violations', async ({ page }) => {
  await page.goto(`${siteUrl()}/laboratori`)
  await page.getByLabel('Quartiere').selectOption('gratosoglio')
  await page.getByLabel('Fase').selectOption('pact-drafting')
  await page.getByRole('button', { name: 'Applica i filtri' }).click()
  await expect(page).toHaveURL(/quartiere=gratosoglio/)
  await expect(page).toHaveURL(/fase=pact-drafting/)
  await expect(page.getByRole('link', { name: 'Manutenzione delle torri sud: facciamo il punto' })).toBeVisible()
  await expect(page.locator('main li .card')).toHaveCount(1)
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  const bad = await page.goto(`${siteUrl()}/laboratori?fase=inventata`)
  expect(bad?.status()).toBe(400)
  await expect(page.locator('main')).toContainText('Un filtro non è valido')
})

test('a lab page shows the process with the current phase, and its neighbourhood lists it', async ({ page }) => {
  await page.goto(`${siteUrl()}/laboratori/gratosoglio-torri-sud`)
  const current = page.locator('[aria-current="step"]')
  await expect(current).toContainText('Stesura del patto')
  await expect(page.getByRole('region', { name: 'Il percorso del laboratorio' }).locator('li')).toHaveCount(4)
  await page.getByRole('link', { name: 'Gratosoglio' }).first().click()
  await expect(page.getByRole('region', { name: 'Laboratori del quartiere' })).toContainText('Manutenzione delle torri sud')
})

test('a lab page links the pact it produced, with its status', async ({ page }) => {
  await page.goto(`${siteUrl()}/laboratori/gratosoglio-torri-sud`)
  const produced = page.getByRole('region', { name: 'Il patto nato dal laboratorio' })
  await expect(produced).toContainText('In corso')
  await produced.getByRole('link', { name: /PC-2024-002/ }).click()
  await expect(page).toHaveURL(/\/patti\/orti-condivisi-torri-gratosoglio$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(`${siteUrl()}/en/laboratori/gratosoglio-torri-sud`)
  await expect(page.getByRole('region', { name: 'The pact this laboratory produced' }).getByRole('link', { name: /PC-2024-002/ })).toHaveAttribute(
    'href',
    '/en/patti/orti-condivisi-torri-gratosoglio',
  )
})

test('the demo has a full lab with a waitlist', async ({ page }) => {
  await page.goto(`${siteUrl()}/laboratori/san-siro-biblioteca-di-quartiere`)
  await expect(page.getByText('Posti esauriti')).toContainText('3 persone in attesa')
})
