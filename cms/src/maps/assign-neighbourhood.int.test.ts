import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../payload-types.ts'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { NEIGHBOURHOOD_NEEDED } from './assign-neighbourhood.ts'
import { idOf } from '@quartieri/shared/platform/ids'

let t: TestPayload
let payload: Payload
let westId: number
let eastId: number
let draftId: number

// Two squares side by side in Milan, as [longitude, latitude]; a third, unpublished, further south.
const square = (west: number, east: number, south: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
]
const polygon = (west: number, east: number, south = 45.44, north = 45.48) => ({ type: 'Polygon', coordinates: [square(west, east, south, north)] })

const inWest = { lat: 45.46, lng: 9.15 }
const inEast = { lat: 45.46, lng: 9.25 }
const inDraft = { lat: 45.41, lng: 9.15 }
const nowhere = { lat: 45.6, lng: 9.15 }

let serial = 0
const slug = (prefix: string) => `${prefix}-${++serial}`

const lab = (data: Record<string, unknown>, user?: User) =>
  payload.create({
    collection: 'laboratories',
    data: { title: 'Laboratorio', slug: slug('lab'), capacity: 20, phase: 'listening', _status: 'published', ...data } as never,
    ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
  })

const event = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'events',
    data: { title: 'Assemblea', slug: slug('evento'), start: '2030-03-01T17:00:00.000Z', type: 'assembly', _status: 'published', ...data } as never,
    overrideAccess: true,
  })

const project = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'projects',
    data: { title: 'Orto condiviso', slug: slug('progetto'), domain: 'care-of-city', _status: 'published', ...data } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const create = (name: string, boundary: unknown, status: 'published' | 'draft' = 'published') =>
    payload.create({ collection: 'neighbourhoods', data: { name, slug: slug('quartiere'), boundary, _status: status } as never, draft: status === 'draft', overrideAccess: true })
  westId = (await create('Ovest', polygon(9.1, 9.2))).id
  eastId = (await create('Est', polygon(9.2, 9.3))).id
  draftId = (await create('In preparazione', polygon(9.1, 9.2, 45.4, 45.42), 'draft')).id
  // One without a boundary: it contains no point, and must not get in the way.
  await create('Senza confine', null)
})

afterAll(async () => {
  await t?.cleanup()
})

describe('a document without a neighbourhood gets the one containing its point', () => {
  it('a laboratory, from its venue', async () => {
    const saved = await lab({ venue: { name: 'Biblioteca', location: inEast } })
    expect(idOf(saved.neighbourhood)).toBe(eastId)
  })

  it('an event, from its venue', async () => {
    const saved = await event({ venue: { location: inWest } })
    expect(idOf(saved.neighbourhood)).toBe(westId)
  })

  it('a project, from its location', async () => {
    const saved = await project({ location: inEast })
    expect(idOf(saved.neighbourhood)).toBe(eastId)
  })

  it('a neighbourhood still in draft counts too', async () => {
    const saved = await event({ venue: { location: inDraft } })
    expect(idOf(saved.neighbourhood)).toBe(draftId)
  })

  it('when the neighbourhood is emptied on update, from the point already stored', async () => {
    const saved = await project({ neighbourhood: westId, location: inEast })
    const updated = await payload.update({ collection: 'projects', id: saved.id, data: { neighbourhood: null }, overrideAccess: true })
    expect(idOf(updated.neighbourhood)).toBe(eastId)
  })

  it('a partial update that does not touch the neighbourhood keeps it', async () => {
    const saved = await lab({ venue: { location: inWest } })
    const updated = await payload.update({ collection: 'laboratories', id: saved.id, data: { summary: 'Nuova sintesi' }, overrideAccess: true })
    expect(idOf(updated.neighbourhood)).toBe(westId)
  })
})

describe('an explicit neighbourhood', () => {
  it('is kept, even when the point lies in another one', async () => {
    expect(idOf((await lab({ neighbourhood: westId, venue: { location: inEast } })).neighbourhood)).toBe(westId)
    expect(idOf((await event({ neighbourhood: eastId, venue: { location: inWest } })).neighbourhood)).toBe(eastId)
    expect(idOf((await project({ neighbourhood: eastId, location: nowhere })).neighbourhood)).toBe(eastId)
  })

  it('is enough without any point', async () => {
    expect(idOf((await event({ neighbourhood: westId })).neighbourhood)).toBe(westId)
  })
})

describe('neither a neighbourhood nor a point inside one', () => {
  it('a point outside every boundary is a 400 that says what to do', async () => {
    for (const attempt of [() => lab({ venue: { location: nowhere } }), () => event({ venue: { location: nowhere } }), () => project({ location: nowhere })]) {
      await expect(attempt()).rejects.toMatchObject({ status: 400, message: NEIGHBOURHOOD_NEEDED })
    }
    expect(NEIGHBOURHOOD_NEEDED).toContain('Indica il quartiere o un punto dentro il confine di un quartiere')
  })

  it('no point at all, or half of one, is the same 400', async () => {
    await expect(event({})).rejects.toMatchObject({ status: 400, message: NEIGHBOURHOOD_NEEDED })
    await expect(event({ venue: { location: { lat: inWest.lat, lng: null } } })).rejects.toMatchObject({ status: 400 })
  })

  it('emptying the neighbourhood of a document without a point is refused, and the document keeps its own', async () => {
    const saved = await event({ neighbourhood: eastId })
    await expect(payload.update({ collection: 'events', id: saved.id, data: { neighbourhood: null }, overrideAccess: true })).rejects.toMatchObject({ status: 400 })
    const stored = await payload.findByID({ collection: 'events', id: saved.id, depth: 0, overrideAccess: true })
    expect(stored.neighbourhood).toBe(eastId)
  })
})

describe('operators', () => {
  let operator: User

  beforeAll(async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'operatrice-ovest@example.org', password: 'a-long-test-password', name: 'Operatrice Ovest', role: 'operator', neighbourhoods: [westId] },
      overrideAccess: true,
    })
    operator = { ...user, collection: 'users' } as User
  })

  it('get their own neighbourhood from a point inside it', async () => {
    const saved = await lab({ venue: { location: inWest }, _status: 'draft' }, operator)
    expect(idOf(saved.neighbourhood)).toBe(westId)
  })

  it('cannot place a point in someone else’s neighbourhood (403)', async () => {
    await expect(lab({ venue: { location: inEast }, _status: 'draft' }, operator)).rejects.toMatchObject({ status: 403 })
  })
})

describe('neighbourhood boundaries', () => {
  let pastedId: number
  const open = square(9.1, 9.2, 45.44, 45.48).slice(0, 4)

  it('refuse a ring that is not closed, saying so', async () => {
    await expect(
      payload.create({
        collection: 'neighbourhoods',
        data: { name: 'Aperto', slug: slug('aperto'), boundary: { type: 'Polygon', coordinates: [open] } } as never,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'boundary', message: expect.stringContaining('The polygon ring is not closed') })] },
    })
  })

  it('refuse swapped coordinates, a short ring and a MultiPolygon of several parts, each with its own message', async () => {
    const messageFor = async (boundary: unknown) => {
      try {
        await payload.create({ collection: 'neighbourhoods', data: { name: 'Errato', slug: slug('errato'), boundary } as never, overrideAccess: true })
      } catch (error) {
        return (error as { data?: { errors?: Array<{ message: string }> } }).data?.errors?.[0]?.message
      }
      throw new Error('saved')
    }
    expect(
      await messageFor({
        type: 'Polygon',
        coordinates: [
          [
            [45.46, 139.1],
            [45.47, 139.1],
            [45.47, 139.2],
            [45.46, 139.1],
          ],
        ],
      }),
    ).toContain('invertite')
    expect(
      await messageFor({
        type: 'Polygon',
        coordinates: [
          [
            [9.1, 45.4],
            [9.2, 45.4],
            [9.1, 45.4],
          ],
        ],
      }),
    ).toContain('almeno 4 punti')
    expect(await messageFor({ type: 'MultiPolygon', coordinates: [polygon(9.1, 9.2).coordinates, polygon(9.2, 9.3).coordinates] })).toContain('questo MultiPolygon ne contiene 2')
  })

  it('unwrap a pasted Feature, and a FeatureCollection of one, to the polygon', async () => {
    const feature = { type: 'Feature', properties: { name: 'disegnato su geojson.io' }, geometry: polygon(9.3, 9.4) }
    const fromFeature = await payload.create({
      collection: 'neighbourhoods',
      data: { name: 'Incollato', slug: slug('incollato'), boundary: feature } as never,
      overrideAccess: true,
    })
    expect(fromFeature.boundary).toEqual(polygon(9.3, 9.4))
    pastedId = fromFeature.id
    const updated = await payload.update({
      collection: 'neighbourhoods',
      id: fromFeature.id,
      data: { boundary: { type: 'FeatureCollection', features: [{ ...feature, geometry: polygon(9.3, 9.35) }] } } as never,
      overrideAccess: true,
    })
    expect(updated.boundary).toEqual(polygon(9.3, 9.35))
  })

  it('place documents once unwrapped', async () => {
    expect(idOf((await event({ venue: { location: { lat: 45.46, lng: 9.32 } } })).neighbourhood)).toBe(pastedId)
    // Outside the updated boundary, inside the first one pasted.
    await expect(event({ venue: { location: { lat: 45.46, lng: 9.38 } } })).rejects.toMatchObject({ status: 400 })
  })
})
