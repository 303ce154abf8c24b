import http from 'node:http'
import { expect, test } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'

// One route file per page, whatever the language: /en/… is answered by the route of /…, in English. Every Italian
// route that has an English twin answers there with the same status, in English; the page cache never answers one
// language for the other; prefixes that are no language of the site, and odd paths, are never a 5xx.

const TOKEN = 'Tq3x9ZrV0a-Lm2Ns8Pd4Kc7Wb1Ye6Hf5Jg0Uo3Ri2Ex'

/** The Italian pages that have an English twin, with the demo data's slugs, errors (400, 404) included. */
const PAGES = [
  '/',
  '/quartieri',
  '/quartieri/san-siro',
  '/quartieri?pagina=2',
  '/quartieri?pagina=-1',
  '/quartieri/non-esiste',
  '/laboratori',
  '/laboratori/gratosoglio-torri-sud',
  '/laboratori?fase=xx',
  '/eventi',
  '/eventi?vista=mese&mese=2027-03',
  '/eventi?da=zz',
  '/eventi/san-siro-biblioteca-di-quartiere-incontro-1',
  '/patti',
  '/patti?q=orti',
  '/patti?anno=x',
  '/patti/cortile-via-abbiati',
  '/patti/dizionario-dati',
  '/progetti/orti-torri-impianto',
  '/risultati',
  '/risultati/laboratori-di-quartiere-2017-2018',
  '/contributi',
  '/contributi?anno=2019',
  '/trasparenza',
  '/trasparenza/voci',
  '/mappa',
  '/mappa?livello=xx',
  '/privacy',
  '/accessibilita',
  '/iscrizione/conferma',
  `/iscrizione/annulla?token=${TOKEN}`,
  '/non-esiste',
]

/** The data endpoints that have an English twin: the same data (not translated) at both addresses. */
const DATA = [
  '/contributi.csv',
  '/contributi.csv?anno=2019',
  '/trasparenza.csv',
  '/trasparenza.json',
  '/mappa.geojson',
  '/mappa.geojson?livello=patti',
  '/mappa.geojson?livello=zz',
  '/patti.csv',
  '/patti.json',
  '/patti.json?anno=zz',
]

const english = (path: string) => (path === '/' ? '/en' : path.startsWith('/?') ? `/en${path.slice(1)}` : `/en${path}`)

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** A request sent as written (no URL normalisation of `//`, `%2e%2e` or case on the way). */
function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(siteUrl())
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, method: options.method ?? 'GET', path, headers: { host: url.host, ...options.headers }, timeout: 30_000 },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`${options.method ?? 'GET'} ${path} timed out`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

const htmlTag = (body: string) => /<html[^>]*>/.exec(body)?.[0] ?? ''
const SKIP_LINK = { it: 'Vai al contenuto principale', en: 'Skip to main content' }

async function purgeSiteCache() {
  const secret = (JSON.parse(process.env.E2E_PORTAL_ENV ?? '{}') as Record<string, string>).PURGE_SECRET ?? process.env.PURGE_SECRET
  const res = await fetch(new URL('/api/cache/purge', siteUrl()), {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: '{}',
  })
  expect(res.status).toBe(200)
}

test('every Italian page answers at /en/… with the same status, in English, linked to its Italian twin', async () => {
  test.setTimeout(180_000)
  for (const path of PAGES) {
    const [it, en] = [await request(path), await request(english(path))]
    expect(en.status, english(path)).toBe(it.status)
    expect(it.status, path).toBeLessThan(500)
    expect(htmlTag(it.body), path).toBe('<html lang="it" dir="ltr">')
    expect(htmlTag(en.body), english(path)).toBe('<html lang="en" dir="ltr">')
    expect(it.body, path).toContain(SKIP_LINK.it)
    expect(en.body, english(path)).toContain(SKIP_LINK.en)
    expect(en.body, english(path)).not.toContain(SKIP_LINK.it)
    expect(en.headers['cache-control'], english(path)).toBe(it.headers['cache-control'])
    expect(en.headers['content-type'], english(path)).toBe(it.headers['content-type'])
    const pathname = path.split('?')[0]!
    expect(it.body, path).toContain(`<link rel="alternate" hreflang="en" href="${english(pathname)}">`)
    expect(en.body, english(path)).toContain(`<link rel="alternate" hreflang="it" href="${pathname}">`)
    // The menu stays in the page's language.
    expect(en.body, english(path)).toContain('href="/en/patti"')
    expect(en.body, english(path)).not.toMatch(/<a href="\/patti"/)
  }
})

test('every data endpoint with an English twin answers the same data there', async () => {
  for (const path of DATA) {
    const [it, en] = [await request(path), await request(english(path))]
    expect(en.status, english(path)).toBe(it.status)
    expect(en.headers['content-type'], english(path)).toBe(it.headers['content-type'])
    expect(en.headers['cache-control'], english(path)).toBe(it.headers['cache-control'])
    expect(en.headers['access-control-allow-origin'], english(path)).toBe(it.headers['access-control-allow-origin'])
    const withoutTime = (body: string) => body.replace(/"generato_il":"[^"]*"/g, '').replaceAll('/en/patti/dizionario-dati', '/patti/dizionario-dati')
    expect(withoutTime(en.body), english(path)).toBe(withoutTime(it.body))
  }
  // The registry's exports point to the data dictionary in the language they were asked in.
  const en = await request('/en/patti.json')
  expect(en.headers.link).toContain('/en/patti/dizionario-dati>; rel="describedby"')
  expect(JSON.parse(en.body).dizionario).toMatch(/\/en\/patti\/dizionario-dati$/)
  expect((await request('/patti.json')).headers.link).not.toContain('/en/')
})

test('the page cache keeps each language apart, and a purge empties both', async () => {
  await purgeSiteCache()
  // What is stored in the seconds after a purge lives only briefly: past them, a page stays long enough to be hit.
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  for (const path of ['/patti', '/quartieri/san-siro', '/eventi?vista=mese', '/non-esiste', '/']) {
    const rounds: Array<[string, 'it' | 'en', string]> = [
      [path, 'it', 'MISS'],
      [english(path), 'en', 'MISS'],
      [path, 'it', 'HIT'],
      [english(path), 'en', 'HIT'],
    ]
    for (const [target, language, cache] of rounds) {
      const answer = await request(target)
      expect(String(answer.headers['x-cache']).toUpperCase(), `${target} (${language})`).toBe(cache)
      expect(htmlTag(answer.body), target).toContain(`lang="${language}"`)
      expect(answer.body, target).toContain(SKIP_LINK[language])
    }
  }
  await purgeSiteCache()
  for (const target of ['/patti', '/en/patti']) expect(String((await request(target)).headers['x-cache']).toUpperCase(), target).toBe('MISS')
})

test('a prefix that is no language of the site, the Italian one, or two of them, is a plain 404', async () => {
  const cases: Array<[string, 'it' | 'en']> = [
    ['/xx/patti', 'it'],
    ['/xx', 'it'],
    ['/EN/patti', 'it'],
    ['/en-GB/patti', 'it'],
    ['/ar/patti', 'it'],
    // Italian pages have one address, the unprefixed one: /it/… is a 404, not a redirect.
    ['/it', 'it'],
    ['/it/patti', 'it'],
    ['/en/en/patti', 'en'],
    ['/en/it/patti', 'en'],
    ['/en/non-esiste', 'en'],
    // What answers only unprefixed (Italian open data, or read by machines) is a 404 under /en.
    ['/en/patti/cortile-via-abbiati.json', 'en'],
    ['/en/sitemap.xml', 'en'],
    ['/en/robots.txt', 'en'],
    ['/en/api/cache/purge', 'en'],
    ['/en/favicon.svg', 'en'],
  ]
  for (const [path, language] of cases) {
    const answer = await request(path)
    expect(answer.status, path).toBe(404)
    expect(htmlTag(answer.body), path).toBe(`<html lang="${language}" dir="ltr">`)
  }
  // The unprefixed ones still answer.
  for (const path of ['/eventi.ics', '/quartieri/san-siro/eventi.ics', '/patti/cortile-via-abbiati.json', '/sitemap.xml', '/robots.txt'])
    expect((await request(path)).status, path).toBe(200)
  // The sitemap lists the Italian addresses, as before.
  expect((await request('/sitemap.xml')).body).not.toContain('/en/')
})

test('odd paths under a language prefix are never a 5xx', async () => {
  const answers: Record<string, number> = {}
  for (const path of [
    '/en',
    '/en/',
    '/en//patti',
    '/en/%2e%2e/',
    '/en/%2e%2e',
    '/en/..',
    '/EN/patti',
    '/en/%25',
    '/en/patti/%25',
    '/en/quartieri/%25zz',
    '/en/%65n/patti',
    '/%65n/patti',
    '/en/quartieri/a%2Fb',
    '/en/patti?q=%00%01',
    '/en?x=1',
    '/en/?x=1',
    `/en/${'a/'.repeat(500)}`,
    '/en/%E2%80%AE',
  ]) {
    answers[path] = (await request(path)).status
  }
  expect(Object.entries(answers).filter(([, status]) => status >= 500)).toEqual([])
  expect(answers['/en']).toBe(200)
  expect(answers['/en/']).toBe(301)
  expect(answers['/en//patti']).toBe(200)
  expect(answers['/EN/patti']).toBe(404)
  const redirected = await request('/en/')
  expect(redirected.headers.location).toBe('/en')
})

test('forms posted to /en/… are answered in English, and refused in English from another site', async () => {
  const own = new URL(siteUrl()).origin
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const body = `token=${'B'.repeat(43)}`
  for (const path of ['/iscrizione/conferma', '/iscrizione/annulla']) {
    const [it, en] = [
      await request(path, { method: 'POST', headers: { ...form, origin: own }, body }),
      await request(english(path), { method: 'POST', headers: { ...form, origin: own }, body }),
    ]
    expect(en.status, english(path)).toBe(it.status)
    expect(htmlTag(en.body), english(path)).toContain('lang="en"')
    expect(en.headers['cache-control'], english(path)).toBe(it.headers['cache-control'])
    const refused = await request(english(path), { method: 'POST', headers: { ...form, origin: 'https://evil.example' }, body })
    expect(refused.status).toBe(403)
    expect(refused.headers['content-language']).toBe('en')
    expect(refused.body).toContain('Forms of this site can only be sent from its own pages.')
  }
  const refusedIt = await request('/iscrizione/conferma', { method: 'POST', headers: { ...form, origin: 'https://evil.example' }, body })
  expect(refusedIt.status).toBe(403)
  expect(refusedIt.headers['content-language']).toBe('it')
})
