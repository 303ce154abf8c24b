import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../payload-types.ts'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'

let t: TestPayload
let payload: Payload
let operator: User
let editor: User
let ownId: number | string
let otherId: number | string

async function staff(email: string, role: User['role'], neighbourhoods: Array<number | string> = []): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'a-long-test-password', name: email, role, neighbourhoods: neighbourhoods as number[] },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as User
}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const own = await payload.create({ collection: 'neighbourhoods', data: { name: 'San Siro', slug: 'san-siro', _status: 'published' }, overrideAccess: true })
  const other = await payload.create({ collection: 'neighbourhoods', data: { name: 'Mazzini', slug: 'mazzini', _status: 'published' }, overrideAccess: true })
  await payload.create({ collection: 'neighbourhoods', data: { name: 'Bozza segreta', slug: 'bozza-segreta', _status: 'draft' }, draft: true, overrideAccess: true })
  ownId = own.id
  otherId = other.id
  operator = await staff('operatore@example.org', 'operator', [ownId])
  editor = await staff('redazione@example.org', 'editor')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('operators', () => {
  it('save a draft of their own neighbourhood', async () => {
    const saved = await payload.update({
      collection: 'neighbourhoods',
      id: ownId,
      data: { summary: 'Bozza dell’operatore', _status: 'draft' },
      draft: true,
      user: operator,
      overrideAccess: false,
    })
    expect(saved.summary).toBe('Bozza dell’operatore')
  })

  it('cannot update another neighbourhood (403)', async () => {
    await expect(
      payload.update({ collection: 'neighbourhoods', id: otherId, data: { summary: 'x', _status: 'draft' }, draft: true, user: operator, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const unchanged = await payload.findByID({ collection: 'neighbourhoods', id: otherId, overrideAccess: true, draft: true })
    expect(unchanged.summary ?? null).toBeNull()
  })

  it('cannot publish, even their own neighbourhood', async () => {
    await expect(
      payload.update({ collection: 'neighbourhoods', id: ownId, data: { summary: 'pubblicato?', _status: 'published' }, user: operator, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Solo la redazione') })
  })

  it('cannot create neighbourhoods or change their own role', async () => {
    await expect(payload.create({ collection: 'neighbourhoods', data: { name: 'Nuovo', slug: 'nuovo' }, user: operator, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    await expect(payload.update({ collection: 'users', id: operator.id, data: { role: 'admin' }, user: operator, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('«role»'),
    })
    const self = await payload.findByID({ collection: 'users', id: operator.id, overrideAccess: true })
    expect(self.role).toBe('operator')
  })
})

describe('operators and pacts', () => {
  it('draft pacts, projects and indicators of their own neighbourhood, not of another, and not a pact spanning another', async () => {
    const pact = await payload.create({
      collection: 'pacts',
      data: { code: 'PC-OP-1', title: 'Patto dell’operatore', slug: 'patto-operatore', neighbourhoods: [ownId as number], status: 'drafting', _status: 'draft' },
      draft: true,
      user: operator,
      overrideAccess: false,
    })
    expect(pact.code).toBe('PC-OP-1')
    const project = await payload.create({
      collection: 'projects',
      data: { title: 'Progetto', slug: 'progetto-operatore', pact: pact.id, neighbourhood: ownId as number, domain: 'care-of-city', status: 'planned', _status: 'draft' },
      draft: true,
      user: operator,
      overrideAccess: false,
    })
    const indicator = await payload.create({
      collection: 'indicators',
      data: { name: 'Alberi', project: project.id, target: 10, _status: 'draft' },
      draft: true,
      user: operator,
      overrideAccess: false,
    })
    expect(indicator.neighbourhoods?.map((n) => (typeof n === 'object' ? n.id : n))).toEqual([ownId])

    await expect(
      payload.create({
        collection: 'pacts',
        data: { code: 'PC-OP-2', title: 'Altrui', slug: 'patto-altrui', neighbourhoods: [otherId as number], status: 'drafting', _status: 'draft' },
        draft: true,
        user: operator,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // A pact that spans a neighbourhood that is not theirs is not theirs to write.
    await expect(
      payload.update({
        collection: 'pacts',
        id: pact.id,
        data: { neighbourhoods: [ownId as number, otherId as number], _status: 'draft' },
        draft: true,
        user: operator,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const theirs = await payload.create({
      collection: 'pacts',
      data: {
        code: 'PC-ED-1',
        kind: 'collaboration-pact',
        title: 'Della redazione',
        slug: 'patto-redazione',
        neighbourhoods: [otherId as number],
        status: 'drafting',
        _status: 'published',
      },
      user: editor,
      overrideAccess: false,
    })
    await expect(
      payload.update({ collection: 'pacts', id: theirs.id, data: { title: 'x', _status: 'draft' }, draft: true, user: operator, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'pacts', id: pact.id, data: { _status: 'published' }, user: operator, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it('the workflow refuses an approved pact without its Giunta act, with a clear message', async () => {
    await expect(
      payload.create({
        collection: 'pacts',
        data: {
          code: 'PC-WF-1',
          kind: 'collaboration-pact',
          title: 'Senza delibera',
          slug: 'senza-delibera',
          neighbourhoods: [ownId as number],
          status: 'approved',
          _status: 'published',
        },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('delibera di Giunta') })
  })

  it('refuses a renewal that would loop back to the pact itself', async () => {
    const base = { kind: 'collaboration-pact' as const, neighbourhoods: [ownId as number], status: 'drafting' as const, _status: 'published' as const }
    const first = await payload.create({ collection: 'pacts', data: { ...base, code: 'PC-R-1', title: 'Primo', slug: 'rinnovo-primo' }, user: editor, overrideAccess: false })
    const second = await payload.create({
      collection: 'pacts',
      data: { ...base, code: 'PC-R-2', title: 'Secondo', slug: 'rinnovo-secondo', renews: first.id },
      user: editor,
      overrideAccess: false,
    })
    await expect(payload.update({ collection: 'pacts', id: first.id, data: { renews: second.id }, user: editor, overrideAccess: false })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('cerchio'),
    })
  })
})

describe('editors', () => {
  it('publish what an operator drafted', async () => {
    const published = await payload.update({
      collection: 'neighbourhoods',
      id: ownId,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    expect(published.summary).toBe('Bozza dell’operatore')
  })

  it('cannot manage users', async () => {
    await expect(
      payload.create({ collection: 'users', data: { email: 'x@example.org', password: 'a-long-test-password', name: 'X', role: 'admin' }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('anonymous readers', () => {
  it('see published neighbourhoods only, even asking for drafts', async () => {
    for (const draft of [false, true]) {
      const result = await payload.find({ collection: 'neighbourhoods', overrideAccess: false, draft, limit: 100 })
      const slugs = result.docs.map((d) => d.slug)
      expect(slugs).toContain('mazzini')
      expect(slugs).not.toContain('bozza-segreta')
    }
  })

  it('never see the unpublished draft of a published neighbourhood', async () => {
    await payload.update({ collection: 'neighbourhoods', id: otherId, data: { summary: 'Modifica non pubblicata', _status: 'draft' }, draft: true, overrideAccess: true })
    const result = await payload.find({ collection: 'neighbourhoods', where: { slug: { equals: 'mazzini' } }, overrideAccess: false, draft: true })
    expect(result.docs.map((d) => d.summary)).not.toContain('Modifica non pubblicata')
  })

  it('cannot read users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
