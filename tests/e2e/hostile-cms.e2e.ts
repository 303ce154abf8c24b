import http from 'node:http'
import { expect, test } from '@playwright/test'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'

// A portal of this file's own: thousands of malformed requests, failed logins and sign-ups spend no budget of the
// shared portal, and its log shows only what these requests caused.
let portal: Awaited<ReturnType<typeof startTestPortal>>

/** The slowest answer the CMS may give to a malformed request. */
const MAX_MS = 2_000
/** Requests in flight at once: enough to find answers that only fail under load (a busy database, a uniqueness race). */
const CONCURRENCY = 6
/** Writes in flight at once in the burst of one operator's writes. */
const BURST_CONCURRENCY = 16

type Language = 'it' | 'en'
type Role = 'anonymous' | 'operator' | 'editor'

/** Accept-Language headers and the language the CMS must answer in (Payload's rule: the first language it knows, Italian when it does not speak it). */
const LANGUAGES: Array<{ header?: string; language: Language }> = [
  { language: 'it' },
  { header: 'en', language: 'en' },
  { header: 'it-IT,it;q=0.9', language: 'it' },
  { header: 'en-GB,en;q=0.9,it;q=0.5', language: 'en' },
  { header: 'de-DE,de;q=0.9,en;q=0.8', language: 'it' },
  { header: 'it;q=0.4,en-US;q=0.9', language: 'en' },
]
const ROLES: Role[] = ['anonymous', 'operator', 'editor']

interface Probe {
  method: string
  /** Sent as is, not normalised: undecodable and dot segments reach the server. */
  path: string
  body?: string | Buffer
  contentType?: string
  headers?: Record<string, string>
  /** Who sends it; by default the roles take turns. */
  role?: Role
  /** The language the request asks for; by default the languages take turns. */
  language?: Language
  /** The status this request must get, where the issue names it. */
  expectStatus?: number
}

interface Answer {
  status: number
  ms: number
  text: string
  contentType: string
}

const OPERATOR = { email: 'operatore.ostile@quartieri.test', password: 'operatore-ostile-123', name: 'Operatore Ostile', role: 'operator' }
const EDITOR = { email: 'redazione.ostile@quartieri.test', password: 'redazione-ostile-123', name: 'Redazione Ostile', role: 'editor' }
const tokens: Partial<Record<Role | 'admin', string>> = {}

/** One HTTP request with the path exactly as given, timed; a hang shows as status 0 after a few seconds. */
function send(probe: Probe, extraHeaders: Record<string, string>): Promise<Answer> {
  const url = new URL(portal.cmsUrl)
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders, ...probe.headers }
  if (probe.contentType) headers['content-type'] = probe.contentType
  if (probe.body !== undefined) headers['content-length'] = String(Buffer.byteLength(probe.body))
  const started = performance.now()
  return new Promise((resolve) => {
    const req = http.request({ host: url.hostname, port: url.port, method: probe.method, path: probe.path, headers, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          text: Buffer.concat(chunks).toString('utf8'),
          contentType: String(res.headers['content-type'] ?? ''),
        }),
      )
      res.on('error', () => resolve({ status: 0, ms: performance.now() - started, text: 'response error', contentType: '' }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (err) => resolve({ status: 0, ms: performance.now() - started, text: `request error: ${err.message}`, contentType: '' }))
    if (probe.body !== undefined) req.write(probe.body)
    req.end()
  })
}

// Words that only a sentence in that language has; a message in both languages has both.
const ITALIAN =
  /[àèéìòù]|\b(non|il|lo|la|le|gli|di|del|della|dei|un|una|per|questo|questa|campo|campi|richiesta|valido|valida|trovato|trovata|permessi|accedere|riprova|sono|puoi|solo|troppi|troppe|errore|indirizzo|seguente|filtro|identificativo|parametro|corpo|tipo)\b/i
const ENGLISH =
  /\b(the|not|is|are|you|your|this|invalid|found|request|must|only|can|cannot|allowed|field|fields|try|again|of|to|too|many|error|address|following|unknown|filter|identifier|value|parameter|body|content|large|sort|locale|link|expired|missing|nested|no|files|uploaded|user|method)\b/i
const inLanguage = (message: string, language: Language) => (language === 'it' ? ITALIAN : ENGLISH).test(message)

/** Every message an error answer carries: Payload's `errors`, field errors, and the custom endpoints' `message` / `error`. */
function messagesOf(json: unknown): string[] {
  const out: string[] = []
  if (typeof json !== 'object' || json === null) return out
  const body = json as { errors?: unknown; message?: unknown; error?: unknown }
  if (Array.isArray(body.errors)) {
    for (const error of body.errors as Array<{ message?: unknown; data?: { errors?: Array<{ message?: unknown }> } }>) {
      if (typeof error?.message === 'string') out.push(error.message)
      for (const field of Array.isArray(error?.data?.errors) ? error.data.errors : []) if (typeof field?.message === 'string') out.push(field.message)
    }
  }
  if (typeof body.message === 'string') out.push(body.message)
  if (typeof body.message === 'object' && body.message !== null) out.push(Object.values(body.message as Record<string, string>).join(' / '))
  if (typeof body.error === 'string') out.push(body.error)
  return out
}

/** A GraphQL error that stands for a server fault even though the answer is a 200. */
const graphqlServerFault = (json: unknown) =>
  Array.isArray((json as { errors?: unknown })?.errors) &&
  (json as { errors: Array<{ extensions?: { statusCode?: number } }> }).errors.some((e) => (e.extensions?.statusCode ?? 0) >= 500)

// ---------------------------------------------------------------------------------------------------------------
// What hostile clients send

const LONG_DIGITS = '9'.repeat(3_000)
const BAD_IDS = [
  'abc',
  '%00',
  '__proto__',
  LONG_DIGITS,
  '1e309',
  '-1',
  '1.5',
  '0x10',
  '%E0%A4%A',
  '%20',
  "1'%20OR%20'1'='1",
  'null',
  '%7B%7D',
  '1%00',
  '..%2F..%2Fetc%2Fpasswd',
  '9007199254740993',
  'NaN',
  'Infinity',
]

const BAD_QUERIES = [
  'where[createdAt][greater_than]=notadate',
  'where=x',
  'where=%7B%22a%22',
  'where=%5B1%5D',
  'where[id][equals][0]=1&where[id][equals][1]=2',
  'where[id][in]=a,b',
  'where[id][in][a]=1',
  'where[id][equals]=1e309',
  'where[id][equals]=-1',
  'where[id][equals]=abc',
  'where[foo][equals]=1',
  'where[id][bogus]=1',
  'where[or][0][id][equals]=abc',
  'where[and]=1',
  'where[or]=x',
  'where[_status][exists]=maybe',
  'where[updatedAt][less_than]=99999999999999999999',
  'where[createdAt][equals][$gt]=1',
  'where[id][near]=1,2,3',
  'where[id][within]=x',
  'where[title][like]=%00',
  'where[name][contains]=%25%25%25',
  'where[__proto__][equals]=1',
  'where[constructor][prototype][x]=1',
  `where${'[or][0]'.repeat(15)}[id][equals]=1`,
  `where[${'a'.repeat(3_000)}][equals]=1`,
  'where[title][equals]=%E0%A4%A',
  'sort=nonexistent',
  'sort=-%00',
  'sort[a]=1',
  `sort=${'a,'.repeat(100)}`,
  'limit=1e309',
  'limit=-1',
  'limit=abc',
  'limit[]=1',
  'page=0',
  'page=-5',
  'page=abc',
  'page=1e309',
  'depth=1000',
  'depth=-1',
  'depth=abc',
  'locale=xx%00',
  'locale[]=it',
  'draft=maybe',
  'select[foo][bar]=true',
  'populate[x]=1',
  'joins[x][limit]=abc',
  '%E0%A4%A=1',
]

const json = (value: unknown) => JSON.stringify(value)
const BAD_BODIES: Array<{ contentType: string; body: string | Buffer; expectStatus?: number }> = [
  { contentType: 'application/json', body: '{bad', expectStatus: 400 },
  { contentType: 'application/json', body: '[1,2,3]', expectStatus: 400 },
  { contentType: 'application/json', body: '"text"', expectStatus: 400 },
  { contentType: 'application/json', body: 'null' },
  { contentType: 'application/json', body: '{"neighbourhood":1e309,"laboratory":1e309,"pact":1e309,"capacity":1e309}' },
  { contentType: 'application/json', body: json({ title: { $ne: 1 }, name: ['a'], slug: { a: 1 }, neighbourhood: 'abc', pact: 'abc' }) },
  { contentType: 'application/json', body: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}' },
  { contentType: 'application/json', body: json({ id: 'abc', _status: 'hacked', createdAt: 'notadate', neighbourhood: -1, neighbourhoods: [1.5, 'x'] }) },
  { contentType: 'application/json', body: json({ title: 'x'.repeat(300_000), name: 'y'.repeat(300_000), neighbourhood: 'abc' }) },
  { contentType: 'application/json', body: `{"title":"${'z'.repeat(3 * 1024 * 1024)}"}`, expectStatus: 413 },
  { contentType: 'application/json', body: `${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}` },
  { contentType: 'application/json; charset=utf-8', body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), expectStatus: 400 },
  { contentType: 'text/plain', body: 'hello', expectStatus: 415 },
  { contentType: 'application/xml', body: '<a/>', expectStatus: 415 },
  { contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=2', expectStatus: 415 },
  { contentType: 'multipart/form-data; boundary=xyz', body: 'garbage' },
  { contentType: 'multipart/form-data', body: '--x\r\n' },
  { contentType: 'Application/JSON', body: '{"title":1}' },
]

const BAD_GRAPHQL: Array<{ body: string; expectStatus?: number }> = [
  { body: '{bad', expectStatus: 400 },
  { body: json({ query: '{ Laboratories { docs { id ' }), expectStatus: 400 },
  { body: json({ query: 5 }), expectStatus: 400 },
  { body: json({ query: '' }), expectStatus: 400 },
  { body: json({}), expectStatus: 400 },
  { body: '[]', expectStatus: 400 },
  { body: json([{ query: '{ __typename }' }]), expectStatus: 400 },
  { body: json({ query: '{ __typename }', variables: 'x' }), expectStatus: 400 },
  { body: json({ query: '{ __typename }', operationName: 5 }), expectStatus: 400 },
  { body: json({ query: '{ Laboratory(id: "abc") { id } }' }) },
  { body: json({ query: '{ Laboratory(id: 1e309) { id } }' }) },
  { body: json({ query: 'query ($id: Int!) { Laboratory(id: $id) { id } }', variables: { id: 'abc' } }) },
  { body: json({ query: 'query ($id: Int!) { Laboratory(id: $id) { id } }', variables: { id: 99999999 } }) },
  { body: json({ query: 'query ($id: Int!) { Laboratory(id: $id) { id } }' }) },
  { body: json({ query: '{ Laboratories(where: { createdAt: { greater_than: "notadate" } }) { docs { id } } }' }) },
  { body: json({ query: '{ Laboratories(where: { title: { equals: "x" } }, limit: -1, page: 0) { docs { id } } }' }) },
  { body: json({ query: '{ Laboratories(sort: "nonexistent") { docs { id } } }' }) },
  { body: json({ query: '{ Laboratories(where: { id: { in: ["a", "b"] } }) { docs { id } } }' }) },
  { body: json({ query: '{ Users { docs { email } } }' }) },
  { body: json({ query: '{ Registrations { docs { email } } }' }) },
  { body: json({ query: '{ nonexistent }' }) },
  { body: json({ query: 'mutation { createLaboratory(data: { title: "x", neighbourhood: 1e309 }) { id } }' }) },
  { body: json({ query: 'mutation { updateLaboratory(id: 1, data: { capacity: "abc" }) { id } }' }) },
  { body: json({ query: 'mutation { deleteLaboratory(id: -1) { id } }' }) },
  { body: json({ query: 'mutation { loginUser(email: "x", password: "y") { token } }' }) },
  { body: json({ query: 'mutation { forgotPasswordUser(email: "x") }' }) },
  { body: json({ query: `{ ${'Laboratories { docs { neighbourhood { '.repeat(1)}${'__typename '.repeat(1)}} } } }` }) },
  { body: json({ query: `query { ${'a: __typename '.repeat(3_000)} }` }) },
  { body: json({ query: `query ${'{ a '.repeat(60)}${'}'.repeat(60)}` }), expectStatus: 400 },
  { body: json({ query: `{ __typename ${' '.repeat(200 * 1024)} }` }), expectStatus: 413 },
  { body: json({ query: 'fragment A on Laboratory { ...B } fragment B on Laboratory { ...A } { Laboratories { docs { ...A } } }' }) },
  { body: json({ query: '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }' }) },
  { body: json({ query: 'subscription { x }' }) },
  { body: json({ query: '{ Laboratories(limit: 1e309) { docs { id } } }' }) },
  { body: json({ query: '\u0000{ __typename }' }) },
]

/** Builds the whole generated suite from the collections and globals the CMS itself lists. */
function hostileProbes(collections: string[], globals: string[], ids: Record<string, number | string>): Probe[] {
  const probes: Probe[] = []
  const add = (probe: Probe) => probes.push(probe)
  for (const slug of collections) {
    const id = ids[slug] ?? 1
    for (const bad of BAD_IDS) {
      const expectStatus = bad === 'abc' && slug === 'laboratories' ? 400 : undefined
      add({ method: 'GET', path: `/api/${slug}/${bad}`, expectStatus })
      add({ method: 'GET', path: `/api/${slug}/versions/${bad}` })
      add({ method: 'PATCH', path: `/api/${slug}/${bad}`, contentType: 'application/json', body: '{}' })
      add({ method: 'DELETE', path: `/api/${slug}/${bad}` })
    }
    add({ method: 'POST', path: `/api/${slug}/versions/abc`, contentType: 'application/json', body: '{}' })
    for (const query of BAD_QUERIES) {
      add({ method: 'GET', path: `/api/${slug}?${query}` })
      add({ method: 'GET', path: `/api/${slug}/count?${query}` })
      add({ method: 'GET', path: `/api/${slug}/versions?${query}` })
    }
    // Bulk writes only with filters that cannot match anything.
    for (const query of ['where[id][equals]=abc', 'where=x', 'where[createdAt][greater_than]=notadate', 'where[id][in]=1e309,-1']) {
      add({ method: 'PATCH', path: `/api/${slug}?${query}`, contentType: 'application/json', body: '{"title":"x"}' })
      add({ method: 'DELETE', path: `/api/${slug}?${query}` })
    }
    for (const bad of BAD_BODIES) {
      add({ method: 'POST', path: `/api/${slug}`, contentType: bad.contentType, body: bad.body, expectStatus: bad.expectStatus })
      add({ method: 'PATCH', path: `/api/${slug}/${id}`, contentType: bad.contentType, body: bad.body, expectStatus: bad.expectStatus })
    }
    add({ method: 'PUT', path: `/api/${slug}/${id}`, contentType: 'application/json', body: '{}' })
    add({ method: 'GET', path: `/api/${slug}/${id}?depth=abc&draft=maybe&locale=%00` })
  }
  for (const slug of globals) {
    for (const query of BAD_QUERIES) add({ method: 'GET', path: `/api/globals/${slug}?${query}` })
    for (const query of BAD_QUERIES.slice(0, 20)) add({ method: 'GET', path: `/api/globals/${slug}/versions?${query}` })
    for (const bad of BAD_IDS) add({ method: 'GET', path: `/api/globals/${slug}/versions/${bad}` })
    for (const bad of BAD_BODIES) add({ method: 'POST', path: `/api/globals/${slug}`, contentType: bad.contentType, body: bad.body, expectStatus: bad.expectStatus })
  }
  add({ method: 'GET', path: '/api/globals/nonexistent', expectStatus: 404 })
  add({ method: 'GET', path: '/api/nonexistent', expectStatus: 404 })
  add({ method: 'GET', path: '/api/nonexistent/1/2/3' })

  // Auth routes of the users collection.
  const loginBodies = [
    { email: ['a'], password: { x: 1 } },
    { email: 5, password: 5 },
    { email: 'x'.repeat(5_000), password: 'y' },
    { email: ADMIN.email, password: 'y'.repeat(5_000) },
    { email: 'nessuno@quartieri.test', password: 'sbagliata' },
    { email: OPERATOR.email, password: 'sbagliata' },
    { email: '%00', password: '%00' },
    {},
  ]
  for (const body of loginBodies) add({ method: 'POST', path: '/api/users/login', contentType: 'application/json', body: json(body) })
  for (const bad of BAD_BODIES) {
    for (const route of ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register', 'logout', 'refresh-token']) {
      add({ method: 'POST', path: `/api/users/${route}`, contentType: bad.contentType, body: bad.body })
    }
  }
  for (const body of [{ email: 5 }, { email: ['a'] }, { email: 'x'.repeat(5_000) }, { email: 'nessuno@quartieri.test' }, {}]) {
    add({ method: 'POST', path: '/api/users/forgot-password', contentType: 'application/json', body: json(body) })
    add({ method: 'POST', path: '/api/users/unlock', contentType: 'application/json', body: json(body) })
  }
  for (const body of [{ token: 5, password: [] }, { token: 'abc', password: 'nuova-password-123' }, { token: 'x'.repeat(5_000), password: 'x' }, {}]) {
    add({ method: 'POST', path: '/api/users/reset-password', contentType: 'application/json', body: json(body) })
  }
  for (const token of ['abc', '%00', '%E0%A4%A', 'x'.repeat(3_000)]) add({ method: 'POST', path: `/api/users/verify/${token}` })
  for (const auth of ['JWT abc.def.ghi', 'JWT ', 'Bearer x', 'Basic Zm9vOmJhcg==', `JWT ${'a'.repeat(6_000)}`, 'users API-Key %00']) {
    for (const route of ['GET /api/users/me', 'POST /api/users/refresh-token', 'POST /api/users/logout', 'GET /api/access', 'GET /api/laboratories']) {
      const [method, path] = route.split(' ') as [string, string]
      add({ method, path, headers: { authorization: auth }, role: 'anonymous' })
    }
  }
  for (const cookie of ['payload-token=garbage', `payload-token=${'a'.repeat(7_000)}`, 'payload-token=%E0%A4%A', 'payload-lng=xx; payload-token=']) {
    add({ method: 'GET', path: '/api/users/me', headers: { cookie }, role: 'anonymous' })
  }
  add({ method: 'GET', path: '/api/users/init' })
  add({ method: 'GET', path: '/api/access' })

  // Files of the upload collection.
  add({ method: 'GET', path: '/api/media/file/nonexistent.pdf', expectStatus: 404 })
  for (const name of [
    'nonexistent.png',
    '%00.png',
    '..%2F..%2Fetc%2Fpasswd',
    '....%2F%2F....%2F%2Fetc%2Fpasswd',
    `${'a'.repeat(3_000)}.jpg`,
    '%E0%A4%A.png',
    '%20',
    'x.png%00.pdf',
    '%2e%2e',
    '..%5C..%5Cwindows',
  ]) {
    add({ method: 'GET', path: `/api/media/file/${name}` })
    add({ method: 'HEAD', path: `/api/media/file/${name}` })
  }

  // Custom endpoints.
  const signupBase = { name: 'Ospite', email: 'ospite@example.org', consent: true }
  for (const id of ['1e309', '-1', '1.5', '"abc"', '[1]', '{"a":1}', 'true', 'null', LONG_DIGITS, '"%00"']) {
    add({
      method: 'POST',
      path: '/api/registrations/sign-up',
      contentType: 'application/json',
      body: `{"laboratory":${id},"name":"Ospite","email":"ospite@example.org","consent":true}`,
      expectStatus: 400,
    })
    add({
      method: 'POST',
      path: '/api/registrations/sign-up',
      contentType: 'application/json',
      body: `{"event":${id},"name":"Ospite","email":"ospite@example.org","consent":true}`,
      expectStatus: 400,
    })
  }
  for (const bad of BAD_BODIES) {
    for (const route of ['sign-up', 'confirm', 'cancel', 'erase']) add({ method: 'POST', path: `/api/registrations/${route}`, contentType: bad.contentType, body: bad.body })
  }
  for (const body of [
    { ...signupBase, laboratory: 1, email: ['x'] },
    { ...signupBase, laboratory: 1, name: { a: 1 } },
    { ...signupBase, laboratory: 1, consent: 'yes', phone: 5 },
    { ...signupBase, laboratory: 99999999 },
  ]) {
    add({ method: 'POST', path: '/api/registrations/sign-up', contentType: 'application/json', body: json(body) })
  }
  for (const token of [5, [], 'x'.repeat(5_000), '%00', { a: 1 }, null]) {
    add({ method: 'POST', path: '/api/registrations/confirm', contentType: 'application/json', body: json({ token }) })
    add({ method: 'POST', path: '/api/registrations/cancel', contentType: 'application/json', body: json({ token }) })
  }
  for (const email of [5, ['a'], 'x'.repeat(5_000), 'no-at-sign']) add({ method: 'POST', path: '/api/registrations/erase', contentType: 'application/json', body: json({ email }) })
  for (const query of ['laboratory=abc', 'laboratory=1e309', 'laboratory=%00', 'event[]=1', 'event=-1', `laboratory=${LONG_DIGITS}`, 'laboratory=%E0%A4%A']) {
    add({ method: 'GET', path: `/api/registrations/export.csv?${query}` })
  }
  for (const query of ['da=abc', 'a=1e309', 'quartiere[]=x', 'da=-1&a=99999', 'quartiere=%00', 'da[x]=1']) add({ method: 'GET', path: `/api/registrations/participants?${query}` })
  for (const bad of BAD_IDS) {
    add({ method: 'GET', path: `/api/laboratories/${bad}/availability` })
    add({ method: 'GET', path: `/api/events/${bad}/availability` })
    add({ method: 'GET', path: `/api/pacts/${bad}/history` })
  }
  // Staff cancelling a sign-up: only bodies that cannot cancel anything (no reason, or one too short or too long).
  const registration = ids.registrations ?? 1
  for (const bad of BAD_IDS) add({ method: 'POST', path: `/api/registrations/${bad}/staff-cancel`, contentType: 'application/json', body: '{}' })
  for (const bad of BAD_BODIES) add({ method: 'POST', path: `/api/registrations/${registration}/staff-cancel`, contentType: bad.contentType, body: bad.body })
  for (const reason of [5, ['abc'], { a: 1 }, 'x', 'y'.repeat(600), null])
    add({ method: 'POST', path: `/api/registrations/${registration}/staff-cancel`, contentType: 'application/json', body: json({ reason }) })
  for (const query of ['title=%00', `title=${'x'.repeat(3_000)}`, 'title[]=a', 'description=%E0%A4%A']) add({ method: 'GET', path: `/api/og?${query}` })

  // GraphQL.
  for (const bad of BAD_GRAPHQL) {
    add({ method: 'POST', path: '/api/graphql', contentType: 'application/json', body: bad.body, expectStatus: bad.expectStatus })
    add({ method: 'POST', path: '/api/graphql', contentType: 'application/json', body: bad.body, expectStatus: bad.expectStatus })
    add({ method: 'POST', path: '/api/graphql', contentType: 'application/json', body: bad.body, expectStatus: bad.expectStatus })
  }
  add({ method: 'POST', path: '/api/graphql', contentType: 'text/plain', body: '{ __typename }', expectStatus: 415 })
  add({ method: 'POST', path: '/api/graphql', contentType: 'application/graphql', body: '{ __typename }' })
  add({ method: 'GET', path: '/api/graphql?query=%7B__typename%7D' })
  add({ method: 'POST', path: '/api/graphql%00', contentType: 'application/json', body: json({ query: '{ __typename }' }) })
  add({ method: 'GET', path: '/api/graphql-playground' })

  // Headers: long, odd and contradictory ones on common routes.
  const oddHeaders: Array<Record<string, string>> = [
    { 'accept-language': 'xx;q=abc,,,;' },
    { 'accept-language': 'a'.repeat(4_000) },
    { accept: 'text/html' },
    { accept: '*/*;q=abc' },
    { 'x-forwarded-for': 'garbage, %00, 999.999.999.999' },
    { origin: 'http://evil.invalid' },
    { 'x-custom': 'v'.repeat(8_000) },
    { 'content-encoding': 'gzip' },
  ]
  for (const headers of oddHeaders) {
    add({ method: 'GET', path: '/api/laboratories?limit=1', headers })
    add({ method: 'GET', path: '/api/laboratories/abc', headers })
    add({ method: 'POST', path: '/api/graphql', contentType: 'application/json', body: json({ query: '{ __typename }' }), headers })
    add({ method: 'POST', path: '/api/laboratories', contentType: 'application/json', body: '{bad', headers })
  }
  add({ method: 'GET', path: '/api/laboratories', headers: { 'x-huge': 'h'.repeat(40_000) } })
  for (const path of [
    '/api/laboratories/%E0%A4%A',
    '/api/%00',
    '/api/laboratories%2F1',
    '/api/laboratories/1/../../users',
    '/api/laboratories/%C0%AE%C0%AE/',
    '/api/%ff%fe',
    `/api/${'a/'.repeat(500)}`,
    '/api/laboratories?%',
    '/api/laboratories?where[title][equals]=%',
    '/admin/%E0%A4%A',
  ]) {
    add({ method: 'GET', path })
  }
  for (const method of ['TRACE', 'PROPFIND', 'CONNECT2']) add({ method, path: '/api/laboratories' })
  return probes
}

/** A burst of writes by one operator at once, valid and not: what used to give a 500 only under load. */
function writeBurst(pact: number | string, project: number | string): Probe[] {
  const bodies = [
    { name: 'Alberi piantati', pact, unit: 'alberi', baseline: 0, target: 50 },
    { name: 'Persone raggiunte', project, baseline: 1, target: 2 },
    { name: 'Senza padre' },
    { name: 'Padre inesistente', pact: 99999999 },
    { name: 'Padre malformato', pact: 'abc' },
    { name: 'x'.repeat(500), pact },
  ]
  return Array.from({ length: 180 }, (_, i) => ({
    method: 'POST',
    path: '/api/indicators?draft=true',
    contentType: 'application/json',
    body: json({ ...bodies[i % bodies.length], _status: 'draft' }),
    role: 'operator' as const,
  }))
}

async function login(email: string, password: string): Promise<string> {
  const answer = await send({ method: 'POST', path: '/api/users/login', contentType: 'application/json', body: json({ email, password }) }, {})
  expect(answer.status, answer.text).toBe(200)
  return JSON.parse(answer.text).token as string
}

async function adminJson(method: string, path: string, body?: unknown): Promise<any> {
  const answer = await send({ method, path, ...(body !== undefined ? { contentType: 'application/json', body: json(body) } : {}) }, { authorization: `JWT ${tokens.admin}` })
  expect(answer.status, `${method} ${path}: ${answer.text.slice(0, 300)}`).toBeLessThan(300)
  return JSON.parse(answer.text)
}

interface Outcome {
  probe: Probe
  role: Role
  language: Language
  answer: Answer
}

/** Sends the probes `concurrency` at a time, each with its role and language. */
async function runAll(probes: Probe[], concurrency = CONCURRENCY): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const index = next++
      const probe = probes[index]!
      const role = probe.role ?? ROLES[index % ROLES.length]!
      const variant = probe.language ? (LANGUAGES.find((l) => l.language === probe.language) ?? LANGUAGES[0]!) : LANGUAGES[Math.floor(index / ROLES.length) % LANGUAGES.length]!
      const headers: Record<string, string> = {}
      if (variant.header) headers['accept-language'] = variant.header
      const token = role === 'anonymous' ? undefined : tokens[role]
      if (token && !probe.headers?.authorization) headers.authorization = `JWT ${token}`
      const language = probe.headers?.['accept-language'] ? 'it' : variant.language
      outcomes.push({ probe, role, language, answer: await send(probe, headers) })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

/** What is wrong with one answer: a 5xx (in the status or in a GraphQL error), a hang, a wrong status, a message in another language. */
function problemsOf({ probe, role, language, answer }: Outcome): string[] {
  const problems: string[] = []
  const label = `${probe.method} ${probe.path.slice(0, 120)}${probe.contentType ? ` [${probe.contentType}]` : ''}${probe.body !== undefined ? ` body=${String(probe.body).slice(0, 60)}` : ''} as ${role} (${language})`
  const body = (() => {
    try {
      return JSON.parse(answer.text) as unknown
    } catch {
      return null
    }
  })()
  if (answer.status === 0) problems.push(`${label}: no answer (${answer.text})`)
  if (answer.status >= 500) problems.push(`${label}: ${answer.status} ${answer.text.slice(0, 200)}`)
  if (graphqlServerFault(body)) problems.push(`${label}: GraphQL server fault ${answer.text.slice(0, 200)}`)
  if (answer.ms > MAX_MS) problems.push(`${label}: took ${Math.round(answer.ms)} ms`)
  if (probe.expectStatus !== undefined && answer.status !== probe.expectStatus)
    problems.push(`${label}: expected ${probe.expectStatus}, got ${answer.status} ${answer.text.slice(0, 200)}`)
  const isGraphql = probe.path.startsWith('/api/graphql')
  if (answer.status >= 400 || (isGraphql && Array.isArray((body as { errors?: unknown })?.errors))) {
    if (answer.status >= 400 && answer.status !== 431 && probe.method !== 'HEAD' && answer.contentType.includes('json') && messagesOf(body).length === 0)
      problems.push(`${label}: ${answer.status} without a message: ${answer.text.slice(0, 200)}`)
    for (const message of messagesOf(body)) if (!inLanguage(message, language)) problems.push(`${label}: message not in ${language}: ${message.slice(0, 200)}`)
  }
  return problems
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  portal = await startTestPortal('hostile', () => {}, {
    LOGIN_ADDRESS_RATE_LIMIT: '100000',
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_ACCOUNT_RATE_LIMIT: '100000',
    SIGNUP_RATE_LIMIT: '100000',
  })
  tokens.admin = await login(ADMIN.email, ADMIN.password)
  const sanSiro = (await adminJson('GET', '/api/neighbourhoods?where[slug][equals]=san-siro&depth=0')).docs[0].id
  await adminJson('POST', '/api/users', { ...OPERATOR, neighbourhoods: [sanSiro] })
  await adminJson('POST', '/api/users', EDITOR)
  tokens.operator = await login(OPERATOR.email, OPERATOR.password)
  tokens.editor = await login(EDITOR.email, EDITOR.password)
})

test.afterAll(async () => {
  await portal?.stop()
})

test('the issue’s examples get a 4xx with a clear message in the request’s language, and valid requests still work', async () => {
  const get = (path: string, language?: string) => send({ method: 'GET', path }, language ? { 'accept-language': language } : {})
  const badId = await get('/api/laboratories/abc')
  expect(badId.status).toBe(400)
  expect(JSON.parse(badId.text).errors[0].message).toBe('Identificativo non valido: abc')
  expect(JSON.parse((await get('/api/laboratories/abc', 'en')).text).errors[0].message).toBe('Invalid identifier: abc')
  for (const path of [
    '/api/laboratories/%00',
    '/api/laboratories/__proto__',
    `/api/laboratories/${LONG_DIGITS}`,
    '/api/laboratories?where[createdAt][greater_than]=notadate',
    '/api/laboratories?where=x',
    '/api/laboratories?where[id][equals][0]=1&where[id][equals][1]=2',
  ]) {
    const answer = await get(path)
    expect(answer.status, path).toBe(400)
    expect(inLanguage(JSON.parse(answer.text).errors[0].message, 'it'), answer.text).toBe(true)
  }
  const missingFile = await get('/api/media/file/nonexistent.pdf', 'en')
  expect(missingFile.status).toBe(404)
  expect(JSON.parse(missingFile.text).errors[0].message).toBe('Not Found')
  const signup = await send(
    {
      method: 'POST',
      path: '/api/registrations/sign-up',
      contentType: 'application/json',
      body: '{"laboratory":1e309,"name":"Ospite","email":"ospite@example.org","consent":true}',
    },
    {},
  )
  expect(signup.status).toBe(400)
  expect(JSON.parse(signup.text)).toMatchObject({ ok: false, code: 'lab-not-found' })
  const graphql = await send({ method: 'POST', path: '/api/graphql', contentType: 'application/json', body: '{bad' }, { 'accept-language': 'en' })
  expect(graphql.status).toBe(400)
  expect(JSON.parse(graphql.text).errors[0].message).toMatch(/^Invalid GraphQL request/)

  // The guard lets ordinary requests through.
  expect((await get('/api/laboratories/1?depth=0')).status).toBe(200)
  const listed = await get('/api/laboratories?where[id][in]=1,2&sort=-createdAt&limit=5&page=1&depth=1')
  expect(listed.status).toBe(200)
  expect(
    JSON.parse(listed.text)
      .docs.map((d: { id: number }) => d.id)
      .every((id: number) => id === 1 || id === 2),
  ).toBe(true)
  expect(JSON.parse((await get('/api/laboratories?where[neighbourhood.slug][equals]=san-siro&depth=0')).text).docs.length).toBeGreaterThan(0)
  // What the site asks for: sorted pages with their relationships populated, and the admin's `locale=undefined`.
  for (const path of [
    '/api/events?where[and][0][_status][equals]=published&sort=start,id&depth=1&limit=5&page=1',
    '/api/laboratories?sort=title&depth=2&limit=3',
    '/api/pacts?sort=code,id&depth=1&limit=2',
    '/api/laboratories?locale=undefined&fallback-locale=null&depth=0',
  ]) {
    const answer = await get(path)
    expect(answer.status, `${path}: ${answer.text.slice(0, 200)}`).toBe(200)
  }
  // The admin's relationship fields post long searches as a form with a method override.
  const override = { 'x-payload-http-method-override': 'GET' }
  const search = await send(
    { method: 'POST', path: '/api/laboratories', contentType: 'application/x-www-form-urlencoded', body: 'where[id][equals]=1&depth=0', headers: override },
    {},
  )
  expect(search.status, search.text).toBe(200)
  expect(JSON.parse(search.text).docs.map((d: { id: number }) => d.id)).toEqual([1])
  expect(
    (await send({ method: 'POST', path: '/api/laboratories', contentType: 'application/x-www-form-urlencoded', body: 'where[id][equals]=abc', headers: override }, {})).status,
  ).toBe(400)
  const query = await send(
    {
      method: 'POST',
      path: '/api/graphql',
      contentType: 'application/json',
      body: json({ query: 'query ($id: Int!) { Laboratory(id: $id) { id title } }', variables: { id: 1 } }),
    },
    {},
  )
  expect(JSON.parse(query.text).data.Laboratory.id).toBe(1)
})

test('thousands of malformed requests over every route: no 5xx, no hang, messages in the request’s language', async () => {
  test.setTimeout(240_000)
  const access = await adminJson('GET', '/api/access')
  const collections = Object.keys(access.collections).filter((slug) => !slug.startsWith('payload-'))
  const globals = Object.keys(access.globals ?? {})
  expect(collections).toEqual(expect.arrayContaining(['laboratories', 'events', 'pacts', 'indicators', 'registrations', 'media', 'users']))
  const ids: Record<string, number | string> = {}
  for (const slug of collections) {
    const first = (await adminJson('GET', `/api/${slug}?limit=1&depth=0&draft=true`)).docs[0]
    if (first) ids[slug] = first.id
  }
  const sanSiroPact = (await adminJson('GET', '/api/pacts?where[neighbourhoods.slug][equals]=san-siro&limit=1&depth=0&draft=true')).docs[0]?.id ?? ids.pacts!
  const project = (await adminJson('GET', '/api/projects?limit=1&depth=0&draft=true')).docs[0]?.id ?? 1
  const probes = hostileProbes(collections, globals, ids)
  const burst = writeBurst(sanSiroPact, project)
  expect(probes.length + burst.length).toBeGreaterThanOrEqual(1_000)

  // Warm up what is built on first use (the GraphQL schema), so the first answers are timed like the others.
  await send({ method: 'POST', path: '/api/graphql', contentType: 'application/json', body: json({ query: '{ __typename }' }) }, {})

  const started = performance.now()
  const outcomes = [...(await runAll(probes)), ...(await runAll(burst, BURST_CONCURRENCY))]
  const seconds = (performance.now() - started) / 1000
  const byClass: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, 'no answer': 0 }
  for (const { answer } of outcomes) byClass[answer.status === 0 ? 'no answer' : `${Math.floor(answer.status / 100)}xx`]!++
  const slowest = Math.max(...outcomes.map((o) => o.answer.ms))
  const summary = `${outcomes.length} requests in ${seconds.toFixed(1)} s over ${collections.length} collections, ${globals.length} globals, auth, files, custom endpoints and GraphQL: ${Object.entries(
    byClass,
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; slowest ${Math.round(slowest)} ms`
  console.log(summary)
  test.info().annotations.push({ type: 'status classes', description: summary })

  const problems = outcomes.flatMap(problemsOf)
  if (problems.length > 0) await test.info().attach('problems', { body: problems.join('\n'), contentType: 'text/plain' })
  expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([])
  expect(byClass['5xx']).toBe(0)
  expect(byClass['4xx']).toBeGreaterThan(outcomes.length / 2)
})

test('client errors leave one line each in the CMS log, not a stack trace', async () => {
  const fs = await import('node:fs')
  const path = await import('node:path')
  const log = fs.readFileSync(path.join(portal.dataDir, 'cms.log'), 'utf8')
  expect(log).toMatch(/GET \/api\/laboratories\/abc 400 bad-id/)
  expect(log).not.toMatch(/Failed query/)
  expect(log).not.toMatch(/^\s+at /m)
})
