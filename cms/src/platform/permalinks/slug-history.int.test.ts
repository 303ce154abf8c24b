import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyEndpoint } from '../../pacts/history.ts'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'
import { resolveEndpoint } from './slug-history.ts'

let t: TestPayload
let payload: Payload
let neighbourhood: number
let n = 0
const tag = () => `${Date.now().toString(36)}-${++n}`

/** What the site gets from GET /api/slug-history/resolve. */
async function resolve(collection: string, name: string): Promise<{ status: number; body: { slug?: string | null; error?: string } }> {
  const req = { payload, searchParams: new URLSearchParams({ collection, name }) } as unknown as PayloadRequest
  const res = await resolveEndpoint.handler(req)
  return { status: res.status, body: await res.json() }
}
const movedTo = async (collection: string, name: string) => (await resolve(collection, name)).body.slug

async function publishedPact(slug: string, code = `PC-${tag()}`) {
  return payload.create({
    collection: 'pacts',
    data: { code, title: `Patto ${slug}`, slug, kind: 'collaboration-pact', status: 'drafting', neighbourhoods: [neighbourhood], _status: 'published' },
    overrideAccess: true,
  })
}
const publish = (id: number, data: Record<string, unknown>) => payload.update({ collection: 'pacts', id, data: { ...data, _status: 'published' }, overrideAccess: true })
const saveDraft = (id: number, data: Record<string, unknown>) => payload.update({ collection: 'pacts', id, data: { ...data, _status: 'draft' }, draft: true, overrideAccess: true })

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  neighbourhood = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Giambellino', slug: 'giambellino', _status: 'published' }, overrideAccess: true })).id
})

afterAll(async () => {
  await t?.cleanup()
})

describe('former slugs of published documents', () => {
  it('lead to the current slug after a publication renames the document, however many times', async () => {
    const first = `primo-${tag()}`
    const pact = await publishedPact(first)
    const second = `secondo-${tag()}`
    await publish(pact.id, { slug: second })
    expect(await movedTo('pacts', first)).toBe(second)
    const third = `terzo-${tag()}`
    await publish(pact.id, { slug: third })
    expect(await movedTo('pacts', first)).toBe(third)
    expect(await movedTo('pacts', second)).toBe(third)
    // The current slug has not moved.
    expect(await movedTo('pacts', third)).toBeNull()
  })

  it('work for every collection with a public page', async () => {
    const old = `orto-${tag()}`
    const lab = await payload.create({
      collection: 'laboratories',
      data: { title: 'Orto', slug: old, neighbourhood, capacity: 5, phase: 'listening', _status: 'published' },
      overrideAccess: true,
    })
    const renamed = `orto-condiviso-${tag()}`
    await payload.update({ collection: 'laboratories', id: lab.id, data: { slug: renamed, _status: 'published' }, overrideAccess: true })
    expect(await movedTo('laboratories', old)).toBe(renamed)
    const oldArea = `giambellino-${tag()}`
    const area = await payload.create({ collection: 'neighbourhoods', data: { name: 'Lorenteggio', slug: oldArea, _status: 'published' }, overrideAccess: true })
    await payload.update({ collection: 'neighbourhoods', id: area.id, data: { slug: `lorenteggio-${tag()}`, _status: 'published' }, overrideAccess: true })
    expect(await movedTo('neighbourhoods', oldArea)).toMatch(/^lorenteggio-/)
    // A slug is a slug of its own collection only.
    expect(await movedTo('events', old)).toBeNull()
  })

  it('are not taken from drafts: a draft slug is never told, and the public slug moves only once the draft is published', async () => {
    const live = `pubblico-${tag()}`
    const pact = await publishedPact(live)
    const drafted = `bozza-${tag()}`
    await saveDraft(pact.id, { slug: drafted })
    expect(await movedTo('pacts', live)).toBeNull()
    expect(await movedTo('pacts', drafted)).toBeNull()
    await publish(pact.id, {})
    expect(await movedTo('pacts', live)).toBe(drafted)
  })

  it('lead nowhere once the document is withdrawn or deleted', async () => {
    const old = `ritirato-${tag()}`
    const pact = await publishedPact(old)
    await publish(pact.id, { slug: `ritirato-nuovo-${tag()}` })
    await payload.update({ collection: 'pacts', id: pact.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await movedTo('pacts', old)).toBeNull()
    const gone = `cancellato-${tag()}`
    const other = await publishedPact(gone)
    await publish(other.id, { slug: `cancellato-nuovo-${tag()}` })
    await payload.delete({ collection: 'pacts', id: other.id, overrideAccess: true })
    expect(await movedTo('pacts', gone)).toBeNull()
  })

  it('follow the document that had the slug last, when another document takes a slug and gives it up again', async () => {
    const shared = `condiviso-${tag()}`
    const a = await publishedPact(shared)
    await publish(a.id, { slug: `a-${tag()}` })
    const b = await publishedPact(shared)
    const bNow = `b-${tag()}`
    await publish(b.id, { slug: bNow })
    expect(await movedTo('pacts', shared)).toBe(bNow)
  })
})

describe('a pact by its code', () => {
  it('leads to the published pact, never to a draft', async () => {
    const code = `PC-2031-${n + 100}`
    const slug = `codice-${tag()}`
    await publishedPact(slug, code)
    expect(await movedTo('pacts', code)).toBe(slug)
    const draftCode = `PC-2032-${n + 100}`
    await payload.create({
      collection: 'pacts',
      data: { code: draftCode, title: 'Bozza', slug: `bozza-codice-${tag()}`, kind: 'collaboration-pact', status: 'drafting', neighbourhoods: [neighbourhood], _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    expect(await movedTo('pacts', draftCode)).toBeNull()
    expect(await movedTo('pacts', 'PC-0000-000')).toBeNull()
  })
})

describe('the resolve endpoint', () => {
  it('answers a malformed question with a 400 in Italian and English', async () => {
    for (const [collection, name] of [
      ['users', 'x'],
      ['pacts', '../x'],
      ['events', 'PC-2024-002'],
      ['pacts', ''],
    ]) {
      const res = await resolve(collection!, name!)
      expect(res.status, `${collection} ${name}`).toBe(400)
      expect(res.body.error).toMatch(/ \/ /)
    }
  })
})

describe("a pact's public history", () => {
  it("shows a change of the pact's address", async () => {
    const old = `storia-${tag()}`
    const pact = await publishedPact(old)
    const renamed = `storia-nuova-${tag()}`
    await publish(pact.id, { slug: renamed })
    const req = { payload, routeParams: { id: String(pact.id) } } as unknown as PayloadRequest
    const body = await (await historyEndpoint.handler(req)).json()
    const changes = body.entries[0].changes as Array<{ field: string; from: string; to: string }>
    expect(changes).toContainEqual({ field: 'address', from: `/patti/${old}`, to: `/patti/${renamed}` })
  })
})
