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

  await page.getByRole('button', { name: /^pubblica/i }).click()
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
  await page.getByRole('button', { name: /^pubblica/i }).click()
  await page.waitForURL(/\/admin\/collections\/laboratories\/\d+/)
  const id = /\/laboratories\/(\d+)/.exec(page.url())![1]
  const token = await loginAdmin()
  const saved = await rest('GET', `/api/laboratories/${id}?depth=0&draft=true`, { token })
  expect(saved.body.venue.location).toMatchObject({ lat: 45.4561, lng: 9.2168 })
  expect(saved.body.neighbourhood).toBe(await neighbourhoodId(token, 'molise-calvairate'))
})

test('staff paste a neighbourhood boundary or draw it on the map; a bad one is named before saving', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods/create`)
  await page.getByLabel(/^Nome/).fill('Quartiere dal confine disegnato')
  await page.getByLabel(/^Slug/).fill('quartiere-confine-disegnato')
  await page.getByRole('button', { name: 'Mappa', exact: true }).click()

  const box = page.getByLabel('Confine (GeoJSON Polygon)')
  const field = page.locator('.boundary-field')
  const status = field.locator('.boundary-field__status')
  await expect(status).toHaveText('Nessun confine.')

  // Text that is not JSON, then a ring that does not close: each told as it is typed.
  await box.fill('{"type": "Polygon", "coordinates": [[[9.01, 45.61], [9.02, 45.61]')
  await expect(status).toHaveText('Il testo non è JSON valido: controlla virgole, parentesi e virgolette.')
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await box.fill(
    JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [9.01, 45.61],
          [9.02, 45.61],
          [9.02, 45.62],
          [9.01, 45.62],
        ],
      ],
    }),
  )
  await expect(status).toContainText('Confine non valido (anello 1)')
  // A Feature as drawing tools export it is unwrapped to its polygon.
  const pasted = [
    [9.01, 45.61],
    [9.02, 45.61],
    [9.02, 45.62],
    [9.01, 45.62],
    [9.01, 45.61],
  ]
  await box.fill(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [pasted] } }))
  await expect(status).toHaveText('Confine valido: 4 vertici.')
  await expect(box).not.toHaveAttribute('aria-invalid', 'true')

  const map = field.locator('.boundary-field__map')
  await expect(field.getByText('Caricamento della mappa…')).toHaveCount(0, { timeout: 20_000 })
  let expected = pasted
  if ((await map.getAttribute('data-map-state')) === 'ready') {
    // Drawn instead: three clicks and "close" make a closed ring of four positions.
    await field.getByRole('button', { name: 'Cancella il confine' }).click()
    await expect(status).toHaveText('Nessun confine.')
    await field.getByRole('button', { name: 'Disegna sulla mappa' }).click()
    for (const position of [
      { x: 60, y: 60 },
      { x: 220, y: 70 },
      { x: 150, y: 200 },
    ])
      await map.click({ position })
    await expect(field.getByText(/Disegno in corso: .*: 3 vertici/)).toBeVisible()
    await field.getByRole('button', { name: 'Chiudi il confine' }).click()
    await expect(status).toHaveText('Confine valido: 3 vertici.')
    const drawn = JSON.parse(await box.inputValue()) as { type: string; coordinates: number[][][] }
    expect(drawn.type).toBe('Polygon')
    expect(drawn.coordinates[0]).toHaveLength(4)
    expect(drawn.coordinates[0]![3]).toEqual(drawn.coordinates[0]![0])
    expected = drawn.coordinates[0]!
  } else {
    test.info().annotations.push({ type: 'map', description: 'no WebGL: only pasting was tried' })
    await expect(field.getByText('La mappa non è disponibile in questo browser: incolla il confine come GeoJSON.')).toBeVisible()
  }

  await page.getByRole('button', { name: /salva bozza|save draft/i }).click()
  await page.waitForURL(/\/admin\/collections\/neighbourhoods\/\d+/)
  const id = /\/neighbourhoods\/(\d+)/.exec(page.url())![1]
  const token = await loginAdmin()
  const saved = await rest('GET', `/api/neighbourhoods/${id}?depth=0&draft=true`, { token })
  expect(saved.status).toBe(200)
  expect(saved.body.boundary).toEqual({ type: 'Polygon', coordinates: [expected] })
  // Opened again, the box shows what was saved.
  await page.reload()
  await page.getByRole('button', { name: 'Mappa', exact: true }).click()
  await expect(status).toHaveText(`Confine valido: ${expected.length - 1} vertici.`)
  expect(JSON.parse(await box.inputValue())).toEqual({ type: 'Polygon', coordinates: [expected] })
  await rest('DELETE', `/api/neighbourhoods/${id}`, { token })
})
