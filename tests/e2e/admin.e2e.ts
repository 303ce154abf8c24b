import { expect, test } from '@playwright/test'
import { cmsUrl } from '../support/cms-api.ts'
import { ADMIN } from '../support/test-portal.ts'

test('staff sign in to the admin and find the neighbourhoods', async ({ page }) => {
  await page.goto(`${cmsUrl()}/admin`)
  await page.getByLabel(/e-?mail/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods`)
  await expect(page.getByRole('link', { name: 'San Siro' })).toBeVisible()
})

test('the admin speaks Italian that reads right: the edit tab and the unpublish dialog', async ({ page }) => {
  await page.goto(`${cmsUrl()}/admin`)
  await page.getByLabel(/e-?mail/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods`)
  await page.getByRole('link', { name: 'San Siro' }).click()
  await expect(page.getByRole('link', { name: 'Modifica', exact: true })).toBeVisible()
  await expect(page.getByText('Modificare', { exact: true })).toHaveCount(0)
  // Unpublishing asks, and "Annulla" goes back without doing it ("Cancella" would read as delete).
  await page.getByRole('button', { name: 'Annulla pubblicazione' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Stai per annullare la pubblicazione')
  await expect(dialog.getByRole('button', { name: 'Annulla', exact: true })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancella' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Annulla', exact: true }).click()
  await expect(dialog).toHaveCount(0)
})
