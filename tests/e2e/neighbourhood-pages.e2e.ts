import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'

// The expected figures come from the same demo file the portal imported at start.
const demo = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/src/demo/demo-data.json'), 'utf8')) as {
  neighbourhoods: Array<{
    slug: string
    name: string
    figures: { referenceYear: number; inhabitants: number; households: number; publicHousingUnits: number; unitsUnderWorks: number }
    // Translatable texts are a plain Italian text or one text per locale; the Italian pages show the Italian one.
    worksProgress: Array<{ label: string | { it: string }; percent: number }>
    venue: { address: string; openingHours: Array<{ day: string; opens: string; closes: string }> }
  }>
}
const italian = (n: number) => new Intl.NumberFormat('it-IT', { useGrouping: 'always' }).format(n)
const english = (n: number) => new Intl.NumberFormat('en-GB', { useGrouping: 'always' }).format(n)

test.describe('neighbourhood pages', () => {
  for (const n of demo.neighbourhoods) {
    test(`${n.slug} shows its imported figures, works progress and venue`, async ({ page }) => {
      const response = await page.goto(`${siteUrl()}/quartieri/${n.slug}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(n.name)
      const figures = page.getByRole('region', { name: 'Il quartiere in cifre' })
      await expect(figures).toContainText(`Dati al ${n.figures.referenceYear}`)
      for (const [label, value] of [
        ['Abitanti', n.figures.inhabitants],
        ['Nuclei familiari', n.figures.households],
        ['Alloggi di edilizia pubblica', n.figures.publicHousingUnits],
        ['Alloggi interessati dai lavori', n.figures.unitsUnderWorks],
      ] as const) {
        await expect(
          figures
            .locator('div')
            .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
            .locator('dd'),
        ).toHaveText(italian(value))
      }
      for (const item of n.worksProgress) {
        const bar = page.getByRole('progressbar', { name: typeof item.label === 'string' ? item.label : item.label.it, exact: true })
        await expect(bar).toHaveAttribute('aria-valuenow', String(item.percent))
      }
      await expect(page.getByRole('region', { name: 'Sede del laboratorio' })).toContainText(n.venue.address)
      await expect(page.locator('.opening-hours li')).toHaveCount(n.venue.openingHours.length)
    })
  }

  test('the list shows every published neighbourhood, linked to its page', async ({ page }) => {
    await page.goto(`${siteUrl()}/quartieri`)
    for (const n of demo.neighbourhoods) await expect(page.getByRole('link', { name: n.name, exact: true })).toBeVisible()
    await page.getByRole('link', { name: demo.neighbourhoods[1]!.name, exact: true }).click()
    await expect(page).toHaveURL(`${siteUrl()}/quartieri/${demo.neighbourhoods[1]!.slug}`)
  })

  test('the English page uses English labels and number format', async ({ page }) => {
    const n = demo.neighbourhoods[0]!
    await page.goto(`${siteUrl()}/en/quartieri/${n.slug}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const figures = page.getByRole('region', { name: 'The neighbourhood in figures' })
    await expect(figures).toContainText('Inhabitants')
    await expect(figures).toContainText(english(n.figures.inhabitants))
    await page.getByRole('link', { name: 'Leggi questa pagina in italiano' }).click()
    await expect(page).toHaveURL(`${siteUrl()}/quartieri/${n.slug}`)
  })

  test('an unknown neighbourhood answers 404 with an Italian page', async ({ page }) => {
    const response = await page.goto(`${siteUrl()}/quartieri/non-esiste`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata')
    const other = await page.goto(`${siteUrl()}/una/pagina/inesistente`)
    expect(other?.status()).toBe(404)
    await expect(page.getByRole('link', { name: 'Torna alla home' })).toBeVisible()
  })

  test('the footer shows the city and contacts from the settings, and links privacy and accessibility', async ({ page }) => {
    await page.goto(`${siteUrl()}/`)
    const footer = page.getByRole('contentinfo')
    await expect(footer).toContainText('Comune di Milano')
    await footer.getByRole('link', { name: 'Informativa privacy' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Informativa')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Dichiarazione di accessibilità' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dichiarazione di accessibilità')
  })

  test('the skip link takes keyboard users to the content', async ({ page }) => {
    await page.goto(`${siteUrl()}/quartieri`)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Vai al contenuto principale' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })
})
