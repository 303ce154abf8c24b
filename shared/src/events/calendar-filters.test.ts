import { describe, expect, it } from 'vitest'
import { calendarQuery, LIST_DEFAULT_MONTHS, listWindow, MAX_SPAN_DAYS, monthOf, parseCalendarFilters, today, type CalendarFilters } from './calendar-filters.ts'

const parse = (query: string) => parseCalendarFilters(new URLSearchParams(query))
const defaults: CalendarFilters = { view: 'list', page: 1 }
/** 14:00 in Rome on Wednesday 13 January 2027. */
const NOW = new Date('2027-01-13T13:00:00.000Z')

describe('parseCalendarFilters: accepted', () => {
  it('reads an empty query as the list view, page 1, no filter', () => {
    expect(parse('')).toEqual(defaults)
  })

  it('reads every documented parameter', () => {
    expect(parse('quartiere=molise-calvairate&tipo=lab-session&laboratorio=orti-2027&da=2027-03-01&a=2027-03-31&vista=mese&mese=2027-03&pagina=2')).toEqual({
      neighbourhood: 'molise-calvairate',
      type: 'lab-session',
      laboratory: 'orti-2027',
      from: '2027-03-01',
      to: '2027-03-31',
      view: 'month',
      month: '2027-03',
      page: 2,
    })
  })

  it('accepts every event type', () => {
    for (const type of ['lab-session', 'assembly', 'thematic-table', 'workshop', 'festival', 'info-desk']) {
      expect(parse(`tipo=${type}`)?.type).toBe(type)
    }
  })

  it('reads vista=elenco as the list view', () => {
    expect(parse('vista=elenco')).toEqual(defaults)
  })

  it('accepts `a` equal to `da` (a single day) and 29 February in a leap year', () => {
    expect(parse('da=2028-02-29&a=2028-02-29')).toEqual({ ...defaults, from: '2028-02-29', to: '2028-02-29' })
  })

  it('treats empty or blank parameters as absent and trims the values', () => {
    expect(parse('quartiere=&tipo=&da=&pagina=')).toEqual(defaults)
    expect(parse('quartiere=%20corvetto%20&pagina=%203')).toEqual({ ...defaults, neighbourhood: 'corvetto', page: 3 })
  })
})

describe('parseCalendarFilters: rejected with null', () => {
  it.each([
    ['a neighbourhood slug with capitals', 'quartiere=Corvetto'],
    ['a neighbourhood slug with a space', 'quartiere=san%20siro'],
    ['a neighbourhood slug with an underscore', 'quartiere=san_siro'],
    ['a neighbourhood slug longer than 120 characters', `quartiere=${'a'.repeat(121)}`],
    ['a lab slug with a slash', 'laboratorio=orti%2F2027'],
    ['a lab slug with an accent', 'laboratorio=citt%C3%A0'],
    ['an unknown type', 'tipo=concerto'],
    ['a type in the wrong case', 'tipo=Assembly'],
    ['an impossible date', 'da=2027-02-30'],
    ['29 February in a year that is not leap', 'a=2027-02-29'],
    ['month 13 in a date', 'da=2027-13-01'],
    ['a date in another format', 'da=01%2F03%2F2027'],
    ['a date with a time', 'da=2027-03-01T10:00'],
    ['`a` before `da`', 'da=2027-03-10&a=2027-03-09'],
    ['an unknown view', 'vista=settimana'],
    ['the English view name', 'vista=month'],
    ['month 13', 'vista=mese&mese=2027-13'],
    ['month 00', 'mese=2027-00'],
    ['a month without its leading zero', 'mese=2027-3'],
    ['page 0', 'pagina=0'],
    ['a page that is not a number', 'pagina=abc'],
    ['a negative page', 'pagina=-1'],
    ['a fractional page', 'pagina=1.5'],
    ['an absurdly large page', 'pagina=1000000'],
  ])('%s', (_, query) => {
    expect(parse(query)).toBeNull()
  })

  it('rejects the whole query when one parameter is malformed among good ones', () => {
    expect(parse('quartiere=corvetto&tipo=assembly&pagina=0')).toBeNull()
  })
})

describe('calendarQuery', () => {
  it('is empty for the default list', () => {
    expect(calendarQuery(defaults)).toBe('')
  })

  it('writes the Italian parameter names, leaving out page 1 and the list view', () => {
    expect(calendarQuery({ neighbourhood: 'corvetto', type: 'assembly', view: 'list', page: 1 })).toBe('?quartiere=corvetto&tipo=assembly')
  })

  it('writes the month view with its month, and a page above 1', () => {
    expect(calendarQuery({ view: 'month', month: '2027-03', page: 1 })).toBe('?vista=mese&mese=2027-03')
    expect(calendarQuery({ from: '2027-03-01', to: '2027-03-31', view: 'list', page: 3 })).toBe('?da=2027-03-01&a=2027-03-31&pagina=3')
  })

  it('applies overrides, e.g. for the next page or the other view, without changing the filters', () => {
    const filters: CalendarFilters = { neighbourhood: 'corvetto', view: 'list', page: 2 }
    expect(calendarQuery(filters, { page: 3 })).toBe('?quartiere=corvetto&pagina=3')
    expect(calendarQuery(filters, { page: 1 })).toBe('?quartiere=corvetto')
    expect(calendarQuery(filters, { view: 'month', month: '2027-04', page: 1 })).toBe('?quartiere=corvetto&vista=mese&mese=2027-04')
    expect(filters).toEqual({ neighbourhood: 'corvetto', view: 'list', page: 2 })
  })

  it('drops the month when switching from the month view back to the list', () => {
    const month: CalendarFilters = { type: 'workshop', view: 'month', month: '2027-04', page: 1 }
    expect(calendarQuery(month, { view: 'list' })).toBe('?tipo=workshop')
  })

  it('round-trips through parseCalendarFilters', () => {
    const cases: CalendarFilters[] = [
      defaults,
      { view: 'list', page: 7 },
      { neighbourhood: 'molise-calvairate', type: 'thematic-table', laboratory: 'orti-2027', from: '2027-03-01', to: '2027-06-30', view: 'list', page: 2 },
      { neighbourhood: 'corvetto', type: 'festival', view: 'month', month: '2027-12', page: 1 },
      { view: 'month', page: 1 },
    ]
    for (const filters of cases) {
      expect(parse(calendarQuery(filters))).toEqual(filters)
    }
  })
})

describe('today', () => {
  it('is the date in Rome, not in the host zone', () => {
    // 23:30 UTC on 13 January: 14 January in Rome, still 13 January in New York.
    expect(today(new Date('2027-01-13T23:30:00.000Z'))).toBe('2027-01-14')
    expect(today(NOW)).toBe('2027-01-13')
  })
})

describe('listWindow', () => {
  it('covers from midnight today in Rome to six months on by default', () => {
    expect(LIST_DEFAULT_MONTHS).toBe(6)
    const { from, to } = listWindow(defaults, NOW)
    expect(from.toISOString()).toBe('2027-01-12T23:00:00.000Z')
    // Midnight 13 July 2027 in Rome (summer time).
    expect(to.toISOString()).toBe('2027-07-12T22:00:00.000Z')
  })

  it('starts today in Rome when it is already the next day there', () => {
    const { from } = listWindow(defaults, new Date('2027-01-13T23:30:00.000Z'))
    expect(from.toISOString()).toBe('2027-01-13T23:00:00.000Z')
  })

  it('starts at midnight of `da` and runs six months from it when `a` is not given', () => {
    const { from, to } = listWindow({ ...defaults, from: '2027-03-01' }, NOW)
    expect(from.toISOString()).toBe('2027-02-28T23:00:00.000Z')
    expect(to.toISOString()).toBe('2027-08-31T22:00:00.000Z')
  })

  it('includes the whole of the `a` day, up to midnight after it in Rome', () => {
    const { from, to } = listWindow({ ...defaults, from: '2027-03-01', to: '2027-03-28' }, NOW)
    expect(from.toISOString()).toBe('2027-02-28T23:00:00.000Z')
    // 28 March is the day the clocks go forward: the next midnight is 22:00 UTC.
    expect(to.toISOString()).toBe('2027-03-28T22:00:00.000Z')
    const lateOnLastDay = new Date('2027-03-28T21:30:00.000Z') // 23:30 in Rome
    expect(lateOnLastDay >= from && lateOnLastDay < to).toBe(true)
  })

  it('covers a single day when `da` equals `a`', () => {
    const { from, to } = listWindow({ ...defaults, from: '2027-03-10', to: '2027-03-10' }, NOW)
    expect(to.getTime() - from.getTime()).toBe(24 * 3_600_000)
  })

  it('uses today as start when only `a` is given', () => {
    const { from, to } = listWindow({ ...defaults, to: '2027-02-15' }, NOW)
    expect(from.toISOString()).toBe('2027-01-12T23:00:00.000Z')
    expect(to.toISOString()).toBe('2027-02-15T23:00:00.000Z')
  })

  it('never covers more than MAX_SPAN_DAYS days, however far `a` is', () => {
    expect(MAX_SPAN_DAYS).toBe(731)
    const { from, to } = listWindow({ ...defaults, from: '2027-01-01', to: '2099-12-31' }, NOW)
    expect(from.toISOString()).toBe('2026-12-31T23:00:00.000Z')
    // 731 days after 1 January 2027 (2028 is a leap year) is 1 January 2029.
    expect(to.toISOString()).toBe('2028-12-31T23:00:00.000Z')
  })

  it('keeps a span just under the cap as asked', () => {
    const { to } = listWindow({ ...defaults, from: '2027-01-01', to: '2028-12-30' }, NOW)
    expect(to.toISOString()).toBe('2028-12-30T23:00:00.000Z')
  })
})

describe('monthOf', () => {
  it('is the month asked for', () => {
    expect(monthOf({ ...defaults, view: 'month', month: '2027-05' }, NOW)).toBe('2027-05')
  })

  it('defaults to this month in Rome', () => {
    expect(monthOf({ ...defaults, view: 'month' }, NOW)).toBe('2027-01')
    // 23:30 UTC on 31 January is already February in Rome.
    expect(monthOf({ ...defaults, view: 'month' }, new Date('2027-01-31T23:30:00.000Z'))).toBe('2027-02')
    expect(monthOf({ ...defaults, view: 'month' }, new Date('2026-12-31T23:00:00.000Z'))).toBe('2027-01')
  })
})
