import http from 'node:http'
import { expect, test } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'

// Pages, feeds, the sitemap and the open data write absolute URLs: they must come from SITE_URL, whatever Host or
// X-Forwarded-Host a request names, so that one request for a foreign host cannot fill the cache for everyone.
const FOREIGN = 'evil.example'

/** The demo data's documents that the pages below show. */
const PACT = 'cortile-via-abbiati'
const NEIGHBOURHOOD = 'san-siro'
const EVENT = 'san-siro-biblioteca-di-quartiere-incontro-1'

/** Every kind of answer that holds an absolute URL of the site: pages (permalink, citation, feed links), feeds, sitemap, JSON. */
const TARGETS = [
  '/sitemap.xml',
  '/robots.txt',
  `/patti/${PACT}`,
  `/en/patti/${PACT}`,
  '/patti.json',
  '/en/patti.json',
  `/patti/${PACT}.json`,
  '/patti.csv',
  '/eventi',
  '/en/eventi',
  '/eventi?vista=mese',
  `/eventi/${EVENT}`,
  '/eventi.ics',
  `/eventi/${EVENT}.ics`,
  `/quartieri/${NEIGHBOURHOOD}`,
  `/quartieri/${NEIGHBOURHOOD}/eventi.ics`,
  '/',
  '/en',
]

/** A GET with the headers given (Host included), as a client that lies about them sends it. */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string; cache: string }> {
  const url = new URL(path, siteUrl())
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path: url.pathname + url.search, headers: { host: url.host, ...headers }, timeout: 30_000 }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, cache: String(res.headers['x-cache'] ?? '') }))
    })
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)))
    req.on('error', reject)
    req.end()
  })
}

/** Empties the site's caches, as the CMS does after a publish: the next request for each page renders it. */
async function purgeSiteCache() {
  const secret = (JSON.parse(process.env.E2E_PORTAL_ENV ?? '{}') as Record<string, string>).PURGE_SECRET ?? process.env.PURGE_SECRET
  const res = await fetch(new URL('/api/cache/purge', siteUrl()), {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: '{}',
  })
  expect(res.status).toBe(200)
}

test('a foreign Host or X-Forwarded-Host never reaches a page, feed, sitemap or JSON, fresh or cached', async () => {
  test.setTimeout(120_000)
  await purgeSiteCache()
  const own = new URL(siteUrl()).origin
  const lies: Array<Record<string, string>> = [
    { host: FOREIGN },
    { host: `${FOREIGN}:8443` },
    { 'x-forwarded-host': FOREIGN, 'x-forwarded-proto': 'https' },
    { host: FOREIGN, 'x-forwarded-host': `${FOREIGN}, other.example`, forwarded: `host=${FOREIGN};proto=https` },
  ]
  // The first request for each target is a lying one, so that it is the one the site renders and keeps.
  for (const path of TARGETS) {
    for (const headers of lies) {
      const answer = await get(path, headers)
      expect(answer.status, `${path} with ${JSON.stringify(headers)}`).toBe(200)
      expect(answer.body, `${path} with ${JSON.stringify(headers)}`).not.toContain(FOREIGN)
    }
  }
  for (const path of TARGETS) {
    const answer = await get(path, {})
    expect(answer.status, path).toBe(200)
    expect(answer.cache, `${path} is served from the cache the lying requests filled`).toBe('HIT')
    expect(answer.body, path).not.toContain(FOREIGN)
  }
  // The absolute URLs there are, are the configured address's.
  const sitemap = (await get('/sitemap.xml', { host: FOREIGN })).body
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  expect(locs.length).toBeGreaterThan(10)
  for (const loc of locs) expect(loc.startsWith(`${own}/`), loc).toBe(true)
  const pact = (await get(`/patti/${PACT}`, { host: FOREIGN })).body
  expect(pact).toContain(`${own}/patti/${PACT}`)
  const registry = JSON.parse((await get('/patti.json', { 'x-forwarded-host': FOREIGN })).body) as { patti: Array<{ url: string }> }
  for (const record of registry.patti) expect(record.url.startsWith(`${own}/`), record.url).toBe(true)
  const calendar = (await get('/eventi', { host: FOREIGN })).body
  expect(calendar).toContain(`${own}/eventi.ics`)
  expect((await get('/robots.txt', { host: FOREIGN })).body).toContain(`Sitemap: ${own}/sitemap.xml`)
})

test('a request for a foreign absolute URL gets a 400, in Italian, and fills no cache', async () => {
  const url = new URL(siteUrl())
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, path: `http://${FOREIGN}/sitemap.xml`, headers: { host: FOREIGN } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
  expect(answer.status).toBe(400)
  expect(answer.body).toContain('Indirizzo della richiesta non valido')
  expect((await get('/sitemap.xml', {})).body).not.toContain(FOREIGN)
})
