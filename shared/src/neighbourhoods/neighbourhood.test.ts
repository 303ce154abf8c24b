import { describe, expect, it } from 'vitest'
import { publicNeighbourhoodSchema, sortOpeningHours, type OpeningHours } from './neighbourhood.ts'

/** A neighbourhood as Payload's REST API returns it: empty optional fields come back as null. */
function restDocument(): Record<string, unknown> {
  return {
    id: 7,
    name: 'Molise-Calvairate',
    slug: 'molise-calvairate',
    summary: null,
    descriptionHtml: '<p>Il laboratorio di quartiere.</p>',
    figures: { referenceYear: 2017, inhabitants: 6647, households: null, publicHousingUnits: null, unitsUnderWorks: null },
    worksProgress: [{ id: 'a1', label: 'Via Ponzio 5', percent: 40, asOf: null }],
    venue: {
      name: 'Laboratorio Molise',
      address: null,
      location: { lat: null, lng: null },
      openingHours: [{ id: 'h1', day: 'mon', opens: '09:30', closes: '12:30', note: null }],
    },
    centre: null,
    contacts: [],
    image: null,
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-02T10:00:00.000Z',
  }
}

describe('publicNeighbourhoodSchema', () => {
  it('accepts a REST document with nulls for empty optional fields', () => {
    const result = publicNeighbourhoodSchema.safeParse(restDocument())
    expect(result.error).toBeUndefined()
    expect(result.data?.name).toBe('Molise-Calvairate')
    expect(result.data?.figures?.inhabitants).toBe(6647)
    expect(result.data?.venue?.openingHours?.[0]?.opens).toBe('09:30')
  })

  it('accepts a document whose optional groups are all null', () => {
    const doc = { ...restDocument(), descriptionHtml: null, figures: null, worksProgress: null, venue: null, contacts: null }
    expect(publicNeighbourhoodSchema.safeParse(doc).success).toBe(true)
  })

  it('accepts the image either populated or as a bare id', () => {
    const populated = { ...restDocument(), image: { id: 3, url: '/media/molise.jpg', alt: 'Cortile', width: 1200, height: 800 } }
    expect(publicNeighbourhoodSchema.safeParse(populated).success).toBe(true)
    expect(publicNeighbourhoodSchema.safeParse({ ...restDocument(), image: 3 }).success).toBe(true)
  })

  it('rejects a document missing its name', () => {
    const { name: _name, ...doc } = restDocument()
    const result = publicNeighbourhoodSchema.safeParse(doc)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['name'])
  })

  it('rejects a document missing its slug', () => {
    const { slug: _slug, ...doc } = restDocument()
    const result = publicNeighbourhoodSchema.safeParse(doc)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['slug'])
  })

  it('rejects a null name', () => {
    expect(publicNeighbourhoodSchema.safeParse({ ...restDocument(), name: null }).success).toBe(false)
  })

  it('rejects opening hours with an unknown day or a malformed time', () => {
    const venue = (hours: unknown) => ({ ...restDocument(), venue: { openingHours: [hours] } })
    expect(publicNeighbourhoodSchema.safeParse(venue({ day: 'monday', opens: '09:30', closes: '12:30' })).success).toBe(false)
    expect(publicNeighbourhoodSchema.safeParse(venue({ day: 'mon', opens: '9.30', closes: '12:30' })).success).toBe(false)
  })
})

describe('sortOpeningHours', () => {
  const hours: OpeningHours[] = [
    { day: 'sun', opens: '10:00', closes: '12:00' },
    { day: 'wed', opens: '14:30', closes: '18:00' },
    { day: 'mon', opens: '15:00', closes: '18:00' },
    { day: 'wed', opens: '09:00', closes: '12:00' },
    { day: 'mon', opens: '09:30', closes: '12:30' },
    { day: 'sat', opens: '10:00', closes: '13:00' },
    { day: 'tue', opens: '09:30', closes: '12:30' },
  ]

  it('orders Monday to Sunday, then by opening time', () => {
    expect(sortOpeningHours(hours).map((h) => `${h.day} ${h.opens}`)).toEqual(['mon 09:30', 'mon 15:00', 'tue 09:30', 'wed 09:00', 'wed 14:30', 'sat 10:00', 'sun 10:00'])
  })

  it('leaves the given list untouched', () => {
    const given = [...hours]
    sortOpeningHours(given)
    expect(given.map((h) => h.day)).toEqual(['sun', 'wed', 'mon', 'wed', 'mon', 'sat', 'tue'])
  })
})
