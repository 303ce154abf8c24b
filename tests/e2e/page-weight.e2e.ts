import http from 'node:http'
import zlib from 'node:zlib'
import { expect, test } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'
import { CONTENT_PAGES } from '../support/demo-pages.ts'

// What a visitor downloads: every page, feed, export and built file comes compressed to a client that takes it, and
// a first visit to a page stays within the weight DESIGN §6 sets (HTML, CSS, scripts and fonts, as transferred).

interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  /** The bytes as they came over the wire, still encoded. */
  wire: Buffer
}

/** A GET with exactly these headers (Node's fetch would ask for and undo compression itself). */
function rawGet(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, siteUrl()), { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, wire: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

function decoded(answer: RawAnswer): Buffer {
  const encoding = answer.headers['content-encoding']
  if (encoding === 'br') return zlib.brotliDecompressSync(answer.wire)
  if (encoding === 'gzip') return zlib.gunzipSync(answer.wire)
  expect(encoding, 'no other encoding is offered').toBeUndefined()
  return answer.wire
}

const CHROME_ACCEPT = 'gzip, deflate, br, zstd'

test('a page comes in brotli or gzip as the client asks, the same page as uncompressed, and a hit serves the kept copy', async () => {
  const path = '/quartieri/san-siro'
  const plain = await rawGet(path)
  expect(plain.status).toBe(200)
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.headers.vary?.toLowerCase()).toContain('accept-encoding')
  const html = plain.wire.toString('utf8')
  expect(html).toContain('San Siro')

  // Chrome lists gzip first with the same weight: brotli, smaller, is chosen.
  const br = await rawGet(path, { 'accept-encoding': CHROME_ACCEPT })
  expect(br.headers['content-encoding']).toBe('br')
  expect(Number(br.headers['content-length'])).toBe(br.wire.length)
  expect(br.wire.length).toBeLessThan(plain.wire.length / 3)
  expect(decoded(br).toString('utf8')).toBe(html)
  const again = await rawGet(path, { 'accept-encoding': CHROME_ACCEPT })
  expect(again.headers['x-cache']).toBe('HIT')
  expect(again.wire.equals(br.wire)).toBe(true)

  const gzip = await rawGet(path, { 'accept-encoding': 'br;q=0, gzip' })
  expect(gzip.headers['content-encoding']).toBe('gzip')
  expect(decoded(gzip).toString('utf8')).toBe(html)
  const refused = await rawGet(path, { 'accept-encoding': 'identity' })
  expect(refused.headers['content-encoding']).toBeUndefined()
  expect(refused.wire.toString('utf8')).toBe(html)

  // HEAD names the same length as the GET it stands for.
  const head = await rawGet(path, { 'accept-encoding': 'br' }, 'HEAD')
  expect(head.headers['content-encoding']).toBe('br')
  expect(head.headers['content-length']).toBe(br.headers['content-length'])
  expect(head.wire.length).toBe(0)
})

test('feeds and exports come compressed and still parse', async () => {
  for (const [path, check] of [
    ['/patti.csv', (text: string) => expect(text.split('\n')[0]).toContain('codice')],
    ['/patti.json', (text: string) => expect(JSON.parse(text).totale).toBeGreaterThan(0)],
    ['/trasparenza.json', (text: string) => expect(Object.keys(JSON.parse(text)).length).toBeGreaterThan(0)],
    ['/mappa.geojson', (text: string) => expect(JSON.parse(text).type).toBe('FeatureCollection')],
    ['/eventi.ics', (text: string) => expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true)],
    ['/sitemap.xml', (text: string) => expect(text).toContain('<urlset')],
  ] as const) {
    const answer = await rawGet(path, { 'accept-encoding': 'br, gzip' })
    expect(answer.status, path).toBe(200)
    expect(answer.headers['content-encoding'], path).toBe('br')
    check(decoded(answer).toString('utf8'))
  }
})

test('a form’s answer, which is never kept, comes compressed too', async () => {
  const answer = await rawGet(
    '/eventi/san-siro-assemblea-pubblica-biblioteca',
    { 'accept-encoding': 'gzip', 'content-type': 'application/x-www-form-urlencoded', origin: new URL(siteUrl()).origin },
    'POST',
    'locale=it&name=&email=',
  )
  expect(answer.status).toBe(400)
  expect(answer.headers['content-encoding']).toBe('gzip')
  expect(decoded(answer).toString('utf8')).toContain('Controlla i campi indicati')
})

test('built files are sent precompressed, kept by browsers for a year, and the same bytes once decoded', async () => {
  const home = (await rawGet('/')).wire.toString('utf8')
  const stylesheet = home.match(/href="(\/_astro\/[^"]+\.css)"/)?.[1]
  expect(stylesheet, 'the home page links its stylesheet').toBeTruthy()
  const plain = await rawGet(stylesheet!)
  expect(plain.status).toBe(200)
  expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(plain.headers['content-type']).toContain('text/css')
  expect(plain.headers['x-content-type-options']).toBe('nosniff')
  for (const [accept, encoding] of [
    [CHROME_ACCEPT, 'br'],
    ['gzip', 'gzip'],
  ]) {
    const answer = await rawGet(stylesheet!, { 'accept-encoding': accept! })
    expect(answer.headers['content-encoding']).toBe(encoding)
    expect(answer.headers.vary).toContain('Accept-Encoding')
    expect(decoded(answer).equals(plain.wire)).toBe(true)
    // A browser that holds it is told so without the file.
    const revalidated = await rawGet(stylesheet!, { 'accept-encoding': accept!, 'if-none-match': String(answer.headers.etag) })
    expect(revalidated.status).toBe(304)
  }
  // Files outside /_astro/ keep their name across versions: cached for an hour only.
  const icon = await rawGet('/favicon.svg', { 'accept-encoding': 'br' })
  expect(icon.status).toBe(200)
  expect(icon.headers['cache-control']).toBe('public, max-age=3600')
})

/** Content pages of every kind, as the demo data fills them. */
const WEIGHED_PAGES = [...CONTENT_PAGES, '/privacy', '/accessibilita', '/en/quartieri/san-siro']
const MAP_PAGES = ['/mappa']
const PAGE_BUDGET_BYTES = 100 * 1024
const MAP_PAGE_BUDGET_BYTES = 550 * 1024
const CSS_BUDGET_BYTES = 30 * 1024
const COUNTED = new Set(['document', 'stylesheet', 'script', 'font'])

test('a first visit to any content page transfers at most 100 KB of HTML, CSS, scripts and fonts, a map page 550 KB', async ({ browser }) => {
  test.setTimeout(120_000)
  const over: string[] = []
  for (const path of [...WEIGHED_PAGES, ...MAP_PAGES]) {
    // A new context each time: an empty browser cache, as on a first visit.
    const context = await browser.newContext()
    const page = await context.newPage()
    const transfers: Array<Promise<{ type: string; url: string; bytes: number }>> = []
    context.on('requestfinished', (request) => {
      const type = request.resourceType()
      if (!COUNTED.has(type)) return
      transfers.push(request.sizes().then((sizes) => ({ type, url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })))
    })
    const response = await page.goto(new URL(path, siteUrl()).toString())
    expect(response?.status(), path).toBe(200)
    await page.waitForLoadState('networkidle')
    const all = await Promise.all(transfers)
    await context.close()
    const total = all.reduce((sum, t) => sum + t.bytes, 0)
    const css = all.filter((t) => t.type === 'stylesheet').reduce((sum, t) => sum + t.bytes, 0)
    const budget = MAP_PAGES.includes(path) ? MAP_PAGE_BUDGET_BYTES : PAGE_BUDGET_BYTES
    // Fonts are counted: a page that sets text in a face fetches it.
    expect(
      all.some((t) => t.type === 'font'),
      `${path} fetches its fonts`,
    ).toBe(true)
    expect(
      all.some((t) => t.type === 'document'),
      `${path} counted its HTML`,
    ).toBe(true)
    test.info().annotations.push({ type: 'weight', description: `${path}: ${(total / 1024).toFixed(1)} KB, CSS ${(css / 1024).toFixed(1)} KB` })
    if (total > budget) over.push(`${path}: ${Math.round(total / 1024)} KB (${all.map((t) => `${t.url.split('/').pop()} ${t.bytes}`).join(', ')})`)
    if (css > CSS_BUDGET_BYTES) over.push(`${path}: CSS ${Math.round(css / 1024)} KB`)
  }
  expect(over).toEqual([])
})
