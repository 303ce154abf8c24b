import { expect, test } from '@playwright/test'
import { loginAdmin, rest, siteUrl } from '../support/cms-api.ts'

const PER_PAGE = 24

test.describe('the neighbourhood list paginates', () => {
  test.beforeAll(async () => {
    const token = await loginAdmin()
    // Named to sort after the demo neighbourhoods, so the other tests' first page is unchanged.
    for (let i = 1; i <= PER_PAGE + 1; i++) {
      const n = String(i).padStart(2, '0')
      const res = await rest('POST', '/api/neighbourhoods', { token, body: { name: `Zona di prova ${n}`, slug: `zona-di-prova-${n}`, _status: 'published' } })
      expect(res.status).toBe(201)
    }
  })

  test('pages of 24 with previous/next links, the count and the current page', async ({ page }) => {
    const published = (await rest('GET', '/api/neighbourhoods?limit=1')).body.totalDocs as number
    const totalPages = Math.ceil(published / PER_PAGE)
    await expect.poll(async () => (await page.goto(`${siteUrl()}/quartieri`), await page.locator('main').textContent()), { timeout: 10_000 }).toContain(`${published} quartieri`)
    await expect(page.locator('main li .card')).toHaveCount(PER_PAGE)
    await expect(page.locator('main')).toContainText(`Pagina 1 di ${totalPages}`)
    const pagination = page.getByRole('navigation', { name: 'Pagine dei risultati' })
    await expect(pagination.getByRole('link', { name: 'Pagina 1' })).toHaveAttribute('aria-current', 'page')
    await pagination.getByRole('link', { name: 'Successiva' }).click()
    await expect(page).toHaveURL(`${siteUrl()}/quartieri?pagina=2`)
    await expect(page.locator('main li .card')).toHaveCount(Math.min(PER_PAGE, published - PER_PAGE))
    await expect(page.getByRole('link', { name: 'Zona di prova 25', exact: true })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Pagine dei risultati' }).getByRole('link', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page')
  })

  test('a malformed page number is a 400 with an Italian message; a page past the end is a 404', async ({ page }) => {
    const bad = await page.goto(`${siteUrl()}/quartieri?pagina=abc`)
    expect(bad?.status()).toBe(400)
    await expect(page.locator('main')).toContainText('Il numero di pagina deve essere un numero intero')
    const english = await page.goto(`${siteUrl()}/en/quartieri?pagina=-1`)
    expect(english?.status()).toBe(400)
    await expect(page.locator('main')).toContainText('The page number must be a whole number')
    const past = await page.goto(`${siteUrl()}/quartieri?pagina=999`)
    expect(past?.status()).toBe(404)
  })
})
