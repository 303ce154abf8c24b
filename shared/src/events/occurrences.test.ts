import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { PublicEvent } from './event.ts'
import { adjacentMonths, localDay, monthGrid, occurrencesBetween, occurrencesOf, startOfLocalDay, type Occurrence } from './occurrences.ts'

/** A published event as the CMS returns it; only what a test sets differs. */
const event = (fields: Partial<PublicEvent> = {}): PublicEvent => ({
  id: 1,
  title: 'Assemblea di quartiere',
  slug: 'assemblea-di-quartiere',
  type: 'assembly',
  start: '2027-03-10T18:00:00+01:00',
  end: '2027-03-10T20:00:00+01:00',
  updatedAt: '2027-01-10T10:00:00.000Z',
  createdAt: '2027-01-01T08:00:00.000Z',
  ...fields,
})

/** The info desk open Monday and Friday 09:30–12:30, from Monday 1 March 2027 (winter time, UTC+1). */
const desk = (recurrence: Partial<NonNullable<PublicEvent['recurrence']>> = {}, fields: Partial<PublicEvent> = {}): PublicEvent =>
  event({
    id: 2,
    title: 'Sportello casa',
    slug: 'sportello-casa',
    type: 'info-desk',
    start: '2027-03-01T09:30:00+01:00',
    end: '2027-03-01T12:30:00+01:00',
    recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], ...recurrence },
    ...fields,
  })

const utc = (iso: string) => new Date(iso)
/** Wall-clock time in Rome of an instant, "HH:mm". */
const romeTime = (date: Date) => DateTime.fromJSDate(date, { zone: 'Europe/Rome' }).toFormat('HH:mm')
const days = (occurrences: Occurrence[]) => occurrences.map((o) => o.day)

describe('occurrencesOf: one-off events', () => {
  const assembly = event()

  it('returns the event once when it lies inside the window, with its start, end and local day', () => {
    const found = occurrencesOf(assembly, utc('2027-03-01T00:00:00Z'), utc('2027-04-01T00:00:00Z'))
    expect(found).toHaveLength(1)
    expect(found[0]!.event).toBe(assembly)
    expect(found[0]!.start.toISOString()).toBe('2027-03-10T17:00:00.000Z')
    expect(found[0]!.end.toISOString()).toBe('2027-03-10T19:00:00.000Z')
    expect(found[0]!.day).toBe('2027-03-10')
  })

  it('includes an event already under way when the window starts (it overlaps the start)', () => {
    // The window opens at 19:00 Rome, the assembly runs 18:00–20:00.
    expect(occurrencesOf(assembly, utc('2027-03-10T18:00:00Z'), utc('2027-03-11T00:00:00Z'))).toHaveLength(1)
  })

  it('leaves out an event that ends when the window starts, starts when it ends, or lies outside it', () => {
    expect(occurrencesOf(assembly, utc('2027-03-10T19:00:00Z'), utc('2027-03-12T00:00:00Z'))).toEqual([])
    expect(occurrencesOf(assembly, utc('2027-03-09T00:00:00Z'), utc('2027-03-10T17:00:00Z'))).toEqual([])
    expect(occurrencesOf(assembly, utc('2027-04-01T00:00:00Z'), utc('2027-05-01T00:00:00Z'))).toEqual([])
    expect(occurrencesOf(assembly, utc('2027-02-01T00:00:00Z'), utc('2027-03-01T00:00:00Z'))).toEqual([])
  })

  it('lets an event without an end last 60 minutes', () => {
    const open = event({ end: null })
    const [only] = occurrencesOf(open, utc('2027-03-01T00:00:00Z'), utc('2027-04-01T00:00:00Z'))
    expect(only!.end.toISOString()).toBe('2027-03-10T18:00:00.000Z')
    // Still on at 18:59 Rome, over at 19:00.
    expect(occurrencesOf(open, utc('2027-03-10T17:59:00Z'), utc('2027-03-11T00:00:00Z'))).toHaveLength(1)
    expect(occurrencesOf(open, utc('2027-03-10T18:00:00Z'), utc('2027-03-11T00:00:00Z'))).toEqual([])
  })

  it('keeps an event whose end equals its start when it starts inside the window', () => {
    const instant = event({ end: '2027-03-10T18:00:00+01:00' })
    expect(occurrencesOf(instant, utc('2027-03-10T17:00:00Z'), utc('2027-03-10T18:00:00Z'))).toHaveLength(1)
    expect(occurrencesOf(instant, utc('2027-03-10T17:00:01Z'), utc('2027-03-10T18:00:00Z'))).toEqual([])
  })

  it('gives the local day in Rome, not in the host zone (the tests run in New York)', () => {
    // 00:30 in Rome on 11 March is still 10 March in UTC and in New York.
    const late = event({ start: '2027-03-10T23:30:00Z', end: '2027-03-11T00:30:00Z' })
    expect(days(occurrencesOf(late, utc('2027-03-01T00:00:00Z'), utc('2027-04-01T00:00:00Z')))).toEqual(['2027-03-11'])
  })

  it('treats a "weekly" recurrence without days, or frequency none, as a single date', () => {
    const window = [utc('2027-01-01T00:00:00Z'), utc('2027-12-31T00:00:00Z')] as const
    expect(occurrencesOf(event({ recurrence: { frequency: 'weekly', byDay: [] } }), ...window)).toHaveLength(1)
    expect(occurrencesOf(event({ recurrence: { frequency: 'none', byDay: ['MO', 'WE'] } }), ...window)).toHaveLength(1)
  })
})

describe('occurrencesOf: weekly events', () => {
  it('repeats on the chosen weekdays only, lasting as long as the first date', () => {
    const found = occurrencesOf(desk(), utc('2027-03-01T00:00:00Z'), utc('2027-03-15T00:00:00Z'))
    expect(days(found)).toEqual(['2027-03-01', '2027-03-05', '2027-03-08', '2027-03-12'])
    for (const o of found) {
      expect(DateTime.fromISO(o.day).weekday === 1 || DateTime.fromISO(o.day).weekday === 5).toBe(true)
      expect(o.end.getTime() - o.start.getTime()).toBe(3 * 3_600_000)
    }
  })

  it('keeps 09:30 in Rome across the change to summer time on 28 March 2027 (UTC hour 8, then 7)', () => {
    const found = occurrencesOf(desk(), startOfLocalDay('2027-03-22'), startOfLocalDay('2027-04-06'))
    expect(days(found)).toEqual(['2027-03-22', '2027-03-26', '2027-03-29', '2027-04-02', '2027-04-05'])
    expect(found.map((o) => o.start.getUTCHours())).toEqual([8, 8, 7, 7, 7])
    expect(found.map((o) => o.start.toISOString())).toContain('2027-03-29T07:30:00.000Z')
    expect(found.map((o) => romeTime(o.start))).toEqual(['09:30', '09:30', '09:30', '09:30', '09:30'])
    expect(found.map((o) => romeTime(o.end))).toEqual(['12:30', '12:30', '12:30', '12:30', '12:30'])
  })

  it('keeps 09:30 in Rome across the change back to winter time on 31 October 2027 (UTC hour 7, then 8)', () => {
    const found = occurrencesOf(desk(), startOfLocalDay('2027-10-25'), startOfLocalDay('2027-11-06'))
    expect(days(found)).toEqual(['2027-10-25', '2027-10-29', '2027-11-01', '2027-11-05'])
    expect(found.map((o) => o.start.getUTCHours())).toEqual([7, 7, 8, 8])
    expect(found[2]!.start.toISOString()).toBe('2027-11-01T08:30:00.000Z')
    expect(found.map((o) => romeTime(o.start))).toEqual(['09:30', '09:30', '09:30', '09:30'])
  })

  it('skips exception dates, read as local dates, whether written as a date or as the CMS stores a day (noon UTC)', () => {
    const withExceptions = desk({ exceptions: [{ date: '2027-03-29' }, { date: '2027-04-02T12:00:00.000Z' }] })
    const found = occurrencesOf(withExceptions, startOfLocalDay('2027-03-22'), startOfLocalDay('2027-04-10'))
    expect(days(found)).toEqual(['2027-03-22', '2027-03-26', '2027-04-05', '2027-04-09'])
  })

  it('ignores an exception on a day the event does not happen anyway', () => {
    const found = occurrencesOf(desk({ exceptions: [{ date: '2027-03-03' }] }), startOfLocalDay('2027-03-01'), startOfLocalDay('2027-03-08'))
    expect(days(found)).toEqual(['2027-03-01', '2027-03-05'])
  })

  it('stops after `until`, which is inclusive', () => {
    const window = [startOfLocalDay('2027-03-22'), startOfLocalDay('2027-05-01')] as const
    expect(days(occurrencesOf(desk({ until: '2027-04-02' }), ...window))).toEqual(['2027-03-22', '2027-03-26', '2027-03-29', '2027-04-02'])
    // As the CMS stores a day-only date.
    expect(days(occurrencesOf(desk({ until: '2027-04-02T12:00:00.000Z' }), ...window)).at(-1)).toBe('2027-04-02')
    // Until a Thursday: the last date is the Monday before.
    expect(days(occurrencesOf(desk({ until: '2027-04-01' }), ...window)).at(-1)).toBe('2027-03-29')
  })

  it('returns nothing for a window after `until`', () => {
    expect(occurrencesOf(desk({ until: '2027-04-02' }), startOfLocalDay('2027-04-03'), startOfLocalDay('2027-06-01'))).toEqual([])
  })

  it('never repeats before the first date, even when the window starts earlier', () => {
    // First date Wednesday 3 March, not one of the weekdays: the first repetition is Friday 5 March.
    const fromWednesday = desk({}, { start: '2027-03-03T09:30:00+01:00', end: '2027-03-03T12:30:00+01:00' })
    expect(days(occurrencesOf(fromWednesday, startOfLocalDay('2027-02-01'), startOfLocalDay('2027-03-09')))).toEqual(['2027-03-05', '2027-03-08'])
    expect(days(occurrencesOf(desk(), startOfLocalDay('2027-02-01'), startOfLocalDay('2027-03-02')))).toEqual(['2027-03-01'])
  })

  it('includes a repetition already under way when the window starts', () => {
    // Monday 8 March, 10:00 Rome: the 09:30–12:30 opening is on.
    const found = occurrencesOf(desk(), utc('2027-03-08T09:00:00Z'), utc('2027-03-09T00:00:00Z'))
    expect(found.map((o) => o.start.toISOString())).toEqual(['2027-03-08T08:30:00.000Z'])
  })

  it('includes the repetition of the evening before that runs past midnight into the window', () => {
    // Saturday evenings 22:00–02:00 from 6 March 2027.
    const nights = desk({ byDay: ['SA'] }, { start: '2027-03-06T22:00:00+01:00', end: '2027-03-07T02:00:00+01:00' })
    const found = occurrencesOf(nights, startOfLocalDay('2027-03-14'), startOfLocalDay('2027-03-20'))
    expect(found.map((o) => [o.day, o.start.toISOString(), o.end.toISOString()])).toEqual([['2027-03-13', '2027-03-13T21:00:00.000Z', '2027-03-14T01:00:00.000Z']])
  })

  it('finds the repetitions of a long-running event far from its first date', () => {
    const found = occurrencesOf(desk(), startOfLocalDay('2029-01-01'), startOfLocalDay('2029-01-08'))
    expect(days(found)).toEqual(['2029-01-01', '2029-01-05'])
    expect(found.map((o) => romeTime(o.start))).toEqual(['09:30', '09:30'])
  })

  it('lets a weekly event without an end last 60 minutes each time', () => {
    const found = occurrencesOf(desk({}, { end: null }), startOfLocalDay('2027-03-01'), startOfLocalDay('2027-03-06'))
    expect(found.map((o) => romeTime(o.end))).toEqual(['10:30', '10:30'])
  })
})

describe('occurrencesBetween', () => {
  it('merges the occurrences of several events in start order', () => {
    const lateAssembly = event({ id: 3, title: 'Assemblea', start: '2027-03-05T18:00:00+01:00', end: '2027-03-05T20:00:00+01:00' })
    const earlyWorkshop = event({ id: 4, title: 'Workshop', type: 'workshop', start: '2027-03-02T15:00:00+01:00', end: '2027-03-02T17:00:00+01:00' })
    const found = occurrencesBetween([lateAssembly, desk(), earlyWorkshop], startOfLocalDay('2027-03-01'), startOfLocalDay('2027-03-09'))
    expect(found.map((o) => [o.day, o.event.title])).toEqual([
      ['2027-03-01', 'Sportello casa'],
      ['2027-03-02', 'Workshop'],
      ['2027-03-05', 'Sportello casa'],
      ['2027-03-05', 'Assemblea'],
      ['2027-03-08', 'Sportello casa'],
    ])
    const starts = found.map((o) => o.start.getTime())
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('orders events starting at the same time by title', () => {
    const b = event({ id: 5, title: 'Tavolo verde' })
    const a = event({ id: 6, title: 'Assemblea' })
    expect(occurrencesBetween([b, a], startOfLocalDay('2027-03-10'), startOfLocalDay('2027-03-11')).map((o) => o.event.title)).toEqual(['Assemblea', 'Tavolo verde'])
  })

  it('returns nothing when no event falls in the window', () => {
    expect(occurrencesBetween([event(), desk({ until: '2027-03-31' })], startOfLocalDay('2027-06-01'), startOfLocalDay('2027-07-01'))).toEqual([])
  })
})

describe('localDay / startOfLocalDay', () => {
  it('gives midnight in Rome, in winter and in summer time', () => {
    expect(startOfLocalDay('2027-03-01').toISOString()).toBe('2027-02-28T23:00:00.000Z')
    expect(startOfLocalDay('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z')
    // The day the clocks go forward still starts at midnight in winter time.
    expect(startOfLocalDay('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z')
  })

  it('round-trips a day through its midnight in Rome, the instant before being the previous day', () => {
    for (const day of ['2027-01-01', '2027-03-28', '2027-03-29', '2027-07-15', '2027-10-31', '2027-11-01', '2027-12-31']) {
      const midnight = startOfLocalDay(day)
      expect(localDay(midnight)).toBe(day)
      expect(localDay(new Date(midnight.getTime() - 1))).not.toBe(day)
      expect(localDay(new Date(midnight.getTime() - 1)) < day).toBe(true)
    }
  })

  it('reads the local day in Rome, not in the host zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Rome (and still 31 December in New York).
    expect(localDay(utc('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(localDay(utc('2027-07-15T21:59:59Z'))).toBe('2027-07-15')
    expect(localDay(utc('2027-07-15T22:00:00Z'))).toBe('2027-07-16')
  })
})

describe('monthGrid', () => {
  it('lays out March 2027 in five whole weeks starting on Monday 1 March', () => {
    const weeks = monthGrid('2027-03')
    expect(weeks).toHaveLength(5)
    expect(weeks[0]).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'])
    expect(weeks.at(-1)).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02', '2027-04-03', '2027-04-04'])
    for (const week of weeks) {
      expect(week).toHaveLength(7)
      expect(DateTime.fromISO(week[0]!).weekday).toBe(1)
    }
    // Every day of the month appears exactly once, in order, across the DST change of 28 March.
    const all = weeks.flat()
    expect(all.filter((d) => d.startsWith('2027-03-'))).toEqual(Array.from({ length: 31 }, (_, i) => `2027-03-${String(i + 1).padStart(2, '0')}`))
    expect(new Set(all).size).toBe(all.length)
  })

  it('starts November 2026 (which begins on a Sunday) on Monday 26 October and ends on Sunday 6 December', () => {
    const weeks = monthGrid('2026-11')
    expect(weeks[0]).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'])
    expect(weeks).toHaveLength(6)
    expect(weeks.at(-1)!.at(-1)).toBe('2026-12-06')
  })

  it('fits February 2027 in four rows, from Monday 1 to Sunday 28', () => {
    const weeks = monthGrid('2027-02')
    expect(weeks).toHaveLength(4)
    expect(weeks[0]![0]).toBe('2027-02-01')
    expect(weeks.at(-1)!.at(-1)).toBe('2027-02-28')
  })
})

describe('adjacentMonths', () => {
  it('gives the previous and next month', () => {
    expect(adjacentMonths('2027-03')).toEqual({ previous: '2027-02', next: '2027-04' })
  })

  it('crosses the year boundary both ways', () => {
    expect(adjacentMonths('2027-01')).toEqual({ previous: '2026-12', next: '2027-02' })
    expect(adjacentMonths('2026-12')).toEqual({ previous: '2026-11', next: '2027-01' })
  })
})

describe('all-day events and the clocks', () => {
  it('an all-day event on the day summer time starts ends at local midnight, not the next morning', () => {
    const day = event({ allDay: true, start: '2027-03-28T00:00:00+01:00', end: null })
    const [only] = occurrencesOf(day, startOfLocalDay('2027-03-28'), startOfLocalDay('2027-03-29'))
    expect(only?.end.toISOString()).toBe('2027-03-28T22:00:00.000Z')
    expect(occurrencesBetween([day], startOfLocalDay('2027-03-29'), startOfLocalDay('2027-03-30'))).toEqual([])
  })
})
