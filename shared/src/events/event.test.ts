import { describe, expect, it } from 'vitest'
import { EVENT_TYPES, ICAL_WEEKDAYS, isRecurring, publicEventSchema, recurrenceSchema } from './event.ts'

/** An event as the CMS REST API returns it at depth 1, with its neighbourhood and lab populated. */
const restEvent = () => ({
  id: 41,
  title: 'Sportello casa',
  slug: 'sportello-casa',
  type: 'info-desk',
  start: '2027-02-28T08:30:00.000Z',
  end: '2027-02-28T11:30:00.000Z',
  allDay: false,
  summary: 'Informazioni su assegnazioni e cambi alloggio.',
  descriptionHtml: '<p>Portare un documento.</p>',
  venue: { name: 'Laboratorio di quartiere', address: 'Via Ponzio 5, Milano', location: { lat: 45.4512, lng: 9.2198 } },
  neighbourhood: { id: 3, slug: 'molise-calvairate', name: 'Molise-Calvairate' },
  laboratory: { id: 8, slug: 'mobilita-inquilini', title: 'Cambiare casa' },
  registration: { mode: 'required', capacity: 30, opensAt: '2027-02-01T08:00:00.000Z', closesAt: null },
  cancelled: false,
  cancellationReason: null,
  recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], until: '2027-07-31T12:00:00.000Z', exceptions: [{ id: 'x1', date: '2027-04-05T12:00:00.000Z' }] },
  sequence: 2,
  updatedAt: '2027-02-03T09:15:00.000Z',
  createdAt: '2027-01-20T16:45:30.000Z',
})

describe('EVENT_TYPES and ICAL_WEEKDAYS', () => {
  it('lists the six kinds of event', () => {
    expect(EVENT_TYPES).toEqual(['lab-session', 'assembly', 'thematic-table', 'workshop', 'festival', 'info-desk'])
  })

  it('lists the iCalendar weekday codes Monday first, so index + 1 is the ISO weekday', () => {
    expect(ICAL_WEEKDAYS).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])
  })
})

describe('isRecurring', () => {
  it('is true for a weekly event with at least one day', () => {
    expect(isRecurring({ recurrence: { frequency: 'weekly', byDay: ['MO'] } })).toBe(true)
    expect(isRecurring({ recurrence: { frequency: 'weekly', byDay: ['MO', 'WE', 'FR'], until: null, exceptions: [] } })).toBe(true)
  })

  it('is false for a weekly event without days (nothing to repeat on)', () => {
    expect(isRecurring({ recurrence: { frequency: 'weekly', byDay: [] } })).toBe(false)
    expect(isRecurring({ recurrence: { frequency: 'weekly', byDay: null } })).toBe(false)
    expect(isRecurring({ recurrence: { frequency: 'weekly' } })).toBe(false)
  })

  it('is false for frequency none, even with days left over from an earlier edit', () => {
    expect(isRecurring({ recurrence: { frequency: 'none', byDay: ['MO', 'TU'] } })).toBe(false)
    expect(isRecurring({ recurrence: { frequency: null, byDay: ['MO'] } })).toBe(false)
  })

  it('is false without a recurrence', () => {
    expect(isRecurring({ recurrence: null })).toBe(false)
    expect(isRecurring({ recurrence: undefined })).toBe(false)
    expect(isRecurring({})).toBe(false)
  })
})

describe('publicEventSchema', () => {
  it('accepts an event as the CMS returns it, relations populated', () => {
    const parsed = publicEventSchema.parse(restEvent())
    expect(parsed.neighbourhood).toEqual({ id: 3, slug: 'molise-calvairate', name: 'Molise-Calvairate' })
    expect(parsed.recurrence?.byDay).toEqual(['MO', 'FR'])
    expect(parsed.recurrence?.exceptions).toEqual([{ date: '2027-04-05T12:00:00.000Z' }])
    expect(isRecurring(parsed)).toBe(true)
  })

  it('accepts relations given by id only, and a string id', () => {
    const parsed = publicEventSchema.parse({ ...restEvent(), id: '65f0c0ffee', neighbourhood: 3, laboratory: '8' })
    expect(parsed.id).toBe('65f0c0ffee')
    expect(parsed.neighbourhood).toBe(3)
    expect(parsed.laboratory).toBe('8')
  })

  it('accepts the smallest event, every optional field missing or null', () => {
    const smallest = {
      id: 1,
      title: 'Assemblea',
      slug: 'assemblea',
      type: 'assembly',
      start: '2027-03-10T17:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
      createdAt: '2027-01-01T00:00:00.000Z',
    }
    expect(publicEventSchema.parse(smallest)).toEqual(smallest)
    const nulls = {
      ...smallest,
      end: null,
      allDay: null,
      venue: null,
      neighbourhood: null,
      laboratory: null,
      registration: null,
      cancelled: null,
      recurrence: null,
      sequence: null,
    }
    expect(publicEventSchema.safeParse(nulls).success).toBe(true)
  })

  it('rejects an unknown event type', () => {
    expect(publicEventSchema.safeParse({ ...restEvent(), type: 'concert' }).success).toBe(false)
  })

  it('rejects a missing title, slug or start', () => {
    for (const key of ['title', 'slug', 'start', 'updatedAt'] as const) {
      const { [key]: _, ...rest } = restEvent()
      expect(publicEventSchema.safeParse(rest).success, key).toBe(false)
    }
  })

  it('rejects an unknown weekday or frequency in the recurrence', () => {
    expect(recurrenceSchema.safeParse({ frequency: 'weekly', byDay: ['MO', 'XX'] }).success).toBe(false)
    expect(recurrenceSchema.safeParse({ frequency: 'weekly', byDay: ['mo'] }).success).toBe(false)
    expect(recurrenceSchema.safeParse({ frequency: 'daily', byDay: ['MO'] }).success).toBe(false)
    expect(publicEventSchema.safeParse({ ...restEvent(), recurrence: { frequency: 'monthly' } }).success).toBe(false)
  })

  it('rejects a fractional sequence and an unknown registration mode', () => {
    expect(publicEventSchema.safeParse({ ...restEvent(), sequence: 1.5 }).success).toBe(false)
    expect(publicEventSchema.safeParse({ ...restEvent(), registration: { mode: 'maybe' } }).success).toBe(false)
  })
})
