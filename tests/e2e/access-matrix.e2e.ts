import sharp from 'sharp'
import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import { ACCESS_MATRIX, ACTORS, OPERATIONS, matrixTable, scopeOf, type Actor, type Operation, type Scope } from '../../cms/src/platform/access/matrix.ts'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'

// Walks every cell of the access matrix (role × collection × operation) over REST and GraphQL, on a
// portal of its own: each cell is tried on a document of the operator's neighbourhood and on one of
// another, and the outcome must be what the cell says.

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }
type Side = 'own' | 'other'

let portal: Awaited<ReturnType<typeof startTestPortal>>
const tokens: Partial<Record<Actor, string>> = {}
const accounts: Partial<Record<Actor, Doc>> = {}
let own: Id
let other: Id
/** Published neighbourhoods assigned to the operator, used up by the tests that delete, publish or unpublish a neighbourhood. */
const ownPool: Id[] = []
const otherPool: Id[] = []
let serial = 0
const tag = () => `m${++serial}`

async function call(method: string, path: string, actor: Actor | 'system', body?: unknown): Promise<{ status: number; body: any }> {
  const token = actor === 'system' ? tokens.admin : actor === 'anonymous' ? undefined : tokens[actor]
  const res = await fetch(new URL(path, portal.cmsUrl), {
    method,
    headers: {
      accept: 'application/json',
      'accept-language': 'it',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body: parsed }
}

async function gql(actor: Actor, query: string, variables: Record<string, unknown> = {}) {
  return call('POST', '/api/graphql', actor, { query, variables })
}

/** A document made by the administrator, outside the cell under test. */
async function seed(slug: string, data: Record<string, unknown>, status: 'published' | 'draft'): Promise<Doc> {
  const drafts = isDrafted(slug)
  const res = await call('POST', `/api/${slug}${drafts && status === 'draft' ? '?draft=true' : ''}`, 'system', drafts ? { ...data, _status: status } : data)
  if (res.status !== 201) throw new Error(`seeding ${slug} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc as Doc
}

const isDrafted = (slug: string) => !['registrations', 'seat-claims', 'media-uses', 'slug-history', 'meeting-attendance', 'media', 'users'].includes(slug)
/** Collections written by the CMS's own services only: every request through an API must be refused. */
const CLOSED = new Set(['seat-claims', 'media-uses', 'slug-history', 'meeting-attendance'])
const neighbourhoodOf = (side: Side) => (side === 'own' ? own : other)

let parents: Record<Side, { project: Doc; lab: Doc }>

/** Minimal valid documents of each collection, in a neighbourhood. */
const FIXTURES: Record<string, { data?: (side: Side) => Record<string, unknown>; change: Record<string, unknown>; graphql: string }> = {
  neighbourhoods: { change: { summary: 'Modifica' }, graphql: 'Neighbourhood' },
  laboratories: {
    data: (side) => ({ title: `Lab ${tag()}`, slug: `lab-${tag()}`, neighbourhood: neighbourhoodOf(side), capacity: 10, phase: 'listening' }),
    change: { summary: 'Modifica' },
    graphql: 'Laboratory',
  },
  events: {
    data: (side) => ({ title: `Evento ${tag()}`, slug: `evento-${tag()}`, neighbourhood: neighbourhoodOf(side), start: '2031-05-01T16:00:00.000Z', type: 'assembly' }),
    change: { summary: 'Modifica' },
    graphql: 'Event',
  },
  organizations: {
    data: (side) => ({ name: `Associazione ${tag()}`, slug: `associazione-${tag()}`, kind: 'association', neighbourhoods: [neighbourhoodOf(side)] }),
    change: { name: 'Associazione modificata' },
    graphql: 'Organization',
  },
  pacts: {
    data: (side) => ({
      code: `PC-${tag()}`,
      title: `Patto ${tag()}`,
      slug: `patto-${tag()}`,
      kind: 'collaboration-pact',
      status: 'drafting',
      neighbourhoods: [neighbourhoodOf(side)],
    }),
    change: { summary: 'Modifica' },
    graphql: 'Pact',
  },
  projects: {
    data: (side) => ({ title: `Progetto ${tag()}`, slug: `progetto-${tag()}`, neighbourhood: neighbourhoodOf(side), domain: 'care-of-city', status: 'planned' }),
    change: { summary: 'Modifica' },
    graphql: 'Project',
  },
  indicators: { data: (side) => ({ name: `Indicatore ${tag()}`, project: parents[side].project.id, target: 10 }), change: { name: 'Indicatore modificato' }, graphql: 'Indicator' },
  results: {
    data: (side) => ({
      title: `Risultati ${tag()}`,
      slug: `risultati-${tag()}`,
      periodFrom: '2026-01-01T00:00:00.000Z',
      periodTo: '2026-06-30T00:00:00.000Z',
      neighbourhoods: [neighbourhoodOf(side)],
    }),
    change: { summary: 'Modifica' },
    graphql: 'Result',
  },
  grants: {
    data: (side) => ({ title: `Bando ${tag()}`, slug: `bando-${tag()}`, year: 2026, neighbourhoods: [neighbourhoodOf(side)] }),
    change: { summary: 'Modifica' },
    graphql: 'Grant',
  },
  registrations: { change: { attendance: [{ sessionDate: '2031-05-01T00:00:00.000Z', present: true }] }, graphql: 'Registration' },
  'seat-claims': { change: { seat: 2 }, graphql: 'SeatClaim' },
  media: { change: { alt: 'Testo alternativo modificato' }, graphql: 'Media' },
  users: { change: { name: 'Nome modificato' }, graphql: 'User' },
}

async function png(): Promise<Blob> {
  const buffer = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 102, b: 204 } } })
    .png()
    .toBuffer()
  return new Blob([new Uint8Array(buffer)], { type: 'image/png' })
}

async function upload(actor: Actor | 'system', alt: string): Promise<{ status: number; body: any }> {
  const form = new FormData()
  form.append('file', await png(), `${tag()}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const token = actor === 'system' ? tokens.admin : actor === 'anonymous' ? undefined : tokens[actor]
  const res = await fetch(new URL('/api/media', portal.cmsUrl), { method: 'POST', headers: token ? { authorization: `JWT ${token}` } : {}, body: form })
  return { status: res.status, body: await res.json().catch(() => null) }
}

async function signUp(lab: Doc): Promise<Doc> {
  const email = `cittadina-${tag()}@example.org`
  const res = await call('POST', '/api/registrations/sign-up', 'anonymous', { laboratory: lab.id, name: 'Cittadina', email, consent: true, locale: 'it' })
  if (res.status !== 202) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`)
  const found = await call('GET', `/api/registrations?where[email][equals]=${encodeURIComponent(email)}&depth=0`, 'system')
  return found.body.docs[0] as Doc
}

/** A fresh document of `slug` on `side` in the given state, for a probe that changes or removes it. */
async function fresh(slug: string, side: Side, status: 'published' | 'draft' = 'published', purpose?: { operation: Operation; actor: Actor }): Promise<Doc> {
  if (slug === 'neighbourhoods') {
    const id = (side === 'own' ? ownPool : otherPool).shift()
    if (id === undefined) throw new Error('the neighbourhood pool is used up')
    if (status === 'draft') {
      // Withdrawn by the administrator: a neighbourhood that is the operator's but not public.
      await call('PATCH', `/api/neighbourhoods/${id}`, 'system', { _status: 'draft' })
    }
    return (await call('GET', `/api/neighbourhoods/${id}?depth=0`, 'system')).body as Doc
  }
  if (slug === 'registrations') return signUp(parents[side].lab)
  if (slug === 'media' && purpose?.operation === 'delete' && side === 'own') {
    // An operator's own side for deleting is a file they uploaded that nothing uses yet.
    const uploader = purpose.actor === 'anonymous' ? 'system' : purpose.actor
    return (await upload(uploader, `File ${tag()}`)).body.doc as Doc
  }
  if (slug === 'media') {
    // A file of a published pact of that side: public, and the pact's neighbourhood's to change.
    const file = await upload('system', `File ${tag()}`)
    await seed('pacts', { ...FIXTURES.pacts!.data!(side), attachments: [{ file: file.body.doc.id, label: 'Allegato' }] }, 'published')
    return file.body.doc as Doc
  }
  if (slug === 'users')
    return (await call('POST', '/api/users', 'system', { email: `utente-${tag()}@example.org`, password: 'una-password-lunga-123', name: 'Utente', role: 'operator' })).body
      .doc as Doc
  if (slug === 'seat-claims') return { id: 1 }
  return seed(slug, FIXTURES[slug]!.data!(side), status)
}

/** Whether a cell lets an actor do the operation on a target of this side (and state). */
function expected(scope: Scope, target: { side: Side | 'self'; published: boolean; publicFile?: boolean }): boolean {
  switch (scope) {
    case 'all':
      return true
    case 'none':
      return false
    case 'own':
    case 'own-files':
      return target.side === 'own'
    case 'self':
      return target.side === 'self'
    case 'published':
      return target.published
    case 'public-files':
      return target.publicFile === true
  }
}

const mainStatus = async (slug: string, id: Id) => (await call('GET', `/api/${slug}/${id}?depth=0`, 'system')).body?._status

/** One try of an operation by an actor over REST; true when it took effect. */
async function restProbe(slug: string, operation: Operation, actor: Actor, target: Doc): Promise<boolean> {
  const fixture = FIXTURES[slug]!
  const draftQuery = isDrafted(slug) ? '?draft=true' : ''
  switch (operation) {
    case 'read': {
      const res = await call('GET', `/api/${slug}/${target.id}?depth=0`, actor)
      return res.status === 200 && String(res.body?.id) === String(target.id)
    }
    case 'readVersions': {
      const res = await call('GET', `/api/${slug}/versions?where[parent][equals]=${target.id}&depth=0`, actor)
      return res.status === 200 && res.body.totalDocs > 0
    }
    case 'update': {
      const res = await call('PATCH', `/api/${slug}/${target.id}${draftQuery}`, actor, fixture.change)
      return res.status === 200
    }
    case 'delete': {
      const res = await call('DELETE', `/api/${slug}/${target.id}`, actor)
      const gone = (await call('GET', `/api/${slug}/${target.id}?depth=0`, 'system')).status === 404
      return res.status === 200 && gone
    }
    case 'publish': {
      const res = await call('PATCH', `/api/${slug}/${target.id}`, actor, { _status: 'published' })
      return res.status === 200 && (await mainStatus(slug, target.id)) === 'published'
    }
    case 'unpublish': {
      const res = await call('PATCH', `/api/${slug}/${target.id}`, actor, { _status: 'draft' })
      return res.status === 200 && (await mainStatus(slug, target.id)) === 'draft'
    }
    case 'unlock': {
      const res = await call('POST', `/api/${slug}/unlock`, actor, { email: target.email })
      return res.status === 200
    }
    case 'cancel': {
      const res = await call('POST', `/api/${slug}/${target.id}/staff-cancel`, actor, { reason: 'Prova della matrice' })
      return res.status === 200 && (await call('GET', `/api/${slug}/${target.id}?depth=0`, 'system')).body?.status === 'cancelled'
    }
    case 'erase': {
      const res = await call('POST', `/api/${slug}/${target.id}/erase`, actor, {})
      return res.status === 200 && Boolean((await call('GET', `/api/${slug}/${target.id}?depth=0`, 'system')).body?.erasedAt)
    }
    case 'create':
      throw new Error('create is probed on its own')
  }
}

async function restCreate(slug: string, actor: Actor, side: Side): Promise<boolean> {
  if (slug === 'media') return (await upload(actor, 'Nuovo file')).status === 201
  if (slug === 'users')
    return (await call('POST', '/api/users', actor, { email: `nuovo-${tag()}@example.org`, password: 'una-password-lunga-123', name: 'Nuovo', role: 'operator' })).status === 201
  if (slug === 'registrations') {
    const lab = parents[side].lab
    return (
      (
        await call('POST', '/api/registrations', actor, {
          laboratory: lab.id,
          neighbourhood: neighbourhoodOf(side),
          status: 'confirmed',
          name: 'Inventata',
          email: `inventata-${tag()}@example.org`,
          dedupeKey: tag(),
        })
      ).status === 201
    )
  }
  if (slug === 'seat-claims') return (await call('POST', '/api/seat-claims', actor, { key: tag(), laboratory: parents[side].lab.id, registration: 1, seat: 99 })).status === 201
  if (slug === 'slug-history') return (await call('POST', '/api/slug-history', actor, { collection: 'pacts', slug: `patto-${tag()}`, document: '1' })).status === 201
  if (slug === 'meeting-attendance')
    return (
      (await call('POST', '/api/meeting-attendance', actor, { activity: `laboratories:${tag()}`, meeting: '2031-05-01T16:00:00.000Z', present: 1, walkIns: 0, total: 1 }))
        .status === 201
    )
  if (slug === 'media-uses') return (await call('POST', '/api/media-uses', actor, { document: tag(), media: 1, published: true })).status === 201
  if (slug === 'neighbourhoods')
    return (await call('POST', '/api/neighbourhoods?draft=true', actor, { name: `Quartiere ${tag()}`, slug: `quartiere-${tag()}`, _status: 'draft' })).status === 201
  const data = FIXTURES[slug]!.data!(side)
  return (await call('POST', `/api/${slug}${isDrafted(slug) ? '?draft=true' : ''}`, actor, isDrafted(slug) ? { ...data, _status: 'draft' } : data)).status === 201
}

/** The same operations through GraphQL: the names follow the collection (`updatePact`, `Pact`, `mutationPactUpdateInput`). */
const inputType = (name: string, update: boolean) => `mutation${name}${update ? 'Update' : ''}Input!`
/** Options of select fields are GraphQL enums, named with underscores for hyphens. */
const SELECTS = new Set(['kind', 'status', 'domain', 'type', 'phase', '_status'])
const asGraphqlInput = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key, SELECTS.has(key) && typeof value === 'string' ? value.replace(/-/g, '_') : value]))
async function graphqlProbe(slug: string, operation: Operation, actor: Actor, target: Doc | null, side: Side): Promise<boolean> {
  const name = FIXTURES[slug]!.graphql
  const ok = (res: { status: number; body: any }, field: string) => res.status === 200 && !res.body?.errors?.length && res.body?.data?.[field] != null
  switch (operation) {
    case 'read':
      return ok(await gql(actor, `query($id: Int!) { ${name}(id: $id) { id } }`, { id: target!.id }), name)
    case 'create': {
      const data = slug === 'neighbourhoods' ? { name: `Quartiere ${tag()}`, slug: `quartiere-${tag()}` } : FIXTURES[slug]!.data!(side)
      return ok(
        await gql(actor, `mutation($data: ${inputType(name, false)}) { create${name}(data: $data, draft: true) { id } }`, { data: asGraphqlInput({ ...data, _status: 'draft' }) }),
        `create${name}`,
      )
    }
    case 'update':
      return ok(
        await gql(actor, `mutation($id: Int!, $data: ${inputType(name, true)}) { update${name}(id: $id, data: $data, draft: true) { id } }`, {
          id: target!.id,
          data: asGraphqlInput(FIXTURES[slug]!.change),
        }),
        `update${name}`,
      )
    case 'delete': {
      const res = await gql(actor, `mutation($id: Int!) { delete${name}(id: $id) { id } }`, { id: target!.id })
      return ok(res, `delete${name}`) && (await call('GET', `/api/${slug}/${target!.id}?depth=0`, 'system')).status === 404
    }
    case 'publish':
    case 'unpublish': {
      const status = operation === 'publish' ? 'published' : 'draft'
      const res = await gql(actor, `mutation($id: Int!, $data: ${inputType(name, true)}) { update${name}(id: $id, data: $data) { id } }`, {
        id: target!.id,
        data: asGraphqlInput({ _status: status }),
      })
      return ok(res, `update${name}`) && (await mainStatus(slug, target!.id)) === status
    }
    default:
      throw new Error(`${operation} has no GraphQL probe`)
  }
}

/** The operations that exist for a collection: no publication without drafts, no unlock without accounts, cancelling and erasing only for sign-ups. */
function operationsOf(slug: string): Operation[] {
  return OPERATIONS.filter((op) => {
    if (op === 'publish' || op === 'unpublish' || op === 'readVersions') return isDrafted(slug)
    if (op === 'unlock') return slug === 'users'
    if (op === 'cancel' || op === 'erase') return slug === 'registrations'
    return true
  })
}

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  portal = await startTestPortal('access', () => {}, { QUARTIERI_DEMO: '0', SIGNUP_RATE_LIMIT: '10000' })
  tokens.admin = (
    await (await fetch(new URL('/api/users/login', portal.cmsUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })).json()
  ).token
  const neighbourhood = async () => (await seed('neighbourhoods', { name: `Quartiere ${tag()}`, slug: `quartiere-${tag()}` }, 'published')).id
  own = await neighbourhood()
  other = await neighbourhood()
  for (let i = 0; i < 48; i++) ownPool.push(await neighbourhood())
  for (let i = 0; i < 40; i++) otherPool.push(await neighbourhood())
  for (const [actor, role, neighbourhoods] of [
    ['operator', 'operator', [own, ...ownPool]],
    ['editor', 'editor', []],
  ] as const) {
    const email = `${actor}-matrice@example.org`
    const created = await call('POST', '/api/users', 'system', { email, password: 'una-password-lunga-123', name: actor, role, neighbourhoods })
    expect(created.status).toBe(201)
    accounts[actor] = created.body.doc
    const login = await call('POST', '/api/users/login', 'anonymous', { email, password: 'una-password-lunga-123' })
    tokens[actor] = login.body.token
  }
  accounts.admin = (await call('GET', '/api/users/me', 'admin')).body.user
  const lab = async (side: Side) => seed('laboratories', { ...FIXTURES.laboratories!.data!(side), capacity: 500 }, 'published')
  const project = async (side: Side) => seed('projects', FIXTURES.projects!.data!(side), 'published')
  parents = { own: { lab: await lab('own'), project: await project('own') }, other: { lab: await lab('other'), project: await project('other') } }
  // A published project renamed: the former-slug store has a row for the closed-collection probes to find or not.
  const renamed = await call('PATCH', `/api/projects/${parents.own.project.id}`, 'system', { slug: `progetto-${tag()}`, _status: 'published' })
  expect(renamed.status).toBe(200)
  // A meeting counted at the door: the head-count store has a row too.
  const meeting = '2031-05-01T16:00:00.000Z'
  expect((await call('PATCH', `/api/laboratories/${parents.own.lab.id}`, 'system', { sessions: [{ startsAt: meeting }], _status: 'published' })).status).toBe(200)
  expect((await call('POST', '/api/registrations/roster/walk-ins', 'system', { laboratory: parents.own.lab.id, meeting, walkIns: 3 })).status).toBe(200)
})

test.afterAll(async () => {
  await portal?.stop()
})

for (const slug of Object.keys(ACCESS_MATRIX)) {
  test(`${slug}: every cell of the matrix holds over REST and GraphQL`, async () => {
    const failures: string[] = []
    let cells = 0
    const check = (what: string, scope: Scope, target: Parameters<typeof expected>[1], happened: boolean) => {
      const should = expected(scope, target)
      if (should !== happened)
        failures.push(`${what}: the matrix says ${scope}, it ${happened ? 'succeeded' : 'was refused'} (${target.side}${target.published ? ', published' : ''})`)
    }
    for (const operation of operationsOf(slug)) {
      for (const actor of ACTORS) {
        const scope = scopeOf(slug, operation, actor)
        cells++
        const sides: Array<Side | 'self'> = slug === 'users' ? ['self', 'other'] : ['own', 'other']
        for (const side of sides) {
          const where = `${slug} ${operation} by ${actor}`
          const docSide: Side = side === 'self' ? 'own' : side
          if (operation === 'create') {
            if (side === 'self') continue
            check(`${where} (REST)`, scope, { side, published: false }, await restCreate(slug, actor, side))
            if (slug !== 'media' && slug !== 'users' && slug !== 'registrations' && !CLOSED.has(slug) && !(slug === 'neighbourhoods' && side === 'other')) {
              check(`${where} (GraphQL)`, scope, { side, published: false }, await graphqlProbe(slug, operation, actor, null, side))
            }
            continue
          }
          if (CLOSED.has(slug)) {
            const res = await call(
              operation === 'read' ? 'GET' : operation === 'delete' ? 'DELETE' : 'PATCH',
              `/api/${slug}${operation === 'read' ? '' : '/1'}`,
              actor,
              operation === 'update' ? { published: true, seat: 2 } : undefined,
            )
            const happened = res.status === 200 && (operation !== 'read' || res.body.docs.length > 0)
            check(`${where} (REST)`, scope, { side: docSide, published: true }, happened)
            continue
          }
          // The administrator running the test keeps their own account: its deletion is tried on another.
          if (slug === 'users' && operation === 'delete' && side === 'self' && actor === 'admin') continue
          const target = slug === 'users' ? (side === 'self' ? accounts[actor === 'anonymous' ? 'operator' : actor]! : await fresh('users', 'other')) : null
          const targetFor = async (status: 'published' | 'draft') => target ?? (await fresh(slug, docSide, status, { operation, actor }))
          if (operation === 'read' || operation === 'readVersions') {
            const published = await targetFor('published')
            const truth = { side: side === 'self' && actor === 'anonymous' ? ('other' as const) : side, published: isDrafted(slug), publicFile: true }
            check(`${where} (REST)`, scope, truth, await restProbe(slug, operation, actor, published))
            if (operation === 'read' && FIXTURES[slug]!.graphql && slug !== 'media')
              check(`${where} (GraphQL)`, scope, truth, await graphqlProbe(slug, operation, actor, published, docSide))
            if (isDrafted(slug) && operation === 'read') {
              const draft = await fresh(slug, docSide, 'draft')
              check(`${where} of a draft (REST)`, scope, { side, published: false }, await restProbe(slug, operation, actor, draft))
            }
            continue
          }
          if (operation === 'unlock') {
            check(`${where} (REST)`, scope, { side: 'other', published: true }, await restProbe(slug, operation, actor, await fresh('users', 'other')))
            continue
          }
          const state = operation === 'publish' ? 'draft' : 'published'
          const truth = { side: side === 'self' && actor === 'anonymous' ? ('other' as const) : side, published: true }
          check(`${where} (REST)`, scope, truth, await restProbe(slug, operation, actor, await targetFor(state)))
          if (slug !== 'media' && slug !== 'users' && slug !== 'registrations' && (isDrafted(slug) || operation === 'update' || operation === 'delete')) {
            if (slug === 'neighbourhoods' && side === 'other' && operation !== 'update') continue
            check(`${where} (GraphQL)`, scope, truth, await graphqlProbe(slug, operation, actor, await targetFor(state), docSide))
          }
        }
      }
    }
    console.log(`${slug}: ${cells} cells tried, ${failures.length} disagreements`)
    expect(failures).toEqual([])
  })
}

test.describe('what the matrix promises', () => {
  test('operators never publish or unpublish, sign-ups keep what citizens entered, only administrators unlock', () => {
    for (const slug of Object.keys(ACCESS_MATRIX)) {
      expect(scopeOf(slug, 'publish', 'operator'), slug).toBe('none')
      expect(scopeOf(slug, 'unpublish', 'operator'), slug).toBe('none')
      expect(scopeOf(slug, 'create', 'anonymous'), slug).toBe('none')
      expect(scopeOf(slug, 'unlock', 'operator'), slug).toBe('none')
      expect(scopeOf(slug, 'unlock', 'editor'), slug).toBe('none')
      expect(scopeOf(slug, 'cancel', 'anonymous'), slug).toBe('none')
      expect(scopeOf(slug, 'erase', 'anonymous'), slug).toBe('none')
    }
    for (const actor of ACTORS) expect(ACCESS_MATRIX.registrations!.writableFields?.[actor] ?? [], actor).toEqual(actor === 'anonymous' ? [] : ['attendance'])
    for (const slug of CLOSED) for (const operation of OPERATIONS) for (const actor of ACTORS) expect(scopeOf(slug, operation, actor), slug).toBe('none')
  })

  test('docs/access.md shows the matrix the CMS enforces', () => {
    const guide = fs.readFileSync(new URL('../../docs/access.md', import.meta.url), 'utf8')
    expect(guide).toContain(matrixTable())
  })

  test('an operator’s change to a published document is kept as a draft for review, never written over the public version', async () => {
    const lab = await seed('laboratories', FIXTURES.laboratories!.data!('own'), 'published')
    const inPlace = await call('PATCH', `/api/laboratories/${lab.id}`, 'operator', { summary: 'Scritto sopra la versione pubblica' })
    expect(inPlace.status).toBe(403)
    expect(JSON.stringify(inPlace.body)).toContain('Solo la redazione')
    const draft = await call('PATCH', `/api/laboratories/${lab.id}?draft=true`, 'operator', { summary: 'Proposta dell’operatore' })
    expect(draft.status).toBe(200)
    const publicView = await call('GET', `/api/laboratories/${lab.id}?depth=0`, 'anonymous')
    expect(publicView.body.summary ?? null).toBeNull()
    const latest = await call('GET', `/api/laboratories/${lab.id}?draft=true&depth=0`, 'editor')
    expect(latest.body.summary).toBe('Proposta dell’operatore')
    expect((await call('PATCH', `/api/laboratories/${lab.id}`, 'editor', { _status: 'published' })).status).toBe(200)
    expect((await call('GET', `/api/laboratories/${lab.id}?depth=0`, 'anonymous')).body.summary).toBe('Proposta dell’operatore')
    // Restoring an old version over the public one is a publication too.
    const versions = await call('GET', `/api/laboratories/versions?where[parent][equals]=${lab.id}&sort=createdAt&depth=0`, 'operator')
    const first = versions.body.docs[0]
    expect((await call('POST', `/api/laboratories/versions/${first.id}`, 'operator')).status).toBe(403)
    expect((await call('POST', `/api/laboratories/versions/${first.id}?draft=true`, 'operator')).status).toBe(200)
    expect((await call('GET', `/api/laboratories/${lab.id}?depth=0`, 'anonymous')).body.summary).toBe('Proposta dell’operatore')
  })

  test('what a citizen entered in a sign-up, and its status, are read-only for every role', async () => {
    const registration = await signUp(parents.own.lab)
    for (const actor of ['operator', 'editor', 'admin'] as const) {
      for (const change of [
        { email: 'riscritta@example.org' },
        { name: 'Altro nome' },
        { status: 'confirmed' },
        { laboratory: parents.other.lab.id },
        { accessibilityNeeds: 'nessuna' },
      ]) {
        const res = await call('PATCH', `/api/registrations/${registration.id}`, actor, change)
        expect(res.status, `${actor} ${JSON.stringify(change)}`).toBe(403)
        expect(JSON.stringify(res.body)).toContain('Non puoi modificare il campo')
      }
      const graph = await gql(actor, `mutation($id: Int!) { updateRegistration(id: $id, data: { email: "g@example.org", status: confirmed }) { id } }`, { id: registration.id })
      expect(graph.body.errors?.length ?? 0, actor).toBeGreaterThan(0)
    }
    const after = await call('GET', `/api/registrations/${registration.id}?depth=0`, 'system')
    expect(after.body.email).toBe(registration.email)
    expect(after.body.status).toBe(registration.status)
    expect(String(after.body.laboratory)).toBe(String(parents.own.lab.id))
  })

  test('staff cannot change their own role or neighbourhoods: the change is refused, not ignored', async () => {
    for (const change of [{ role: 'admin' }, { neighbourhoods: [own, other] }]) {
      const res = await call('PATCH', `/api/users/${accounts.operator!.id}`, 'operator', change)
      expect(res.status).toBe(403)
    }
    const graph = await gql('editor', `mutation($id: Int!) { updateUser(id: $id, data: { role: admin }) { id role } }`, { id: accounts.editor!.id })
    expect(graph.body.errors?.length ?? 0).toBeGreaterThan(0)
    expect((await call('GET', `/api/users/${accounts.editor!.id}`, 'system')).body.role).toBe('editor')
    expect((await call('PATCH', `/api/users/${accounts.operator!.id}`, 'operator', { name: 'Nome nuovo' })).status).toBe(200)
  })

  test('an operator links an event only to a laboratory of their neighbourhoods', async () => {
    const event = await seed('events', FIXTURES.events!.data!('own'), 'draft')
    const res = await call('PATCH', `/api/events/${event.id}?draft=true`, 'operator', { laboratory: parents.other.lab.id })
    expect(res.status).toBe(403)
    expect((await call('PATCH', `/api/events/${event.id}?draft=true`, 'operator', { laboratory: parents.own.lab.id })).status).toBe(200)
  })
})
