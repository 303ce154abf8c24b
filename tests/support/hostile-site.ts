import zlib from 'node:zlib'
import http from 'node:http'
import net from 'node:net'

/**
 * Hostile requests over every public route of the site: malformed ids and slugs, query strings and filters,
 * bodies, sizes, encodings and headers, generated from a seed so that a failure can be replayed.
 */

export type Language = 'it' | 'en'

export interface HostileRequest {
  method: string
  /** The request target as sent (already percent-encoded where needed). */
  path: string
  headers: Record<string, string>
  body?: Buffer
  /** Sent as raw bytes on a socket rather than through Node's HTTP client (which refuses some of these). */
  raw?: Buffer
  /** The language the answer must be in. */
  language: Language
  /** What the generator meant to try, for the failure report. */
  label: string
}

export interface HostileAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  ms: number
}

/** The demo data's documents that the routes with a slug are tried with, besides hostile slugs. */
export interface KnownSlugs {
  neighbourhood: string
  laboratory: string
  event: string
  eventWithSignup: string
  pact: string
  project: string
  result: string
  /** A file name under /_astro/, the folder of the built styles, scripts and fonts. */
  asset: string
}

/** A small deterministic generator (mulberry32): the same seed gives the same requests. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  }
}

/** Values that a parameter, a slug or a form field may be given by someone looking for a crash. */
export const HOSTILE_VALUES: readonly string[] = [
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '00000000000000000000001',
  '9'.repeat(400),
  '٣',
  '２０２４',
  'x'.repeat(2_000),
  'é'.repeat(1_500),
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  '{"$gt":""}',
  '[object Object]',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  '%',
  '%%',
  '%zz',
  '\u0000',
  '\u202e',
  '🙂🙃',
  '\ud800',
  'a\r\nSet-Cookie: x=1',
  '2024-02-30',
  '2024-13-01',
  '9999-99-99',
  '0000-00-00',
  '2024-1-1',
  '1969-12-31',
  '275760-09-13',
  '2026-11',
  '2026-00',
  'mese',
  'elenco',
  'tutti',
  'SAN-SIRO',
  'san siro',
  'san-siro',
  'in-progress',
  'lab-session',
  'co-design',
  'laboratorio',
  'pagina=2&x=',
  'where[slug][equals]=x',
  '*',
  '.json',
  '$(reboot)',
  '\\',
  '//',
  '#',
]

/** The query parameters the site's pages and exports read. */
export const PARAMETERS: readonly string[] = [
  'pagina',
  'quartiere',
  'fase',
  'tipo',
  'laboratorio',
  'da',
  'a',
  'vista',
  'mese',
  'q',
  'stato',
  'anno',
  'ordina',
  'livello',
  'figura',
  'token',
  'formato',
]

const encode = (value: string) => {
  try {
    return encodeURIComponent(value)
  } catch {
    // A lone surrogate cannot be encoded as UTF-8: send what a broken client would, a bad escape.
    return '%ED%A0%80'
  }
}

/** The site's public routes, Italian and English: `{slug}` is filled with a known or hostile slug. */
export function publicRoutes(): Array<{ path: string; language: Language; form?: 'signup' | 'token' | 'purge' }> {
  const pages = [
    '/',
    '/quartieri',
    '/quartieri/{neighbourhood}',
    '/laboratori',
    '/eventi',
    '/patti',
    '/patti/{pact}',
    '/patti/dizionario-dati',
    '/progetti/{project}',
    '/risultati',
    '/risultati/{result}',
    '/contributi',
    '/trasparenza',
    '/trasparenza/voci',
    '/mappa',
    '/privacy',
    '/accessibilita',
    '/contributi.csv',
    '/trasparenza.csv',
    '/trasparenza.json',
    '/mappa.geojson',
    '/patti.csv',
    '/patti.json',
  ]
  const italianOnly = [
    '/favicon.svg',
    '/_astro/{asset}',
    '/eventi.ics',
    '/eventi/{event}.ics',
    '/quartieri/{neighbourhood}/eventi.ics',
    '/patti/{pact}.json',
    '/sitemap.xml',
    '/robots.txt',
  ]
  const routes: Array<{ path: string; language: Language; form?: 'signup' | 'token' | 'purge' }> = []
  for (const path of pages) {
    routes.push({ path, language: 'it' })
    routes.push({ path: path === '/' ? '/en' : `/en${path}`, language: 'en' })
  }
  for (const path of italianOnly) routes.push({ path, language: 'it' })
  for (const [path, form] of [
    ['/laboratori/{laboratory}', 'signup'],
    ['/eventi/{eventWithSignup}', 'signup'],
    ['/eventi/{event}', 'signup'],
    ['/iscrizione/conferma', 'token'],
    ['/iscrizione/annulla', 'token'],
  ] as const) {
    routes.push({ path, language: 'it', form })
    routes.push({ path: `/en${path}`, language: 'en', form })
  }
  routes.push({ path: '/api/cache/purge', language: 'it', form: 'purge' })
  return routes
}

const FORM_URLENCODED = 'application/x-www-form-urlencoded'

/** Bodies of form posts that no page of the site sends. */
function hostileBodies(rng: ReturnType<typeof random>): Array<{ label: string; type?: string; body: Buffer; headers?: Record<string, string> }> {
  const value = () => rng.pick(HOSTILE_VALUES)
  const fields = (names: string[]) => names.map((n) => `${n}=${encode(value())}`).join('&')
  return [
    {
      label: 'sign-up fields with hostile values',
      type: FORM_URLENCODED,
      body: Buffer.from(fields(['name', 'email', 'phone', 'organization', 'accessibilityNeeds', 'consent', 'locale'])),
    },
    { label: 'a token with a hostile value', type: FORM_URLENCODED, body: Buffer.from(`token=${encode(value())}`) },
    { label: 'the same field many times', type: FORM_URLENCODED, body: Buffer.from(Array.from({ length: 2_000 }, (_, i) => `email=a${i}%40example.org`).join('&')) },
    { label: 'a field of 60 KB', type: FORM_URLENCODED, body: Buffer.from(`name=${'a'.repeat(60_000)}&email=x%40example.org&consent=yes`) },
    { label: 'a body over the 64 KB limit', type: FORM_URLENCODED, body: Buffer.from(`name=${'b'.repeat(200_000)}`) },
    {
      label: 'bytes that are not UTF-8',
      type: FORM_URLENCODED,
      body: Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xff, 0xfe, 0xc3, 0x28, 0x26, 0x74, 0x6f, 0x6b, 0x65, 0x6e, 0x3d, 0xe0, 0x80]),
    },
    { label: 'bad percent escapes', type: FORM_URLENCODED, body: Buffer.from('name=%E0%A4%A&email=%zz&token=%') },
    { label: 'JSON instead of a form', type: 'application/json', body: Buffer.from('{"name":{"$gt":""},"email":["a","b"],"token":null}') },
    { label: 'broken JSON', type: 'application/json', body: Buffer.from('{"token":') },
    { label: 'multipart without a boundary', type: 'multipart/form-data', body: Buffer.from('--x\r\nContent-Disposition: form-data; name="token"\r\n\r\nabc\r\n--x--\r\n') },
    { label: 'multipart cut short', type: 'multipart/form-data; boundary=zzz', body: Buffer.from('--zzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nMario') },
    {
      label: 'multipart with a file',
      type: 'multipart/form-data; boundary=b0',
      body: Buffer.from('--b0\r\nContent-Disposition: form-data; name="token"; filename="../../x.sh"\r\nContent-Type: application/x-sh\r\n\r\n#!/bin/sh\r\n--b0--\r\n'),
    },
    { label: 'text/plain', type: 'text/plain', body: Buffer.from('token=abc') },
    { label: 'XML', type: 'application/xml', body: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>') },
    { label: 'an empty body', type: FORM_URLENCODED, body: Buffer.alloc(0) },
    { label: 'no content type', body: Buffer.from('name=Mario') },
    { label: 'gzip claimed, not sent', type: FORM_URLENCODED, body: Buffer.from('name=Mario'), headers: { 'content-encoding': 'gzip' } },
    { label: 'a charset nobody knows', type: `${FORM_URLENCODED}; charset=x-klingon`, body: Buffer.from('name=Mario') },
    { label: 'a content type of 4 KB', type: `${FORM_URLENCODED}; x=${'y'.repeat(4_000)}`, body: Buffer.from('name=Mario') },
  ]
}

/** Headers a client may send to mislead the site. */
function hostileHeaders(rng: ReturnType<typeof random>): Array<{ label: string; headers: Record<string, string> }> {
  return [
    { label: 'a foreign Host', headers: { host: 'evil.example' } },
    { label: 'a foreign X-Forwarded-Host', headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } },
    { label: 'a Host with a port out of range', headers: { host: 'localhost:99999' } },
    { label: 'a garbage X-Forwarded-For', headers: { 'x-forwarded-for': `${rng.pick(['not-an-ip', '999.1.1.1', '::::', '1.2.3.4, , ,', 'x'.repeat(3_000)])}` } },
    { label: 'a spoofed client address header', headers: { 'x-quartieri-client-address': '203.0.113.9', 'x-client-address': '203.0.113.9' } },
    { label: 'an Accept-Language of 2 KB', headers: { 'accept-language': 'en;q=0.9,'.repeat(200) } },
    { label: 'an odd Accept', headers: { accept: 'application/x-nothing, */*;q=abc' } },
    { label: 'a Range past the end', headers: { range: 'bytes=999999999-' } },
    { label: 'a malformed Range', headers: { range: 'bytes=-,-,-' } },
    { label: 'conditional headers', headers: { 'if-none-match': '"x"'.repeat(100), 'if-modified-since': 'yesterday' } },
    { label: 'a cookie of 6 KB', headers: { cookie: `a=${'c'.repeat(6_000)}` } },
    { label: 'an Origin that is "null"', headers: { origin: 'null' } },
    { label: 'Accept-Encoding nobody has', headers: { 'accept-encoding': 'br;q=2, zstd, x-gibberish' } },
  ]
}

/** Fills a route's `{slug}` with a known slug, or with a hostile one. */
function fillSlug(route: string, known: KnownSlugs, hostile: string | null): string {
  return route.replace(/\{(\w+)\}/, (_, name: keyof KnownSlugs) => (hostile === null ? known[name] : encode(hostile)))
}

/** Exactly `count` hostile requests, spread over every public route (each route gets its share). */
export function hostileRequests(count: number, known: KnownSlugs, seed = 20261203): HostileRequest[] {
  const rng = random(seed)
  const routes = publicRoutes()
  const requests: HostileRequest[] = []
  const siteOrigin = (headers: Record<string, string>, origin: string) => ({ origin, ...headers })
  for (let i = 0; requests.length < count; i++) {
    const route = routes[i % routes.length]!
    const hasSlug = route.path.includes('{')
    const kind = rng.int(route.form ? 6 : 4)
    const value = rng.pick(HOSTILE_VALUES)
    if (kind === 0 && hasSlug) {
      requests.push({ method: 'GET', path: fillSlug(route.path, known, value), headers: {}, language: route.language, label: `slug ${JSON.stringify(value.slice(0, 40))}` })
    } else if (kind <= 1) {
      const query = Array.from({ length: 1 + rng.int(3) }, () => `${rng.pick(PARAMETERS)}=${encode(rng.pick(HOSTILE_VALUES))}`)
      if (rng.int(4) === 0) query.push(`${rng.pick(PARAMETERS)}[]=${encode(value)}`, `${rng.pick(PARAMETERS)}=1&${rng.pick(PARAMETERS)}=2`)
      requests.push({
        method: 'GET',
        path: `${fillSlug(route.path, known, null)}?${query.join('&')}`,
        headers: {},
        language: route.language,
        label: `query ${query.join('&').slice(0, 80)}`,
      })
    } else if (kind === 2) {
      const header = rng.pick(hostileHeaders(rng))
      requests.push({ method: rng.pick(['GET', 'HEAD']), path: fillSlug(route.path, known, null), headers: header.headers, language: route.language, label: header.label })
    } else if (kind === 3) {
      const method = rng.pick(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])
      const body = rng.pick(hostileBodies(rng))
      requests.push({
        method,
        path: fillSlug(route.path, known, null),
        headers: siteOrigin({ ...(body.type ? { 'content-type': body.type } : {}), ...body.headers }, '{origin}'),
        body: body.body,
        language: route.language,
        label: `${method} ${body.label}`,
      })
    } else {
      // Form routes: what their forms are meant to receive, made hostile.
      const body = rng.pick(hostileBodies(rng))
      const origin = rng.int(5) === 0 ? rng.pick(['http://evil.example', 'null', '']) : '{origin}'
      const query = rng.int(2) === 0 ? `?token=${encode(value)}` : ''
      requests.push({
        method: 'POST',
        path: `${fillSlug(route.path, known, kind === 5 && hasSlug && rng.int(3) === 0 ? value : null)}${query}`,
        headers: {
          ...(origin ? { origin } : {}),
          ...(body.type ? { 'content-type': body.type } : {}),
          ...body.headers,
          ...(route.form === 'purge' ? { authorization: rng.pick(['Bearer x', 'Basic Og==', 'Bearer ', '']) } : {}),
        },
        body: body.body,
        language: route.language,
        label: `form ${body.label}${origin === '{origin}' ? '' : ` from ${JSON.stringify(origin)}`}`,
      })
    }
  }
  // A few that Node's HTTP client would not send: raw bytes on the socket.
  const rawTargets = [
    '/patti/%ff%fe',
    '/en/quartieri/%C0%AF',
    '/eventi?da=%E0%A4%A',
    '/\u00e9\u00e8',
    '/laboratori/a b',
    '//evil.example/x',
    'http://evil.example/sitemap.xml',
    '*',
    '/en/patti?q=%00%01%02',
  ]
  for (let i = 0; i < rawTargets.length && requests.length > 0; i++) {
    const target = rawTargets[i]!
    const raw = Buffer.concat([Buffer.from(`GET `), Buffer.from(target, 'latin1'), Buffer.from(` HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n`)])
    requests[requests.length - 1 - i] = {
      method: 'GET',
      path: target,
      headers: {},
      raw,
      language: target.startsWith('/en/') ? 'en' : 'it',
      label: `raw target ${JSON.stringify(target)}`,
    }
  }
  return requests
}

/** Sends one hostile request to the site at `siteUrl`; `{origin}` and `{host}` stand for the site's own. */
/** A body as the client reads it: undone from the encoding the answer names (brotli or gzip), or as it came. */
function decodedBody(wire: Buffer, encoding: string | undefined): Buffer {
  // A HEAD's answer names the encoding of the body it does not send.
  if (wire.length === 0) return wire
  if (encoding === 'br') return zlib.brotliDecompressSync(wire)
  if (encoding === 'gzip') return zlib.gunzipSync(wire)
  return wire
}

export function send(siteUrl: string, request: HostileRequest, timeoutMs: number): Promise<HostileAnswer> {
  const url = new URL(siteUrl)
  const started = performance.now()
  if (request.raw) {
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname === 'localhost' ? '127.0.0.1' : url.hostname)
      const chunks: Buffer[] = []
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error('timed out')))
      // Written, not ended: a client that half-closes its side is taken for one that went away.
      socket.on('connect', () => socket.write(Buffer.from(request.raw!.toString('latin1').replace('{host}', url.host), 'latin1')))
      socket.on('data', (chunk) => chunks.push(chunk))
      socket.on('error', reject)
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)
        const body = text.slice(text.indexOf('\r\n\r\n') + 4)
        const head = text.slice(0, text.indexOf('\r\n\r\n'))
        const headers: http.IncomingHttpHeaders = {}
        for (const line of head.split('\r\n').slice(1)) {
          const at = line.indexOf(':')
          if (at > 0) headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim()
        }
        resolve({ status, headers, body, ms: performance.now() - started })
      })
    })
  }
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, v.replace('{origin}', url.origin)]))
  // Node's client sends a body of DELETE, OPTIONS or TRACE without saying its length; say it, so the body is one.
  if (request.body) headers['content-length'] = String(request.body.length)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { host: url.host, ...headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        // A body sent compressed (the request offered the encoding) is read as the client would, decoded.
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: decodedBody(Buffer.concat(chunks), res.headers['content-encoding']).toString('utf8'),
            ms: performance.now() - started,
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)))
    req.on('error', (err: NodeJS.ErrnoException) => {
      // The site may answer (413, 400) and close before reading all of an oversized body: that is an answer.
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') resolve({ status: -1, headers: {}, body: String(err.code), ms: performance.now() - started })
      else reject(err)
    })
    req.end(request.body)
  })
}

const ITALIAN =
  /\b(non|è|richiesta|riprova|pagina|trovat[oa]|parametro|indirizzo|valid[oa]|moduli|iscrizion[ei]|calendario|dati|filtro|errat[oa]|momentaneamente|patto|link|sito|troppe|consentit[oa]|metodo|il|la|di|usa|esiste|livello|deve)\b/i
const ENGLISH =
  /\b(not|invalid|request|try|page|found|parameter|address|forms|sign-up|calendar|data|filter|bad|temporarily|pact|link|site|too|allowed|method|the|of|is|there|use|layer|must|unknown|exist|does)\b/i

/** The text a person reads in an answer: the main part of a page, or the whole of a plain-text or JSON answer. */
function readableText(answer: HostileAnswer): string {
  const type = String(answer.headers['content-type'] ?? '')
  if (type.includes('html')) {
    const main = /<main[^>]*>([\s\S]*?)<\/main>/i.exec(answer.body)?.[1] ?? answer.body
    return main
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
  }
  if (type.includes('json')) {
    try {
      return Object.values(JSON.parse(answer.body) as Record<string, unknown>)
        .filter((v) => typeof v === 'string')
        .join('\n')
    } catch {
      return answer.body
    }
  }
  return answer.body
}

/** Why an answer to a hostile request is wrong, or null: no 5xx, no hang, a 4xx that explains itself in the request's language. */
export function judge(request: HostileRequest, answer: HostileAnswer, maxMs: number): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`
  if (answer.status === 0) return 'no HTTP answer'
  if (answer.ms > maxMs) return `took ${Math.round(answer.ms)} ms`
  if (answer.status >= 400 && request.method !== 'HEAD') {
    const type = String(answer.headers['content-type'] ?? '')
    if (type.includes('html')) {
      const lang = /<html[^>]*\blang="([a-z]+)"/i.exec(answer.body)?.[1]
      if (lang !== request.language) return `a ${answer.status} page in "${lang}", asked in "${request.language}"`
    }
    const text = readableText(answer).trim()
    if (!text) return `a ${answer.status} with no message`
    const pattern = request.language === 'it' ? ITALIAN : ENGLISH
    if (!pattern.test(text)) return `a ${answer.status} whose message is not in ${request.language === 'it' ? 'Italian' : 'English'}: ${JSON.stringify(text.slice(0, 120))}`
  }
  return null
}
