import { describe, expect, it } from 'vitest'
import { availabilitySchema, LAB_PHASES, PROCESS_STEPS, publicLaboratorySchema, stepState, type LabPhase } from './laboratory.ts'

describe('LAB_PHASES / PROCESS_STEPS', () => {
  it('lists the phases in the order of the process, closed last', () => {
    expect(LAB_PHASES).toEqual(['listening', 'co-design', 'pact-drafting', 'implementation', 'closed'])
  })

  it('shows every phase but closed as a step', () => {
    expect(PROCESS_STEPS).toEqual(['listening', 'co-design', 'pact-drafting', 'implementation'])
  })
})

describe('stepState', () => {
  const states = (phase: LabPhase) => PROCESS_STEPS.map((step) => stepState(phase, step))

  it('marks listening current and the rest to do, for a lab in listening', () => {
    expect(states('listening')).toEqual(['current', 'todo', 'todo', 'todo'])
  })

  it('marks listening done and co-design current, for a lab in co-design', () => {
    expect(states('co-design')).toEqual(['done', 'current', 'todo', 'todo'])
  })

  it('marks the first two done and pact drafting current, for a lab drafting its pact', () => {
    expect(states('pact-drafting')).toEqual(['done', 'done', 'current', 'todo'])
  })

  it('marks implementation current and every earlier step done, for a lab in implementation', () => {
    expect(states('implementation')).toEqual(['done', 'done', 'done', 'current'])
  })

  it('marks every step done, none current, for a closed lab', () => {
    expect(states('closed')).toEqual(['done', 'done', 'done', 'done'])
  })

  it('has exactly one current step in every open phase', () => {
    for (const phase of LAB_PHASES.filter((p) => p !== 'closed')) {
      expect(states(phase).filter((s) => s === 'current')).toHaveLength(1)
    }
  })
})

/** A laboratory as Payload's REST API returns it at depth 1: empty optional fields come back as null. */
function restDocument(): Record<string, unknown> {
  return {
    id: 3,
    title: 'Cambiare casa senza lasciare il quartiere',
    slug: 'molise-calvairate-mobilita-inquilini',
    phase: 'listening',
    summary: null,
    descriptionHtml: '<p>Il laboratorio raccoglie bisogni.</p>',
    themes: ['Casa', 'Lavori ERP'],
    neighbourhood: { id: 7, name: 'Molise-Calvairate', slug: 'molise-calvairate', summary: null },
    venue: { name: 'Laboratorio di Quartiere', address: null, location: { lat: 45.4561, lng: 9.2168 } },
    sessions: [
      { id: 's1', startsAt: '2027-01-19T17:00:00.000Z', endsAt: '2027-01-19T19:00:00.000Z', topic: 'Incontro aperto' },
      { id: 's2', startsAt: '2027-01-26T17:00:00.000Z', endsAt: null, topic: null },
    ],
    capacity: 40,
    signupOpensAt: null,
    signupClosesAt: '2027-01-18T23:00:00.000Z',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
  }
}

describe('publicLaboratorySchema', () => {
  it('accepts a REST document with its neighbourhood populated and nulls for empty fields', () => {
    const result = publicLaboratorySchema.safeParse(restDocument())
    expect(result.error).toBeUndefined()
    expect(result.data?.title).toBe('Cambiare casa senza lasciare il quartiere')
    expect(result.data?.neighbourhood).toEqual({ id: 7, name: 'Molise-Calvairate', slug: 'molise-calvairate' })
    expect(result.data?.sessions?.[1]).toEqual({ startsAt: '2027-01-26T17:00:00.000Z', endsAt: null, topic: null })
    expect(result.data?.venue?.location).toEqual({ lat: 45.4561, lng: 9.2168 })
  })

  it('accepts a neighbourhood that is only an id, as at depth 0', () => {
    expect(publicLaboratorySchema.safeParse({ ...restDocument(), neighbourhood: 7 }).data?.neighbourhood).toBe(7)
    expect(publicLaboratorySchema.safeParse({ ...restDocument(), neighbourhood: '65a1f0c2e4b0a1b2c3d4e5f6' }).success).toBe(true)
  })

  it('accepts a document whose optional parts are all null', () => {
    const doc = { ...restDocument(), descriptionHtml: null, themes: null, neighbourhood: null, venue: null, sessions: null, signupClosesAt: null }
    expect(publicLaboratorySchema.safeParse(doc).success).toBe(true)
  })

  it('accepts every phase, a closed lab included', () => {
    for (const phase of LAB_PHASES) expect(publicLaboratorySchema.safeParse({ ...restDocument(), phase }).success).toBe(true)
  })

  it('rejects an unknown phase', () => {
    expect(publicLaboratorySchema.safeParse({ ...restDocument(), phase: 'archived' }).success).toBe(false)
  })

  it('rejects a capacity that is not a positive whole number', () => {
    for (const capacity of [0, -5, 2.5, '40', null]) {
      expect(publicLaboratorySchema.safeParse({ ...restDocument(), capacity }).success).toBe(false)
    }
  })

  it('rejects a document without title, slug or updatedAt', () => {
    for (const key of ['title', 'slug', 'updatedAt', 'capacity', 'phase']) {
      const doc = restDocument()
      delete doc[key]
      expect(publicLaboratorySchema.safeParse(doc).success).toBe(false)
    }
  })

  it('rejects a session without a start', () => {
    const doc = { ...restDocument(), sessions: [{ endsAt: '2027-01-19T19:00:00.000Z' }] }
    expect(publicLaboratorySchema.safeParse(doc).success).toBe(false)
  })
})

describe('availabilitySchema', () => {
  const figures = { capacity: 40, seatsTaken: 38, seatsLeft: 2, waitlisted: 0, window: 'open' }

  it('accepts the public seat figures of a lab', () => {
    expect(availabilitySchema.parse(figures)).toEqual(figures)
  })

  it('accepts each sign-up window', () => {
    for (const window of ['not-yet-open', 'open', 'closed']) expect(availabilitySchema.safeParse({ ...figures, window }).success).toBe(true)
  })

  it('rejects an unknown window', () => {
    expect(availabilitySchema.safeParse({ ...figures, window: 'full' }).success).toBe(false)
  })

  it('requires every figure', () => {
    const { waitlisted: _, ...withoutWaitlist } = figures
    expect(availabilitySchema.safeParse(withoutWaitlist).success).toBe(false)
  })
})
