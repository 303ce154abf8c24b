import { expect, test } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'

// Small things people notice: the seats after their own sign-up, an error summary that names the fields, the
// calendar's routine opening hours set apart from the events, and a map box that tells the truth without JavaScript.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('after a sign-up the page counts it in the seats left', async ({ page }) => {
    await page.goto(`${siteUrl()}/laboratori/molise-calvairate-mobilita-inquilini`)
    const seats = page.locator('[data-seats]')
    const before = Number((await seats.textContent())!.match(/(\d+) posti liberi/)![1])
    await page.getByLabel('Nome e cognome').fill('Giulia Posti')
    await page.getByLabel('Indirizzo e-mail').fill(`giulia.posti.${Date.now()}@example.org`)
    await page.getByLabel(/Ho letto l’informativa privacy/).check({ force: true })
    await page.getByRole('button', { name: 'Invia l’iscrizione' }).click()
    await expect(page.locator('[data-signup-result]')).toBeVisible()
    await expect(seats).toContainText(`${before - 1} posti liberi`)
  })

  test('the error summary names each field it sends you to', async ({ page }) => {
    await page.goto(`${siteUrl()}/eventi/san-siro-assemblea-pubblica-biblioteca`)
    await page.getByRole('button', { name: 'Invia l’iscrizione' }).click()
    const summary = page.locator('[data-form-errors]')
    await expect(summary.getByRole('link')).toHaveText([
      'Nome e cognome: Questo campo è obbligatorio.',
      'Indirizzo e-mail: Questo campo è obbligatorio.',
      'Informativa privacy: Per iscriverti devi accettare l’informativa privacy.',
    ])
    await expect(summary.getByRole('link', { name: /^Indirizzo e-mail/ })).toHaveAttribute('href', '#signup-email')
  })

  test('the map box says the map needs JavaScript and points to the list', async ({ page }) => {
    await page.goto(`${siteUrl()}/mappa`)
    const box = page.locator('[data-map-canvas]')
    await expect(box).toContainText('La mappa interattiva richiede JavaScript')
    await expect(box).not.toContainText('quando arrivi')
    await box.getByRole('link', { name: 'Tutti i luoghi sono nell’elenco qui sotto.' }).click()
    await expect(page).toHaveURL(/-list$/)
    await expect(page.locator('.map-list-items a').first()).toBeVisible()
  })
})

test('the calendar lists the routine opening hours once, apart from the events; asked for by type, every date shows', async ({ page }) => {
  await page.goto(`${siteUrl()}/eventi`)
  const list = page.locator('.event-list')
  const titles = await list.locator('li h2, li h3').allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.filter((title) => /apertura al pubblico/.test(title))).toEqual([])
  const openings = page.getByRole('region', { name: 'Sportelli e orari di apertura' })
  const listed = await openings.getByRole('listitem').allTextContents()
  // Each weekly opening once, with its days and hours.
  expect(listed.length).toBeGreaterThanOrEqual(5)
  expect(new Set(listed).size).toBe(listed.length)
  expect(listed.find((text) => text.includes('San Siro: apertura al pubblico (mattina)'))).toMatch(/Lunedì, Venerdì · 09:30–12:30/)
  await openings.getByRole('link', { name: 'Vedi tutte le date degli sportelli' }).click()
  await expect(page).toHaveURL(/tipo=info-desk/)
  const dates = await page.locator('.event-list li').allTextContents()
  expect(dates.filter((text) => text.includes('apertura al pubblico')).length).toBe(dates.length)
  await expect(page.getByRole('region', { name: 'Sportelli e orari di apertura' })).toHaveCount(0)

  // The home page's next events are events: the openings are one link away.
  await page.goto(siteUrl())
  const upcoming = page.getByRole('region', { name: 'Prossimi eventi' })
  await expect(upcoming.getByRole('listitem').first()).toBeVisible()
  expect((await upcoming.getByRole('listitem').allTextContents()).filter((text) => text.includes('apertura al pubblico'))).toEqual([])
  await expect(upcoming.getByRole('link', { name: 'Sportelli e orari di apertura' })).toHaveAttribute('href', '/eventi?tipo=info-desk')
})
