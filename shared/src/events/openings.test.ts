import { describe, expect, it } from 'vitest'
import type { PublicEvent } from './event.ts'
import { occurrencesBetween } from './occurrences.ts'
import { isRoutineOpening, setOpeningsApart } from './openings.ts'

const event = (fields: Partial<PublicEvent>): PublicEvent => ({
  id: 1,
  title: 'Assemblea di quartiere',
  slug: 'assemblea',
  type: 'assembly',
  start: '2027-03-10T18:00:00+01:00',
  end: '2027-03-10T20:00:00+01:00',
  updatedAt: '2027-01-10T10:00:00.000Z',
  createdAt: '2027-01-01T08:00:00.000Z',
  ...fields,
})
const weekly = { frequency: 'weekly' as const, byDay: ['MO' as const, 'WE' as const, 'FR' as const] }
const desk = event({
  id: 2,
  slug: 'sportello',
  title: 'Sportello casa',
  type: 'info-desk',
  start: '2027-03-01T09:30:00+01:00',
  end: '2027-03-01T12:30:00+01:00',
  recurrence: weekly,
})
const otherDesk = event({
  id: 3,
  slug: 'sportello-lavoro',
  type: 'info-desk',
  start: '2027-03-02T15:00:00+01:00',
  end: '2027-03-02T17:00:00+01:00',
  recurrence: { frequency: 'weekly', byDay: ['TU'] },
})

describe('routine openings', () => {
  it('are weekly info desks only: a one-off info desk and a weekly workshop are events', () => {
    expect(isRoutineOpening(desk)).toBe(true)
    expect(isRoutineOpening(event({ type: 'info-desk' }))).toBe(false)
    expect(isRoutineOpening(event({ type: 'workshop', recurrence: weekly }))).toBe(false)
    expect(isRoutineOpening(event({ type: 'info-desk', recurrence: { frequency: 'none', byDay: ['MO'] } }))).toBe(false)
  })

  it('are set apart once each, in the order of their first date, and the events keep every date in order', () => {
    const assembly = event({})
    const from = new Date('2027-03-01T00:00:00+01:00')
    const to = new Date('2027-03-15T00:00:00+01:00')
    const all = occurrencesBetween([desk, otherDesk, assembly], from, to)
    // Two weeks: the desk's six dates and the other desk's two bury the one assembly.
    expect(all).toHaveLength(9)
    const { events, openings } = setOpeningsApart(all)
    expect(events.map((o) => o.event.slug)).toEqual(['assemblea'])
    expect(openings.map((e) => e.slug)).toEqual(['sportello', 'sportello-lavoro'])
  })
})
