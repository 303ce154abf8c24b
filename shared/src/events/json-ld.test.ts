import { describe, expect, it } from 'vitest'
import type { PublicEvent } from './event.ts'
import { eventJsonLd } from './json-ld.ts'
import { occurrencesOf } from './occurrences.ts'

const base: PublicEvent = {
  id: 1,
  title: 'Apertura dello spazio',
  slug: 'apertura',
  type: 'info-desk',
  start: '2027-03-01T08:30:00.000Z',
  end: '2027-03-01T12:30:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  createdAt: '2027-01-01T00:00:00.000Z',
}

const context = { url: 'https://quartieri.example/eventi/apertura', cityName: 'Comune di Milano', neighbourhoodName: 'San Siro' }

describe('eventJsonLd', () => {
  it('dates a one-off event by its own start and end, with no schedule', () => {
    const ld = eventJsonLd(base, [], context)
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: base.start,
      endDate: base.end,
      url: context.url,
      location: { name: 'San Siro' },
      organizer: { name: 'Comune di Milano' },
    })
    expect(ld).not.toHaveProperty('eventSchedule')
  })

  it('dates a weekly opening by its next occurrence and states its schedule in Rome time, across the change to summer time', () => {
    const weekly = { ...base, recurrence: { frequency: 'weekly', byDay: ['MO', 'TH'], until: '2027-06-30', exceptions: [{ date: '2027-04-05' }] } } as unknown as PublicEvent
    // After the clocks go forward (28 March 2027) an opening at 09:30 in Rome is 07:30 UTC.
    const next = occurrencesOf(weekly, new Date('2027-04-02T00:00:00Z'), new Date('2027-04-30T00:00:00Z'))
    const ld = eventJsonLd(weekly, next, context)
    // 5 April is an exception: the next opening is Thursday 8 April.
    expect(ld.startDate).toBe('2027-04-08T07:30:00.000Z')
    expect(ld.endDate).toBe('2027-04-08T11:30:00.000Z')
    expect(ld.eventSchedule).toEqual({
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      byDay: ['https://schema.org/Monday', 'https://schema.org/Thursday'],
      startDate: '2027-03-01',
      endDate: '2027-06-30',
      startTime: '09:30',
      endTime: '13:30',
      scheduleTimezone: 'Europe/Rome',
      exceptDate: ['2027-04-05'],
    })
  })

  it('keeps the first date of a series that has no occurrence left, and marks a cancelled event', () => {
    const weekly = { ...base, cancelled: true, recurrence: { frequency: 'weekly', byDay: ['MO'] } } as unknown as PublicEvent
    const ld = eventJsonLd(weekly, [], context)
    expect(ld.startDate).toBe(base.start)
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled')
    expect(ld.eventSchedule).not.toHaveProperty('endDate')
  })
})
