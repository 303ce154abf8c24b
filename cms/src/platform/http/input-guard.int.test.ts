import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'
import { languageOfHeaders } from './client-errors.ts'
import { isWellFormedId } from './document-ids.ts'
import { guardGraphql, guardRest } from './route-guard.ts'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})

afterAll(async () => {
  await t?.cleanup()
})

/** One REST request through Payload's own routing, as the API route hands it over. */
async function rest(path: string, init: RequestInit & { language?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.language) headers.set('accept-language', init.language)
  const response = await handleEndpoints({ config: payload.config, request: new Request(`http://cms.test${path}`, { ...init, headers }) })
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string; data?: { reason?: string } }> } }
}

describe('the input guard of every collection', () => {
  it('answers malformed ids with a 400 in the request’s language, not a database error', async () => {
    for (const id of ['abc', '__proto__', '9'.repeat(300), '1e309', '-1', '1.5']) {
      const answer = await rest(`/api/laboratories/${encodeURIComponent(id)}`)
      expect(answer.status, id).toBe(400)
      expect(answer.body.errors?.[0]?.data?.reason).toBe('bad-id')
      expect(answer.body.errors?.[0]?.message).toMatch(/^Identificativo non valido/)
    }
    const en = await rest('/api/laboratories/abc', { language: 'en-GB,en;q=0.9' })
    expect(en.body.errors?.[0]?.message).toBe('Invalid identifier: abc')
  })

  it('refuses filters, sorts and paging that cannot run, and runs those that can', async () => {
    const refused: Array<[string, string]> = [
      ['where[createdAt][greater_than]=notadate', 'bad-where-value'],
      ['where[id][equals][0]=1&where[id][equals][1]=2', 'bad-where-value'],
      ['where[id][in]=a,b', 'bad-id'],
      ['where[capacity][bogus]=1', 'bad-operator'],
      ['where[foo][equals]=1', 'bad-path'],
      ['where[or]=x', 'bad-where'],
      ['sort=nonexistent', 'bad-path'],
      ['limit=1e309', 'bad-number'],
      ['page=0', 'bad-number'],
      ['depth=abc', 'bad-number'],
    ]
    for (const [query, reason] of refused) {
      const answer = await rest(`/api/laboratories?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.body.errors?.[0]?.data?.reason, query).toBe(reason)
    }
    const english = await rest('/api/laboratories?where[foo][equals]=1', { language: 'en' })
    expect(english.body.errors?.[0]?.message).toBe('Cannot filter or sort by: foo')
    for (const query of [
      'where[id][in]=1,2',
      'where[neighbourhood.slug][equals]=x',
      'where[createdAt][greater_than]=2024-01-01',
      'sort=-createdAt,id',
      'limit=5&page=2&depth=1',
      'where[_status][exists]=true',
    ]) {
      expect((await rest(`/api/laboratories?${query}`)).status, query).toBe(200)
    }
  })

  it('refuses relationship ids and numbers a document cannot hold', async () => {
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'guard-admin@quartieri.test', password: 'a-long-test-password', name: 'Admin', role: 'admin' },
      overrideAccess: true,
    })
    const { token } = await payload.login({ collection: 'users', data: { email: admin.email, password: 'a-long-test-password' } })
    const answer = await rest('/api/indicators', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: '{"name":"x","pact":1e309}',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0]?.data?.reason).toBe('bad-field')
  })

  it('answers a missing media file with a 404', async () => {
    expect((await rest('/api/media/file/nonexistent.pdf')).status).toBe(404)
  })
})

describe('the API route wrapper', () => {
  const reached: Request[] = []
  const handler = async (request: Request) => {
    reached.push(request)
    return Response.json({ ok: true })
  }
  const guarded = guardRest(handler)
  const call = (path: string, init: RequestInit = {}) => guarded(new Request(`http://cms.test${path}`, init), {})

  it('refuses bodies Payload cannot read before passing the request on', async () => {
    reached.length = 0
    const cases: Array<[RequestInit, number]> = [
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' }, 400],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1]' }, 400],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: `${'['.repeat(100)}${']'.repeat(100)}` }, 400],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) }) }, 413],
      [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, 415],
      [{ method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'x' }, 415],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":["a"]}' }, 400],
    ]
    for (const [init, status] of cases) {
      const path = init.body === '{"email":["a"]}' ? '/api/users/login' : '/api/laboratories'
      const response = await call(path, init)
      expect(response.status, String(init.body).slice(0, 40)).toBe(status)
      expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toBeTruthy()
    }
    expect(await call('/api/laboratories?where=x')).toHaveProperty('status', 400)
    expect(reached).toHaveLength(0)
    const ok = await call('/api/laboratories', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"title":"x"}' })
    expect(ok.status).toBe(200)
    expect(await reached[0]?.json()).toEqual({ title: 'x' })
  })

  it('refuses malformed GraphQL with a 400 in the request’s language', async () => {
    const graphql = guardGraphql(handler)
    const post = (body: string, language?: string) =>
      graphql(
        new Request('http://cms.test/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) }, body }),
        {},
      )
    for (const body of [
      '{bad',
      '{"query":5}',
      JSON.stringify({ query: '{ a ' }),
      JSON.stringify({ query: `${'{ a '.repeat(40)}${'}'.repeat(40)}` }),
      JSON.stringify({ query: 'subscription { a }' }),
    ]) {
      const response = await post(body)
      expect(response.status, body.slice(0, 30)).toBe(400)
      expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/^Richiesta GraphQL non valida/)
    }
    expect(((await (await post('{bad', 'en')).json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/^Invalid GraphQL request/)
  })
})

describe('ids and languages', () => {
  it('takes positive whole numbers as numeric ids, and nothing else', () => {
    for (const id of [1, '1', 42, '9007199254740991']) expect(isWellFormedId('number', id), String(id)).toBe(true)
    for (const id of [0, -1, 1.5, Infinity, NaN, '1e309', '01', '1abc', '', '9007199254740993', [1], { id: 1 }, null, true])
      expect(isWellFormedId('number', id), String(id)).toBe(false)
  })

  it('chooses the language as Payload does: the cookie, then the first language it knows, else Italian', () => {
    const language = (headers: Record<string, string>) => languageOfHeaders(new Headers(headers))
    expect(language({})).toBe('it')
    expect(language({ 'accept-language': 'en-US,en;q=0.9' })).toBe('en')
    expect(language({ 'accept-language': 'it;q=0.4,en;q=0.9' })).toBe('en')
    expect(language({ 'accept-language': 'de,en;q=0.8' })).toBe('it')
    expect(language({ 'accept-language': 'en', cookie: 'payload-lng=it' })).toBe('it')
  })
})
