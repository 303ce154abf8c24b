import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { cityZone, instantOf, localDayOf, localTime, zoneOffsetMinutes } from './zone.ts'

const ROME = 'Europe/Rome'

describe('the city zone with remembered offsets', () => {
  it('gives Rome’s offsets, winter and summer, and at both clock changes of 2027', () => {
    expect(zoneOffsetMinutes(Date.parse('2027-01-15T12:00:00Z'))).toBe(60)
    expect(zoneOffsetMinutes(Date.parse('2027-07-15T12:00:00Z'))).toBe(120)
    // Clocks go forward at 01:00 UTC on 28 March 2027 and back at 01:00 UTC on 31 October.
    expect(zoneOffsetMinutes(Date.parse('2027-03-28T00:59:59Z'))).toBe(60)
    expect(zoneOffsetMinutes(Date.parse('2027-03-28T01:00:00Z'))).toBe(120)
    expect(zoneOffsetMinutes(Date.parse('2027-10-31T00:59:59Z'))).toBe(120)
    expect(zoneOffsetMinutes(Date.parse('2027-10-31T01:00:00Z'))).toBe(60)
  })

  it('agrees with luxon on local dates and times every 7 minutes through two clock changes', () => {
    for (const [from, to] of [
      ['2027-03-27T20:00:00Z', '2027-03-28T06:00:00Z'],
      ['2027-10-30T20:00:00Z', '2027-10-31T06:00:00Z'],
    ] as const) {
      for (let ms = Date.parse(from); ms < Date.parse(to); ms += 7 * 60_000) {
        const expected = DateTime.fromMillis(ms, { zone: ROME })
        expect(localTime(ms)).toEqual({ day: expected.toISODate(), hour: expected.hour, minute: expected.minute })
        expect(localDayOf(ms)).toBe(expected.toISODate())
      }
    }
  })

  it('builds the same luxon date-times as the IANA zone, including a wall-clock time that does not exist', () => {
    for (const fields of [
      { year: 2027, month: 3, day: 28, hour: 2, minute: 30 },
      { year: 2027, month: 10, day: 31, hour: 2, minute: 30 },
      { year: 2027, month: 6, day: 1, hour: 9, minute: 0 },
    ]) {
      expect(DateTime.fromObject(fields, { zone: cityZone }).toMillis()).toBe(DateTime.fromObject(fields, { zone: ROME }).toMillis())
    }
    expect(DateTime.fromMillis(0, { zone: cityZone }).setZone(ROME).zoneName).toBe(ROME)
  })
})

describe('instantOf', () => {
  it('reads date-times with an offset or Z as luxon does', () => {
    for (const iso of ['2027-03-10T18:00:00+01:00', '2027-03-10T18:00:00.250Z', '2027-07-01T09:30+02:00', '2027-12-31T23:59:59-05:30']) {
      expect(instantOf(iso, cityZone)).toBe(DateTime.fromISO(iso, { zone: ROME }).toMillis())
    }
  })

  it('reads a date or a time without an offset in the zone given', () => {
    expect(instantOf('2027-07-01T09:30:00', cityZone)).toBe(Date.parse('2027-07-01T07:30:00Z'))
    expect(instantOf('2027-01-15', cityZone)).toBe(Date.parse('2027-01-14T23:00:00Z'))
    expect(instantOf('2027-01-15T10:00:00', 'utc')).toBe(Date.parse('2027-01-15T10:00:00Z'))
  })

  it('finds impossible dates invalid instead of rolling them over', () => {
    expect(instantOf('2027-02-30T10:00:00+01:00', cityZone)).toBeNaN()
    expect(instantOf('2027-13-01T10:00:00Z', cityZone)).toBeNaN()
    expect(instantOf('2027-01-01T25:00:00Z', cityZone)).toBeNaN()
    expect(instantOf('domani alle dieci', cityZone)).toBeNaN()
  })
})
