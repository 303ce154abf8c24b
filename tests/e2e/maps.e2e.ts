import { gzipSync } from 'node:zlib'
import AxeBuilder from '@axe-core/playwright'
import { check } from '@placemarkio/check-geojson'
import { expect, test, type Page, type Route } from '@playwright/test'
import { loginAdmin, neighbourhoodId, rest, siteUrl, sitePage } from '../support/cms-api.ts'

const LAYERS = ['quartieri', 'laboratori', 'eventi', 'progetti', 'patti'] as const
type Layer = (typeof LAYERS)[number]
const JS_BUDGET_BYTES = 20 * 1024
const VISIBLE_WITHIN_MS = 10_000
/** Software WebGL in CI draws slowly: the map may take a while to settle. */
const MAP_READY_MS = 30_000

/** Is this request for MapLibre (the map module, its CSS or its worker)? */
const isMapLibrary = (url: string) => /maplibre|map-render/i.test(new URL(url).pathname)

/** The little of MapLibre's API the tests read, on `window.quartieriMaps`. */
interface DrawnMap {
  isSourceLoaded(id: string): boolean
  getSource(id: string): { getData(): Promise<{ features: Array<{ properties: Record<string, unknown> }> }> } | undefined
  getLayer(id: string): unknown
  getLayoutProperty(id: string, name: string): unknown
  queryRenderedFeatures(geometry?: unknown, options?: { layers?: string[] }): Array<{ properties: Record<string, unknown> }>
  project(lngLat: [number, number]): { x: number; y: number }
  jumpTo(options: { center?: [number, number]; zoom?: number }): void
  getZoom(): number
  getCenter(): { lng: number; lat: number }
  getBounds(): { contains(lngLat: [number, number]): boolean }
  once(event: string, listener: () => void): void
}
type MapWindow = Window & { quartieriMaps?: DrawnMap[] }

/** Every request to a host other than this machine is refused, and remembered. */
async function offline(page: Page): Promise<string[]> {
  const blocked: string[] = []
  await page.context().route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url())
    if (protocol === 'data:' || protocol === 'blob:' || ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) return route.continue()
    blocked.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  return blocked
}

/** Scrolls a map into view and waits until MapLibre has drawn it. */
async function mapReady(page: Page, id = 'mappa'): Promise<void> {
  await page.locator(`#${id} [data-map-canvas]`).scrollIntoViewIfNeeded()
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-map-state', 'ready', { timeout: MAP_READY_MS })
}

/** The paths of the features drawn in the view for some map layers (clusters as "cluster"), once each. */
function renderedPaths(page: Page, layerIds: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = (window as MapWindow).quartieriMaps![0]!
    const present = ids.filter((id) => map.getLayer(id))
    return [...new Set(map.queryRenderedFeatures(undefined, { layers: present }).map((f) => (typeof f.properties.path === 'string' ? f.properties.path : 'cluster')))].sort()
  }, layerIds)
}

/** Moves the map so that a point settles, and gives its position in page coordinates. */
async function pointOnPage(page: Page, lngLat: [number, number], zoom: number, id = 'mappa'): Promise<{ x: number; y: number }> {
  const projected = await page.evaluate(
    ([position, z]) =>
      new Promise<{ x: number; y: number }>((resolve) => {
        const map = (window as MapWindow).quartieriMaps![0]!
        map.once('idle', () => resolve(map.project(position)))
        map.jumpTo({ center: position, zoom: z })
      }),
    [lngLat, zoom] as const,
  )
  const box = (await page.locator(`#${id} canvas.maplibregl-canvas`).boundingBox())!
  return { x: box.x + projected.x, y: box.y + projected.y }
}

interface PublishedFeature {
  geometry: { type: string; coordinates: unknown }
  properties: Record<string, unknown> & { layer: Layer; path: string }
}

/** The features of a GeoJSON text, once the validator has accepted it (it throws on anything invalid). */
function validFeatures(text: string): PublishedFeature[] {
  const parsed = check(text)
  if (parsed.type !== 'FeatureCollection') throw new Error(`not a FeatureCollection but a ${parsed.type}`)
  return parsed.features as unknown as PublishedFeature[]
}

async function geojson(query: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${siteUrl()}/mappa.geojson${query}`)
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
}

test.describe('maps', () => {
  let blocked: string[] = []
  test.beforeEach(async ({ page }) => {
    blocked = await offline(page)
  })
  test.afterEach(() => {
    expect(blocked, 'requests to other hosts').toEqual([])
  })

  test('/mappa draws every layer offline on a plain background, and the list has the same features', async ({ page }) => {
    await page.goto(`${siteUrl()}/mappa`)
    await expect(page.getByRole('heading', { level: 1, name: 'Mappa dei quartieri' })).toBeVisible()
    await mapReady(page)

    const canvas = page.locator('#mappa canvas.maplibregl-canvas')
    await expect(canvas).toBeVisible()
    await expect(canvas).toHaveAttribute('tabindex', '0')
    await expect(canvas).toHaveAccessibleName(/Mappa interattiva/)
    // No basemap configured: nothing to credit, nothing to apologise for.
    await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveCount(0)
    await expect(page.locator('[data-map-notice]')).toBeEmpty()

    const sources = await page.evaluate(
      async (layers) => {
        const map = (window as MapWindow).quartieriMaps![0]!
        const out: Record<string, { loaded: boolean; paths: string[] }> = {}
        for (const layer of layers) {
          const data = await map.getSource(layer)!.getData()
          out[layer] = { loaded: map.isSourceLoaded(layer), paths: data.features.map((f) => String(f.properties.path)) }
        }
        return out
      },
      [...LAYERS],
    )
    for (const layer of LAYERS) {
      expect(sources[layer]!.loaded, layer).toBe(true)
      const listed = await page.locator(`#mappa [data-map-layer="${layer}"] li[data-path]`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.path))
      expect(listed.length, layer).toBeGreaterThan(0)
      expect(sources[layer]!.paths.sort(), layer).toEqual([...listed].sort())
    }
    // Drawn, not only loaded: the boundaries and the lab venues are on the canvas.
    expect((await renderedPaths(page, ['quartieri-fill'])).length).toBeGreaterThan(0)
    expect(await renderedPaths(page, ['laboratori-point', 'laboratori-cluster'])).not.toEqual([])
    expect(sources.laboratori!.paths).toContain('/laboratori/ponte-lambro-laboratorio-renzo-piano')
    expect(sources.patti!.paths).toContain('/patti/piazzale-ferrara-spazio-comune')
  })

  test('layer checkboxes hide and show features on the map and in the list, and the address keeps them', async ({ page }) => {
    await page.goto(`${siteUrl()}/mappa`)
    await mapReady(page)
    const events = page.getByRole('checkbox', { name: 'Prossimi eventi' })
    const eventList = page.locator('#mappa [data-map-layer="eventi"]')
    const count = page.locator('#mappa [data-map-count]')
    const before = await count.textContent()
    await expect(events).toBeChecked()
    await expect(eventList).toBeVisible()
    expect(await renderedPaths(page, ['eventi-point', 'eventi-cluster'])).not.toEqual([])

    // By keyboard: Space on the focused checkbox.
    await events.focus()
    await page.keyboard.press('Space')
    await expect(events).not.toBeChecked()
    await expect(eventList).toBeHidden()
    await expect(count).not.toHaveText(before ?? '')
    await expect.poll(() => renderedPaths(page, ['eventi-point', 'eventi-cluster'])).toEqual([])
    expect(await renderedPaths(page, ['laboratori-point', 'laboratori-cluster'])).not.toEqual([])
    expect(new URL(page.url()).searchParams.getAll('livello')).toEqual(['quartieri', 'laboratori', 'progetti', 'patti'])

    // With the mouse, on the label: the design kit draws the box there over the real checkbox.
    await page.locator('label[for="mappa-layer-eventi"]').click()
    await expect(events).toBeChecked()
    await expect(eventList).toBeVisible()
    await expect(count).toHaveText(before ?? '')
    await expect.poll(() => renderedPaths(page, ['eventi-point', 'eventi-cluster'])).not.toEqual([])
    expect(new URL(page.url()).searchParams.getAll('livello')).toEqual([])

    // The address as the form sends it shows only those layers, drawn and listed.
    await page.goto(`${siteUrl()}/mappa?livello=laboratori`)
    await mapReady(page)
    await expect(page.getByRole('checkbox', { name: 'Laboratori' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Patti di collaborazione' })).not.toBeChecked()
    await expect(page.locator('#mappa [data-map-layer="patti"]')).toBeHidden()
    await expect(page.locator('#mappa [data-map-layer="laboratori"]')).toBeVisible()
    expect(await renderedPaths(page, ['patti-point', 'patti-cluster', 'eventi-point', 'eventi-cluster'])).toEqual([])
  })

  test('the neighbourhood filter limits map and list to one neighbourhood, without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    blocked = await offline(page)
    await page.goto(`${siteUrl()}/mappa`)
    await page.getByLabel('Quartiere', { exact: true }).selectOption({ label: 'Gratosoglio' })
    await page.locator('label[for="mappa-layer-eventi"]').click()
    await expect(page.getByRole('checkbox', { name: 'Prossimi eventi' })).not.toBeChecked()
    await page.getByRole('button', { name: 'Aggiorna' }).click()
    await expect(page).toHaveURL(/quartiere=gratosoglio/)
    await expect(page.locator('#mappa [data-map-layer="eventi"]')).toBeHidden()
    const links = await page.locator('#mappa-list li a').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')))
    expect(links).toContain('/quartieri/gratosoglio')
    expect(links).toContain('/laboratori/gratosoglio-torri-sud')
    expect(links).toContain('/patti/orti-condivisi-torri-gratosoglio')
    expect(links.filter((href) => /san-siro|mazzini|ponte-lambro|calvairate/.test(href ?? ''))).toEqual([])
    await context.close()
  })

  test('a click on a point or an area opens a popup that links to its page', async ({ page }) => {
    await page.goto(`${siteUrl()}/mappa?livello=quartieri&livello=laboratori`)
    await mapReady(page)

    // Ponte Lambro's lab, at its venue in via Rilke.
    const lab = await pointOnPage(page, [9.2627, 45.4398], 14)
    await page.mouse.click(lab.x, lab.y)
    const popup = page.locator('.maplibregl-popup')
    await expect(popup.locator('a[href="/laboratori/ponte-lambro-laboratorio-renzo-piano"]')).toBeVisible()
    await expect(popup.locator('a')).toHaveCount(1)

    // Inside San Siro's boundary, away from every point: the neighbourhood.
    const area = await pointOnPage(page, [9.149, 45.47], 14)
    await page.mouse.click(area.x, area.y)
    await expect(popup.locator('a[href="/quartieri/san-siro"]')).toBeVisible()
    await popup.locator('a[href="/quartieri/san-siro"]').click()
    await expect(page).toHaveURL(/\/quartieri\/san-siro$/)
    await expect(page.getByRole('heading', { level: 1, name: 'San Siro' })).toBeVisible()
  })

  test('the map works by keyboard: arrows move, + zooms, Enter opens what is at the centre', async ({ page }) => {
    await page.goto(`${siteUrl()}/mappa?livello=laboratori`)
    await mapReady(page)
    const canvas = page.locator('#mappa canvas.maplibregl-canvas')
    await pointOnPage(page, [9.2094, 45.4411], 13)
    await canvas.focus()
    await expect(canvas).toBeFocused()

    const zoom = () => page.evaluate(() => (window as MapWindow).quartieriMaps![0]!.getZoom())
    const centre = () => page.evaluate(() => (window as MapWindow).quartieriMaps![0]!.getCenter())
    const before = { zoom: await zoom(), centre: await centre() }
    await page.keyboard.press('+')
    await expect.poll(zoom).toBeGreaterThan(before.zoom + 0.5)
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await centre()).lng).toBeGreaterThan(before.centre.lng)

    // Back over Mazzini's lab, then Enter.
    await pointOnPage(page, [9.2094, 45.4411], 15)
    await canvas.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.maplibregl-popup a[href="/laboratori/mazzini-piazzale-ferrara"]')).toBeVisible()
  })

  test('/mappa.geojson: valid GeoJSON for every layer, lon/lat order, published records only, bad input a 400', async () => {
    const token = await loginAdmin()
    const neighbourhood = await neighbourhoodId(token, 'mazzini')
    const lab = (slug: string, status: 'draft' | 'published') =>
      rest('POST', `/api/laboratories${status === 'draft' ? '?draft=true' : ''}`, {
        token,
        body: {
          title: `Laboratorio ${slug}`,
          slug,
          neighbourhood,
          capacity: 20,
          phase: 'listening',
          venue: { name: 'Sede di prova', location: { lat: 45.4405, lng: 9.2101 } },
          _status: status,
        },
      })
    const draft = await lab('mappa-bozza-e2e', 'draft')
    const published = await lab('mappa-pubblicato-e2e', 'published')
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(published.status, JSON.stringify(published.body)).toBe(201)
    try {
      // The published one shows once the site is purged: the draft never does.
      await expect.poll(async () => (await geojson('?livello=laboratori')).text, { timeout: VISIBLE_WITHIN_MS }).toContain('/laboratori/mappa-pubblicato-e2e')
      const all = await geojson('')
      expect(all.text).not.toContain('mappa-bozza-e2e')
      expect((await sitePage('/mappa')).html).not.toContain('mappa-bozza-e2e')
      expect((await sitePage('/quartieri/mazzini')).html).not.toContain('mappa-bozza-e2e')

      for (const layer of LAYERS) {
        const res = await geojson(`?livello=${layer}`)
        expect(res.status, layer).toBe(200)
        expect(res.type, layer).toContain('application/geo+json')
        const features = validFeatures(res.text)
        expect(features.length, layer).toBeGreaterThan(0)
        for (const feature of features) {
          expect(feature.properties.layer).toBe(layer)
          expect(feature.properties.path).toMatch(/^\/(quartieri|laboratori|eventi|progetti|patti)\/[a-z0-9-]+$/)
          // Milan: longitude about 9.1–9.3 first, latitude about 45.4–45.5 second.
          const positions = JSON.stringify(feature.geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []
          for (const position of positions) {
            const [lng, lat] = position.split(',').map(Number) as [number, number]
            expect(lng).toBeGreaterThan(9)
            expect(lng).toBeLessThan(9.4)
            expect(lat).toBeGreaterThan(45.35)
            expect(lat).toBeLessThan(45.5)
          }
        }
      }
      expect(new Set(validFeatures(all.text).map((f) => f.properties.layer))).toEqual(new Set(LAYERS))

      expect(validFeatures((await geojson('?livello=laboratori&quartiere=gratosoglio')).text).map((f) => f.properties.path)).toEqual(['/laboratori/gratosoglio-torri-sud'])
      expect((await fetch(`${siteUrl()}/en/mappa.geojson?livello=patti`)).status).toBe(200)

      const bad = await geojson('?livello=strade')
      expect(bad.status).toBe(400)
      const message = JSON.parse(bad.text) as { errore: string; error: string; parametro: string }
      expect(message.parametro).toBe('livello')
      expect(message.errore).toContain('Il livello «strade» non esiste')
      expect(message.error).toContain('There is no layer «strade»')
      for (const query of ['?quartiere=..%2Fetc', `?livello=${'x'.repeat(5_000)}`, '?livello=eventi&livello=%3Cscript%3E']) expect((await geojson(query)).status, query).toBe(400)
    } finally {
      for (const res of [draft, published]) if (res.body?.doc?.id) await rest('DELETE', `/api/laboratories/${res.body.doc.id}`, { token })
    }
  })

  test('/mappa with a bad layer is a 400 page in the reader’s language', async ({ page }) => {
    const it = await page.goto(`${siteUrl()}/mappa?livello=strade`)
    expect(it?.status()).toBe(400)
    await expect(page.getByText('Il livello «strade» non esiste')).toBeVisible()
    const en = await page.goto(`${siteUrl()}/en/mappa?livello=strade`)
    expect(en?.status()).toBe(400)
    await expect(page.getByText('There is no layer «strade»')).toBeVisible()
  })

  test('pages without a map ship at most 20 KB of JavaScript (gzip) and never MapLibre', async ({ page }) => {
    const weights: Record<string, number> = {}
    let requested: string[] = []
    let scripts: Array<Promise<number>> = []
    page.on('request', (request) => requested.push(request.url()))
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length))
    })
    for (const path of ['/', '/quartieri', '/laboratori', '/eventi', '/patti', '/laboratori/san-siro-biblioteca-di-quartiere']) {
      requested = []
      scripts = []
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
      // Down to the bottom, in case anything waits to be scrolled to.
      await page.mouse.wheel(0, 20_000)
      await page.waitForTimeout(300)
      weights[path] = (await Promise.all(scripts)).reduce((a, b) => a + b, 0)
      expect(requested.filter(isMapLibrary), path).toEqual([])
      expect(weights[path], path).toBeLessThanOrEqual(JS_BUDGET_BYTES)
    }
    test.info().annotations.push({ type: 'JavaScript (gzip bytes)', description: JSON.stringify(weights) })
    console.log('JavaScript weight of pages without a map (gzip bytes):', weights)
  })

  test('MapLibre is its own chunk, fetched only once the map scrolls into view', async ({ page }) => {
    // The map at the bottom of a neighbourhood's page, below the fold.
    const requested: string[] = []
    const scripts: Array<Promise<{ url: string; gzip: number }>> = []
    page.on('request', (request) => requested.push(request.url()))
    page.on('response', (response) => {
      const type = response.request().resourceType()
      if (type === 'script' && response.url().startsWith(siteUrl())) scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length })))
    })
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(`${siteUrl()}/quartieri/san-siro`, { waitUntil: 'networkidle' })
    const box = await page.locator('#mappa-quartiere [data-map-canvas]').boundingBox()
    expect(box!.y).toBeGreaterThan(720)
    await page.waitForTimeout(500)
    expect(requested.filter(isMapLibrary)).toEqual([])
    const upFront = (await Promise.all(scripts)).reduce((sum, s) => sum + s.gzip, 0)
    expect(upFront).toBeLessThanOrEqual(JS_BUDGET_BYTES)

    await mapReady(page, 'mappa-quartiere')
    expect(requested.filter(isMapLibrary).length).toBeGreaterThan(0)
    const loaded = await Promise.all(scripts)
    const library = loaded.filter((s) => isMapLibrary(s.url)).reduce((sum, s) => sum + s.gzip, 0)
    test.info().annotations.push({ type: 'JavaScript (gzip bytes)', description: JSON.stringify({ upFront, mapLibrary: library }) })
    console.log('JavaScript of a map page (gzip bytes): up front', upFront, '+ map library on scroll', library)

    // /mappa below the fold of a short window: the same.
    requested.length = 0
    await page.setViewportSize({ width: 1280, height: 360 })
    await page.goto(`${siteUrl()}/mappa`, { waitUntil: 'networkidle' })
    expect((await page.locator('#mappa [data-map-canvas]').boundingBox())!.y).toBeGreaterThan(360)
    expect(requested.filter(isMapLibrary)).toEqual([])
    await mapReady(page)
    expect(requested.filter(isMapLibrary).length).toBeGreaterThan(0)
  })

  test('a neighbourhood’s map is framed on its boundary and shows its own places', async ({ page }) => {
    await page.goto(`${siteUrl()}/quartieri/gratosoglio`)
    await expect(page.getByRole('heading', { level: 2, name: 'Sulla mappa' })).toBeVisible()
    await mapReady(page, 'mappa-quartiere')
    const [own] = validFeatures((await geojson('?livello=quartieri&quartiere=gratosoglio')).text)
    expect(own?.geometry.type).toBe('Polygon')
    const boundary = (own!.geometry.coordinates as number[][][])[0]!
    const framed = await page.evaluate((ring) => {
      const map = (window as MapWindow).quartieriMaps![0]!
      return ring.every((p) => map.getBounds().contains([p[0]!, p[1]!]))
    }, boundary)
    expect(framed).toBe(true)
    const links = await page.locator('#mappa-quartiere-list li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toContain('/laboratori/gratosoglio-torri-sud')
    expect(links.filter((href) => /san-siro|mazzini|ponte-lambro|calvairate/.test(href ?? ''))).toEqual([])
    expect(await renderedPaths(page, ['quartieri-fill'])).toEqual(['/quartieri/gratosoglio'])
    await expect(page.getByRole('link', { name: 'La mappa di tutti i quartieri' })).toHaveAttribute('href', '/mappa?quartiere=gratosoglio')
  })

  test('a basemap is drawn with its credits when it loads, and the overlays stay when it cannot', async ({ page }) => {
    // A loopback address that nothing serves: the browser's requests are answered here, the site's fail at once.
    const styleUrl = 'http://127.0.0.1:9/quartieri-e2e-style.json'
    const token = await loginAdmin()
    const set = (mapStyleUrl: string | null) => rest('POST', '/api/globals/settings', { token, body: { mapStyleUrl } })
    expect((await set(styleUrl)).status).toBe(200)
    try {
      const serveStyle = (route: Route) =>
        route.fulfill({
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: JSON.stringify({
            version: 8,
            sources: { prova: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: '© Mappa di base di prova' } },
            layers: [
              { id: 'terra', type: 'background', paint: { 'background-color': '#dfe8da' } },
              { id: 'prova', type: 'fill', source: 'prova' },
            ],
          }),
        })
      await page.route(styleUrl, serveStyle)
      await expect
        .poll(async () => (await page.goto(`${siteUrl()}/mappa`))?.headers()['content-security-policy'] ?? '', { timeout: VISIBLE_WITHIN_MS })
        .toContain("connect-src 'self' http://127.0.0.1:9")
      await mapReady(page)
      await expect(page.locator('#mappa .maplibregl-ctrl-attrib')).toContainText('© Mappa di base di prova')
      await expect(page.locator('[data-map-notice]')).toBeEmpty()
      expect((await renderedPaths(page, ['quartieri-fill'])).length).toBeGreaterThan(0)

      await page.unroute(styleUrl)
      await page.route(styleUrl, (route) => route.abort('connectionrefused'))
      await page.reload()
      await mapReady(page)
      await expect(page.locator('[data-map-notice]')).toHaveText('Mappa di base non disponibile: sono disegnati solo confini e punti.')
      await expect(page.locator('#mappa .maplibregl-ctrl-attrib')).toHaveCount(0)
      expect((await renderedPaths(page, ['quartieri-fill'])).length).toBeGreaterThan(0)

      // A neighbourhood's page names the basemap's hosts in its policy too, and credits the basemap.
      await page.unroute(styleUrl)
      await page.route(styleUrl, serveStyle)
      await expect
        .poll(async () => (await page.goto(`${siteUrl()}/quartieri/san-siro`))?.headers()['content-security-policy'] ?? '', { timeout: VISIBLE_WITHIN_MS })
        .toContain("connect-src 'self' http://127.0.0.1:9")
      await mapReady(page, 'mappa-quartiere')
      await expect(page.locator('#mappa-quartiere .maplibregl-ctrl-attrib')).toContainText('© Mappa di base di prova')
      await expect(page.locator('#mappa-quartiere [data-map-notice]')).toBeEmpty()
      expect(await renderedPaths(page, ['quartieri-fill'])).toEqual(['/quartieri/san-siro'])
    } finally {
      expect((await set(null)).status).toBe(200)
    }
  })

  test('axe-core finds no WCAG 2.1 AA violation on the maps, drawn and with a popup open', async ({ page }) => {
    const axe = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    }
    for (const path of ['/mappa', '/en/mappa', '/mappa?quartiere=mazzini&livello=laboratori']) {
      await page.goto(`${siteUrl()}${path}`)
      await mapReady(page)
      expect(await axe(), path).toEqual([])
    }
    const lab = await pointOnPage(page, [9.2094, 45.4411], 15)
    await page.mouse.click(lab.x, lab.y)
    await expect(page.locator('.maplibregl-popup')).toBeVisible()
    expect(await axe(), 'popup open').toEqual([])

    await page.goto(`${siteUrl()}/quartieri/san-siro`)
    await mapReady(page, 'mappa-quartiere')
    expect(await axe(), '/quartieri/san-siro').toEqual([])
  })
})
