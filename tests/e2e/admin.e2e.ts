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

test('the admin speaks Italian that reads right: the edit tab, the draft button', async ({ page }) => {
  await page.goto(`${cmsUrl()}/admin`)
  await page.getByLabel(/e-?mail/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods`)
  await page.getByRole('link', { name: 'San Siro' }).click()
  // The document's tabs: the one shown is "Modifica" (Payload's Italian says "Modificare"), next to "Versioni".
  const versionsTab = page.getByRole('link', { name: /^Versioni/ })
  await expect(versionsTab).toBeVisible()
  await expect(page.getByRole('list').filter({ has: versionsTab }).getByText('Modifica', { exact: true })).toBeVisible()
  await expect(page.getByText('Modificare', { exact: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Salva bozza', exact: true })).toBeVisible()
})
