import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A real HTTP server on loopback stands in for the CMS; what it answers is switched by each test.
let answer: { status: number; body: unknown; delayMs?: number; headers?: Record<string, string> } = { status: 200, body: {} }
/** The query of each request the stand-in CMS was sent. */
const asked: URLSearchParams[] = []
const server = http.createServer((req, res) => {
  asked.push(new URL(req.url ?? '/', 'http://cms').searchParams)
  const { status, body, delayMs = 0, headers = {} } = answer
  setTimeout(() => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }, delayMs).unref()
})

let cms: typeof import('./cms.ts')
let cache: typeof import('./cache.ts')
let neighbourhoods: typeof import('../neighbourhoods/cms.ts')

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { loadConfig } = await import('./config.ts')
  loadConfig({ CMS_INTERNAL_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, CMS_TIMEOUT_MS: '300', SITE_STALE_IF_ERROR_SECONDS: '1' })
  cms = await import('./cms.ts')
  cache = await import('./cache.ts')
  neighbourhoods = await import('../neighbourhoods/cms.ts')
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('reading the CMS when it cannot answer', () => {
  it('falls back to the last good answer for a while after a timeout or a 5xx, and says so as an error after that', async () => {
    answer = { status: 200, body: { cityName: 'Comune di Prova' } }
    expect((await cms.getSettings()).cityName).toBe('Comune di Prova')

    // Purged, then the CMS is too slow, then failing: the page still gets the settings it had.
    cache.purgeAll()
    answer = { status: 200, body: { cityName: 'Troppo tardi' }, delayMs: 1_000 }
    expect((await cms.getSettings()).cityName).toBe('Comune di Prova')
    answer = { status: 503, body: {} }
    expect((await cms.getSettings()).cityName).toBe('Comune di Prova')

    // Past the allowed age, the outage is reported.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await expect(cms.getSettings()).rejects.toBeInstanceOf(cms.CmsUnavailableError)
  })

  it('never falls back when the CMS answers that something is not there (4xx)', async () => {
    answer = { status: 200, body: { docs: [], totalDocs: 0, page: 1, totalPages: 1 } }
    expect(await neighbourhoods.getNeighbourhood('non-ancora', 'it')).toBeNull()
    cache.purgeAll()
    answer = { status: 403, body: {} }
    await expect(neighbourhoods.getNeighbourhood('non-ancora', 'it')).rejects.toThrow(/CMS answered 403/)
  })
})

describe("reading documents in the reader's language", () => {
  const neighbourhood = {
    id: 1,
    name: 'San Siro',
    slug: 'san-siro',
    summary: { it: 'Quartiere a ovest.', en: 'A neighbourhood in the west.' },
    descriptionHtml: { it: '<p>Testo</p>', en: null },
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('asks the CMS once for every locale and gives each language its texts, the untranslated ones in Italian, recorded', async () => {
    cache.purgeAll()
    asked.length = 0
    answer = { status: 200, body: { docs: [neighbourhood], totalDocs: 1, page: 1, totalPages: 1 } }
    const { langOf } = await import('./i18n/content.ts')
    const en = await neighbourhoods.getNeighbourhood('san-siro', 'en')
    const it = await neighbourhoods.getNeighbourhood('san-siro', 'it')
    expect(asked).toHaveLength(1)
    expect(asked[0]!.get('locale')).toBe('all')
    expect(asked[0]!.has('draft')).toBe(false)
    expect(en).toMatchObject({ summary: 'A neighbourhood in the west.', descriptionHtml: '<p>Testo</p>' })
    expect(langOf(en, 'summary')).toBeUndefined()
    expect(langOf(en, 'descriptionHtml')).toBe('it')
    expect(it).toMatchObject({ summary: 'Quartiere a ovest.', descriptionHtml: '<p>Testo</p>' })
    expect(langOf(it, 'descriptionHtml')).toBeUndefined()
  })

  it('takes a translation that does not fit the schema for an unexpected answer', async () => {
    cache.purgeAll()
    answer = { status: 200, body: { docs: [{ ...neighbourhood, slug: 'altro', summary: { it: 'Va bene.', en: 42 } }], totalDocs: 1, page: 1, totalPages: 1 } }
    await expect(neighbourhoods.getNeighbourhood('altro', 'it')).rejects.toBeInstanceOf(cms.CmsUnavailableError)
  })

  it('never sends the CMS a draft or a single locale, whatever asks', () => {
    expect(() => cms.assertPublicQuery([['draft', 'true']])).toThrow(/drafts/)
    expect(() =>
      cms.assertPublicQuery([
        ['where[_status][equals]', 'published'],
        ['draft', 'false'],
      ]),
    ).toThrow(/drafts/)
    expect(() => cms.assertPublicQuery([['locale', 'en']])).toThrow(/every locale/)
    expect(() => cms.assertPublicQuery([['locale', 'it']])).toThrow(/every locale/)
    expect(() => cms.assertPublicQuery([['fallback-locale', 'it']])).toThrow(/every locale/)
    expect(() =>
      cms.assertPublicQuery([
        ['locale', 'all'],
        ['where[slug][equals]', 'en'],
      ]),
    ).not.toThrow()
  })
})

describe('posting a form to the CMS', () => {
  it('gives up by the deadline when the CMS does not answer, as an outage', async () => {
    answer = { status: 202, body: { code: 'received' }, delayMs: 2_000 }
    const started = Date.now()
    await expect(cms.postForm('/api/registrations/sign-up', { email: 'a@example.org' }, '192.0.2.1', Date.now() + 300)).rejects.toBeInstanceOf(cms.CmsUnavailableError)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('takes a 5xx for an outage and passes a 429 on with its Retry-After', async () => {
    answer = { status: 500, body: { code: 'oops' } }
    await expect(cms.postForm('/api/registrations/sign-up', {}, '192.0.2.1')).rejects.toBeInstanceOf(cms.CmsUnavailableError)
    answer = { status: 202, body: { code: 'received' } }
    expect(await cms.postForm('/api/registrations/sign-up', {}, '192.0.2.1')).toMatchObject({ status: 202, code: 'received' })
    answer = { status: 429, body: { code: 'rate-limited' }, headers: { 'retry-after': '42' } }
    expect(await cms.postForm('/api/registrations/sign-up', {}, '192.0.2.1')).toMatchObject({ status: 429, code: 'rate-limited', retryAfter: 42 })
  })

  it('beforeDeadline rejects late work as an outage and lets timely work through', async () => {
    await expect(cms.beforeDeadline(new Promise((resolve) => setTimeout(resolve, 500)), Date.now() + 50, 'slow')).rejects.toBeInstanceOf(cms.CmsUnavailableError)
    expect(await cms.beforeDeadline(Promise.resolve(7), Date.now() + 50, 'quick')).toBe(7)
  })
})
