import { describe, expect, it } from 'vitest'
import { formatDate, formatEuro, formatInteger, formatDateTime, formatShortDate, romeDay } from './dates.ts'

describe('formatDate', () => {
  it('runs in a host zone other than Europe/Rome, so the tests below can tell the zones apart', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('Europe/Rome')
    expect(new Date('2017-10-10T22:30:00Z').getDate()).toBe(10)
  })

  it('writes a date in Italian with the month spelled out', () => {
    expect(formatDate('2017-10-10', 'it')).toBe('10 ottobre 2017')
  })

  it('writes a date in English with the month spelled out', () => {
    expect(formatDate('2017-10-10', 'en')).toBe('10 October 2017')
  })

  it('shows the day in Europe/Rome when the UTC time is already the next day there', () => {
    expect(formatDate('2017-10-10T22:30:00Z', 'it')).toBe('11 ottobre 2017')
    expect(formatDate('2017-10-10T22:30:00Z', 'en')).toBe('11 October 2017')
  })

  it('keeps the same day when the time is still that day in Europe/Rome', () => {
    expect(formatDate('2017-10-10T21:30:00Z', 'it')).toBe('10 ottobre 2017')
  })

  it('uses winter time (UTC+1) after the clocks go back', () => {
    // 23:30 UTC on 31 January is 00:30 on 1 February in Rome.
    expect(formatDate('2017-01-31T23:30:00Z', 'it')).toBe('1 febbraio 2017')
    // 22:30 UTC on 31 January is still 23:30 on 31 January in Rome.
    expect(formatDate('2017-01-31T22:30:00Z', 'it')).toBe('31 gennaio 2017')
  })

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('da definire', 'it')).toBe('da definire')
  })
})

describe('formatInteger', () => {
  it('groups thousands with a dot in Italian, even for 4-digit numbers', () => {
    expect(formatInteger(6647, 'it')).toBe('6.647')
    expect(formatInteger(1234567, 'it')).toBe('1.234.567')
  })

  it('groups thousands with a comma in English', () => {
    expect(formatInteger(6647, 'en')).toBe('6,647')
    expect(formatInteger(1234567, 'en')).toBe('1,234,567')
  })

  it('leaves numbers below a thousand ungrouped', () => {
    expect(formatInteger(999, 'it')).toBe('999')
    expect(formatInteger(0, 'en')).toBe('0')
  })

  it('shows no decimals', () => {
    expect(formatInteger(6647.4, 'it')).toBe('6.647')
  })
})

describe('formatEuro', () => {
  it('groups thousands and shows cents only when there are any', () => {
    expect(formatEuro(18500, 'it')).toBe('18.500\u00a0€')
    expect(formatEuro(1234.5, 'it')).toBe('1.234,50\u00a0€')
    expect(formatEuro(18500, 'en')).toBe('€18,500')
  })
})

describe('formatDateTime', () => {
  it('gives the day and the time in Rome, in either language, and leaves what is not a date as it was', () => {
    // 19:53 UTC is 20:53 in Rome in December (UTC+1), and 21:53 in July (UTC+2).
    expect(formatDateTime('2026-12-04T19:53:00.000Z', 'it')).toBe('4 dic 2026, 20:53')
    expect(formatDateTime('2026-07-04T19:53:00.000Z', 'en')).toBe('4 Jul 2026, 21:53')
    expect(formatDateTime('domani', 'it')).toBe('domani')
  })
})

describe('formatShortDate', () => {
  it('is the day in Rome, whatever the UTC date', () => {
    expect(formatShortDate('2024-03-14T23:30:00.000Z', 'it')).toBe('15/03/2024')
  })
})

describe('romeDay', () => {
  it('is the UTC day until Rome passes midnight: 23:00 in winter, 22:00 in summer', () => {
    expect(romeDay('2024-12-31T22:59:59.999Z')).toBe('2024-12-31')
    expect(romeDay('2024-12-31T23:00:00.000Z')).toBe('2025-01-01')
    expect(romeDay('2024-07-14T21:59:00.000Z')).toBe('2024-07-14')
    expect(romeDay('2024-07-14T22:00:00.000Z')).toBe('2024-07-15')
    expect(romeDay(new Date('2024-03-31T00:30:00Z'))).toBe('2024-03-31')
  })

  it('reads a date with an offset by its instant, and gives null for nothing or a non-date', () => {
    expect(romeDay('2025-01-01T00:30:00+02:00')).toBe('2024-12-31')
    expect(romeDay(null)).toBeNull()
    expect(romeDay('')).toBeNull()
    expect(romeDay('not a date')).toBeNull()
  })
})
