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
