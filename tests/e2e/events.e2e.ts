import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { loginAdmin, neighbourhoodId, rest, siteUrl } from '../support/cms-api.ts'
import { linksIn, mailsTo, waitForMail } from '../support/mailbox.ts'

const rome = (date: Date) => new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(date)

async function feed(path: string) {
  const res = await fetch(`${siteUrl()}${path}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('text/calendar')
  const text = await res.text()
  return { text, vevents: new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent') }
}

/** The SEQUENCE of an event's own feed, or null while the site does not know the event yet. */
async function sequenceOf(path: string): Promise<number | null> {
  const res = await fetch(`${siteUrl()}${path}`)
  if (res.status === 404) return null
  const vevent = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent')
  return Number(vevent!.getFirstPropertyValue('sequence'))
}

test.describe('the events calendar', () => {
  test('month view: navigation by links, keyboard-reachable events, a text alternative', async ({ page }) => {
    await page.goto(`${siteUrl()}/eventi?vista=mese&mese=2026-12`)
    await expect(page.getByRole('heading', { level: 2, name: 'dicembre 2026' })).toBeVisible()
    const grid = page.getByRole('table', { name: 'dicembre 2026' })
    await expect(grid.getByRole('link', { name: /Assemblea pubblica: il futuro della biblioteca/ })).toBeVisible()
    await page.getByRole('link', { name: /Mese successivo/ }).click()
    await expect(page).toHaveURL(/mese=2027-01/)
    await expect(page.getByRole('heading', { level: 2, name: 'gennaio 2027' })).toBeVisible()
    await page.getByRole('link', { name: /Mese precedente/ }).click()
    await expect(page).toHaveURL(/mese=2026-12/)
    // Keyboard: the first event link in the grid takes focus with Tab and opens with Enter.
    const firstLink = grid.getByRole('link').first()
    await firstLink.focus()
    await expect(firstLink).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/eventi\/[a-z0-9-]+$/)
    await page.goBack()
    await page.getByRole('link', { name: 'Vedi gli eventi di dicembre 2026 come elenco' }).click()
    await expect(page).toHaveURL(/da=2026-12-01&a=2026-12-31/)
    await expect(page.locator('.event-list li').first()).toBeVisible()
  })

  test('every filter narrows the list, with its state in the URL', async ({ page }) => {
    await page.goto(`${siteUrl()}/eventi`)
    await page.getByLabel('Tipo di evento').selectOption('assembly')
    await page.getByRole('button', { name: 'Applica i filtri' }).click()
    await expect(page).toHaveURL(/tipo=assembly/)
    const items = page.locator('.event-list > li')
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('Assemblea pubblica')

    await page.goto(`${siteUrl()}/eventi?quartiere=gratosoglio&da=2026-12-01&a=2026-12-31`)
    await expect(page.getByLabel('Quartiere')).toHaveValue('gratosoglio')
    const texts = await items.allTextContents()
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text).toContain('Gratosoglio')

    await page.goto(`${siteUrl()}/eventi?laboratorio=gratosoglio-torri-sud`)
    await expect(items).toHaveCount(1)
    await expect(items.first()).toContainText('Bozza del patto')

    await page.goto(`${siteUrl()}/eventi?da=2027-01-13&a=2027-01-13`)
    await expect(page.locator('main')).toContainText('Che biblioteca vogliamo')
    for (const text of await items.allTextContents()) expect(text).toContain('13 gennaio 2027')

    await page.goto(`${siteUrl()}/eventi?tipo=festival&quartiere=san-siro`)
    await expect(page.locator('main')).toContainText('Nessun evento in programma con questi filtri')

    const bad = await page.goto(`${siteUrl()}/eventi?da=2027-02-30`)
    expect(bad?.status()).toBe(400)
    await expect(page.locator('main')).toContainText('Un filtro non è valido')
    expect((await page.goto(`${siteUrl()}/eventi?da=2027-02-01&a=2027-01-01`))?.status()).toBe(400)
  })

  test('a cancelled event stays visible, marked, with its reason', async ({ page }) => {
    await page.goto(`${siteUrl()}/eventi/gratosoglio-tavolo-verde`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Annullato')
    await expect(page.locator('main')).toContainText('Rinviato per l')
    const { vevents } = await feed('/eventi/gratosoglio-tavolo-verde.ics')
    expect(vevents[0]!.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  test('the event page has schema.org Event data and an add-to-calendar file', async ({ page }) => {
    await page.goto(`${siteUrl()}/eventi/san-siro-assemblea-pubblica-biblioteca`)
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(ld['@type']).toBe('Event')
    expect(ld.name).toBe('Assemblea pubblica: il futuro della biblioteca di quartiere')
    expect(new Date(ld.startDate).toISOString()).toBe(new Date('2026-12-12T10:00:00+01:00').toISOString())
    await expect(page.locator('main')).toContainText('sabato 12 dicembre 2026, 10:00')
    const href = await page.getByRole('link', { name: 'Aggiungi al calendario (.ics)' }).getAttribute('href')
    const { vevents } = await feed(href!)
    expect(vevents).toHaveLength(1)
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe(`${siteUrl()}/eventi/san-siro-assemblea-pubblica-biblioteca`)

    // A weekly opening states its schedule, in Rome time, and is dated by its next opening listed on the page.
    await page.goto(`${siteUrl()}/eventi/san-siro-apertura-mattina`)
    const weekly = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(weekly.eventSchedule).toMatchObject({
      repeatFrequency: 'P1W',
      byDay: ['https://schema.org/Monday', 'https://schema.org/Friday'],
      startTime: '09:30',
      endTime: '12:30',
      endDate: '2027-07-31',
      scheduleTimezone: 'Europe/Rome',
    })
    expect(weekly.eventSchedule.exceptDate).toContain('2026-12-25')
    // Until the series' last day, that is an opening to come (after it, the first one).
    if (Date.now() < Date.parse('2027-07-31T10:30:00Z')) expect(Date.parse(weekly.startDate)).toBeGreaterThan(Date.now() - 12 * 3_600_000)
    else expect(Date.parse(weekly.startDate)).toBe(Date.parse('2026-09-07T09:30:00+02:00'))
  })
})

test.describe('calendar feeds', () => {
  test('a filtered feed holds exactly the published events of the filter, never a draft', async () => {
    const token = await loginAdmin()
    const mazzini = await neighbourhoodId(token, 'mazzini')
    const draft = await rest('POST', '/api/events?draft=true', {
      token,
      body: { title: 'Evento in bozza', slug: 'evento-in-bozza', type: 'workshop', neighbourhood: mazzini, start: '2027-02-02T10:00:00.000Z', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const published = await rest('GET', '/api/events?where[neighbourhood.slug][equals]=mazzini&pagination=false&depth=0')
    // A feed covers from a month ago on: weekly events still running, and others ending after that.
    const monthAgo = Date.now() - 31 * 86_400_000
    type Listed = { id: number; start: string; end?: string | null; recurrence?: { frequency?: string | null } }
    const current = (published.body.docs as Listed[]).filter((e) => e.recurrence?.frequency === 'weekly' || Date.parse(e.end ?? e.start) > monthAgo)
    expect(current.length).toBeLessThan(published.body.docs.length)
    const expected = new Set(current.map((e) => `event-${e.id}@localhost`))
    expect(expected.size).toBeGreaterThan(0)
    for (const path of ['/eventi.ics?quartiere=mazzini', '/quartieri/mazzini/eventi.ics']) {
      const { text, vevents } = await feed(path)
      expect(new Set(vevents.map((v) => v.getFirstPropertyValue('uid')))).toEqual(expected)
      expect(text).not.toContain('Evento in bozza')
      expect(text).toContain('BEGIN:VTIMEZONE')
      expect(text.split('\r\n').every((line) => line.length <= 75 || new TextEncoder().encode(line).length <= 75)).toBe(true)
      expect(text.endsWith('\r\n')).toBe(true)
    }
    const all = await feed('/eventi.ics')
    expect(all.text).not.toContain('Evento in bozza')
  })

  test('a weekly opening keeps 09:30 in Rome across the change to summer time, skipping its exceptions', async ({ page }) => {
    const { vevents } = await feed('/eventi.ics?quartiere=san-siro&tipo=info-desk')
    const morning = vevents.map((v) => new ICAL.Event(v)).find((e) => e.summary.includes('San Siro: apertura al pubblico (mattina)'))!
    expect(morning.isRecurring()).toBe(true)
    const iterator = morning.iterator()
    const starts: Date[] = []
    for (let next = iterator.next(); next && starts.length < 200; next = iterator.next()) {
      const date = next.toJSDate()
      if (date >= new Date('2027-03-15') && date < new Date('2027-04-10')) starts.push(date)
      if (date >= new Date('2027-04-10')) break
    }
    // Mondays and Fridays from 15 March to 9 April 2027, minus Easter Monday (5 April): summer time starts 28 March.
    expect(starts.map((d) => d.toISOString().slice(0, 10))).toEqual(['2027-03-15', '2027-03-19', '2027-03-22', '2027-03-26', '2027-03-29', '2027-04-02', '2027-04-09'])
    expect(new Set(starts.map(rome))).toEqual(new Set(['09:30']))
    expect(starts[3]!.getUTCHours()).toBe(8)
    expect(starts[4]!.getUTCHours()).toBe(7)
    // The site's own list agrees.
    await page.goto(`${siteUrl()}/eventi?quartiere=san-siro&tipo=info-desk&da=2027-03-26&a=2027-03-29`)
    const items = await page.locator('.event-list > li').allTextContents()
    expect(items.filter((t) => t.includes('mattina')).map((t) => /(\d{2}:\d{2})–/.exec(t)?.[1])).toEqual(['09:30', '09:30'])
  })
})

test.describe('registration and change notices', () => {
  test('a registrant gets the .ics with the confirmation, and one notice when the event moves', async ({ page }) => {
    const token = await loginAdmin()
    const created = await rest('POST', '/api/events', {
      token,
      body: {
        title: 'Workshop che cambia orario',
        slug: 'workshop-cambia-orario',
        type: 'workshop',
        neighbourhood: await neighbourhoodId(token, 'mazzini'),
        start: '2027-03-10T17:00:00.000Z',
        end: '2027-03-10T19:00:00.000Z',
        venue: { name: 'Sala civica', address: 'Via Mompiani 5, Milano' },
        registration: { mode: 'required', capacity: 5 },
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // Published changes reach the site within 5 seconds.
    await expect.poll(() => sequenceOf('/eventi/workshop-cambia-orario.ics'), { timeout: 5000 }).not.toBeNull()
    const sequenceBefore = (await sequenceOf('/eventi/workshop-cambia-orario.ics'))!

    await page.goto(`${siteUrl()}/eventi/workshop-cambia-orario`)
    await expect(page.getByText('5 posti liberi su 5')).toBeVisible()
    await page.getByLabel(/^Nome e cognome/).fill('Chiara Verdi')
    await page.getByLabel(/^Indirizzo e-mail/).fill('chiara@example.org')
    await page.locator('label[for="signup-consent"]').click()
    await page.getByRole('button', { name: 'Invia l’iscrizione' }).click()
    await expect(page.getByText('Richiesta ricevuta')).toBeVisible()
    const mail = await waitForMail('chiara@example.org', /Conferma la tua iscrizione/)
    expect(mail.text).toContain('all’evento «Workshop che cambia orario»')
    const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'))
    expect(ics?.mimeType).toContain('text/calendar')
    expect(ics?.content).toContain('SUMMARY:Workshop che cambia orario')
    await page.goto(linksIn(mail).confirm!)
    await page.getByRole('button', { name: 'Conferma' }).click()
    await expect(page.getByRole('status')).toContainText('Iscrizione confermata')

    const moved = await rest('PATCH', `/api/events/${id}`, { token, body: { start: '2027-03-10T18:00:00.000Z', end: '2027-03-10T20:00:00.000Z', _status: 'published' } })
    expect(moved.status).toBe(200)
    const notice = await waitForMail('chiara@example.org', /Evento modificato/, mail.file)
    expect(notice.text).toContain('18:00')
    expect(notice.text).toContain('→')
    expect(notice.text).toContain('19:00')
    await expect.poll(() => sequenceOf('/eventi/workshop-cambia-orario.ics'), { timeout: 5000 }).toBe(sequenceBefore + 1)

    // A change saved as a draft first is announced when it is published.
    expect(
      (await rest('PATCH', `/api/events/${id}?draft=true`, { token, body: { venue: { name: 'Sala grande', address: 'Via Mompiani 7, Milano' }, _status: 'draft' } })).status,
    ).toBe(200)
    expect((await rest('PATCH', `/api/events/${id}`, { token, body: { _status: 'published' } })).status).toBe(200)
    const placeNotice = await waitForMail('chiara@example.org', /Evento modificato/, notice.file)
    expect(placeNotice.text).toContain('Via Mompiani 7')
    await expect.poll(() => sequenceOf('/eventi/workshop-cambia-orario.ics'), { timeout: 5000 }).toBe(sequenceBefore + 2)

    // A change that is not about date, time or place sends nothing.
    await rest('PATCH', `/api/events/${id}`, { token, body: { summary: 'Porta un quaderno', _status: 'published' } })
    await new Promise((r) => setTimeout(r, 1_500))
    const notices = (await mailsTo('chiara@example.org')).filter((m) => /Evento modificato|annullato/i.test(m.subject))
    expect(notices).toHaveLength(2)
  })
})

test.describe('accessibility of the calendar', () => {
  for (const path of ['/eventi', '/eventi?vista=mese&mese=2027-03', '/eventi/san-siro-assemblea-pubblica-biblioteca', '/en/eventi', '/eventi/gratosoglio-tavolo-verde']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(`${siteUrl()}${path}`)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }
})

test.describe('events follow their neighbourhood', () => {
  test('renaming a neighbourhood shows on its events within 5 seconds, and its filter finds them', async () => {
    const token = await loginAdmin()
    const hood = await rest('POST', '/api/neighbourhoods', { token, body: { name: 'Borgo Vecchio', slug: 'borgo-da-rinominare', _status: 'published' } })
    expect(hood.status).toBe(201)
    const event = await rest('POST', '/api/events', {
      token,
      body: {
        title: 'Festa nel borgo',
        slug: 'festa-nel-borgo',
        type: 'festival',
        neighbourhood: hood.body.doc.id,
        start: '2027-05-08T14:00:00.000Z',
        end: '2027-05-08T18:00:00.000Z',
        _status: 'published',
      },
    })
    expect(event.status).toBe(201)
    const pageText = async () => {
      const res = await fetch(`${siteUrl()}/eventi/festa-nel-borgo`)
      return res.status === 200 ? res.text() : ''
    }
    await expect.poll(pageText, { timeout: 5000 }).toContain('Borgo Vecchio')

    expect((await rest('PATCH', `/api/neighbourhoods/${hood.body.doc.id}`, { token, body: { name: 'Borgo Nuovo', _status: 'published' } })).status).toBe(200)
    await expect.poll(pageText, { timeout: 5000 }).toContain('Borgo Nuovo')
    expect(await pageText()).not.toContain('Borgo Vecchio')
    const { vevents } = await feed('/eventi.ics?quartiere=borgo-da-rinominare')
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Festa nel borgo'])
  })
})
