import { expect, test, type Page } from '@playwright/test'
import { cmsUrl, loginAdmin, neighbourhoodId, rest } from '../support/cms-api.ts'
import { ADMIN } from '../support/test-portal.ts'

// The demo venue of San Siro, inside the San Siro boundary.
const SAN_SIRO_VENUE = { lat: 45.4692, lng: 9.1437 }

async function signIn(page: Page) {
  await page.goto(`${cmsUrl()}/admin`)
  await page.getByLabel(/e-?mail/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

test('staff set a lab venue by typing coordinates, and the lab lands in the neighbourhood around it', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/create`)
  await page.getByLabel(/^Titolo/).fill('Laboratorio dal punto sulla mappa')

  const latitude = page.getByLabel('Latitudine', { exact: true })
  const longitude = page.getByLabel('Longitudine', { exact: true })
  await latitude.fill(String(SAN_SIRO_VENUE.lat))
  await longitude.fill(String(SAN_SIRO_VENUE.lng))

  await page.getByRole('button', { name: /pubblica/i }).click()
  await page.waitForURL(/\/admin\/collections\/laboratories\/\d+/)
  const id = /\/laboratories\/(\d+)/.exec(page.url())![1]

  const token = await loginAdmin()
  const saved = await rest('GET', `/api/laboratories/${id}?depth=0&draft=true`, { token })
  expect(saved.status).toBe(200)
  expect(saved.body.venue.location).toMatchObject(SAN_SIRO_VENUE)
  expect(saved.body.neighbourhood).toBe(await neighbourhoodId(token, 'san-siro'))
  // What staff see after saving: the numbers they typed, still there.
  await expect(latitude).toHaveValue(String(SAN_SIRO_VENUE.lat))
  await expect(longitude).toHaveValue(String(SAN_SIRO_VENUE.lng))
})

test('the point picker shows under the coordinates: a click on the map sets them, or, without WebGL, it says to type them', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsUrl()}/admin/collections/events/create`)
  const picker = page.locator('.point-picker')
  await expect(picker).toBeVisible()
  await expect(picker.getByText(/Fai clic sulla mappa/)).toBeVisible()

  const status = picker.getByRole('status')
  await expect(status).not.toHaveText(/Caricamento/, { timeout: 20_000 })
  const latitude = page.getByLabel('Latitudine', { exact: true })
  const longitude = page.getByLabel('Longitudine', { exact: true })
  const map = picker.locator('.point-picker__map')

  const state = await map.getAttribute('data-map-state')
  test.info().annotations.push({ type: 'map', description: state === 'ready' ? 'WebGL: the map was drawn' : 'no WebGL: the map could not start' })
  if (state === 'ready') {
    await expect(map.locator('canvas')).toBeVisible()
    await expect(status).toHaveText('Nessun punto scelto.')
    await map.click({ position: { x: 120, y: 90 } })
    await expect(latitude).not.toHaveValue('')
    await expect(longitude).not.toHaveValue('')
    const [lat, lng] = [Number(await latitude.inputValue()), Number(await longitude.inputValue())]
    expect(Math.abs(lat)).toBeLessThanOrEqual(90)
    expect(Math.abs(lng)).toBeLessThanOrEqual(180)
    await expect(status).toHaveText(`Punto scelto: ${lat}, ${lng}`)
    await expect(map.getByLabel('Punto scelto', { exact: true })).toBeVisible()
    // Typing moves the marker: the status follows the inputs.
    await latitude.fill('45.4561')
    await longitude.fill('9.2168')
    await expect(status).toHaveText('Punto scelto: 45.4561, 9.2168')
  } else {
    // This Chromium could not start WebGL: what staff see is the message, and the inputs still work.
    await expect(status).toHaveText('La mappa non è disponibile in questo browser: scrivi latitudine e longitudine nei campi qui sopra.')
    await expect(map).toBeHidden()
    await latitude.fill('45.4561')
    await longitude.fill('9.2168')
    await expect(latitude).toHaveValue('45.4561')
    await expect(longitude).toHaveValue('9.2168')
  }
})

test('in a browser without WebGL the map says so, and typed coordinates are saved all the same', async ({ page }) => {
  // What a locked-down machine or a browser with hardware acceleration off gives the map library: no WebGL context.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return kind.startsWith('webgl') ? null : (getContext as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest)
    } as typeof getContext
  })
  await signIn(page)
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/create`)
  const picker = page.locator('.point-picker')
  await expect(picker.getByRole('status')).toHaveText('La mappa non è disponibile in questo browser: scrivi latitudine e longitudine nei campi qui sopra.', { timeout: 20_000 })
  await expect(picker.locator('.point-picker__map')).toBeHidden()

  await page.getByLabel(/^Titolo/).fill('Laboratorio senza mappa')
  await page.getByLabel('Latitudine', { exact: true }).fill('45.4561')
  await page.getByLabel('Longitudine', { exact: true }).fill('9.2168')
  await page.getByRole('button', { name: /pubblica/i }).click()
  await page.waitForURL(/\/admin\/collections\/laboratories\/\d+/)
  const id = /\/laboratories\/(\d+)/.exec(page.url())![1]
  const token = await loginAdmin()
  const saved = await rest('GET', `/api/laboratories/${id}?depth=0&draft=true`, { token })
  expect(saved.body.venue.location).toMatchObject({ lat: 45.4561, lng: 9.2168 })
  expect(saved.body.neighbourhood).toBe(await neighbourhoodId(token, 'molise-calvairate'))
})
