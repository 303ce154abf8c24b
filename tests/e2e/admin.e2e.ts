import { expect, test } from '@playwright/test'
import { cmsUrl, signInToAdmin } from '../support/cms-api.ts'

test('staff sign in to the admin and find the neighbourhoods', async ({ page }) => {
  await signInToAdmin(page)
  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods`)
  await expect(page.getByRole('link', { name: 'San Siro' })).toBeVisible()
})

test('the admin speaks Italian that reads right: the edit tab, the draft button', async ({ page }) => {
  await signInToAdmin(page)
  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods`)
  await page.getByRole('link', { name: 'San Siro' }).click()
  // The document's tabs: the one shown is "Modifica" (Payload's Italian says "Modificare"), next to "Versioni".
  const versionsTab = page.getByRole('link', { name: /^Versioni/ })
  await expect(versionsTab).toBeVisible()
  await expect(page.getByRole('list').filter({ has: versionsTab }).getByText('Modifica', { exact: true })).toBeVisible()
  await expect(page.getByText('Modificare', { exact: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Salva bozza', exact: true })).toBeVisible()
})
