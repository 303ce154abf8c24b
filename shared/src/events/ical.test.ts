import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { PublicEvent } from './event.ts'
import { buildCalendar, eventUid, type CalendarMemo, type CalendarOptions } from './ical.ts'
import { occurrencesOf, startOfLocalDay } from './occurrences.ts'

const SITE = 'https://quartieri.example.org'
const options: CalendarOptions = { name: 'Quartieri di Milano', siteUrl: SITE }

const event = (fields: Partial<PublicEvent> = {}): PublicEvent => ({
  id: 12,
  title: 'Assemblea di quartiere',
  slug: 'assemblea-molise',
  type: 'assembly',
  start: '2027-03-10T18:00:00+01:00',
  end: '2027-03-10T20:00:00+01:00',
  summary: 'Presentazione del programma dei lavori.',
  venue: { name: 'Laboratorio di quartiere', address: 'Via Ponzio 5, Milano' },
  sequence: 0,
  updatedAt: '2027-02-03T09:15:00.000Z',
  createdAt: '2027-01-20T16:45:30.000Z',
  ...fields,
})

/**
 * The Monday and Friday info desk, 09:30–12:30 Rome, from 1 March to 30 April 2027 except Monday 29 March
 * (just after the clocks go forward on 28 March).
 */
const desk = (fields: Partial<PublicEvent> = {}): PublicEvent =>
  event({
    id: 34,
    title: 'Sportello casa',
    slug: 'sportello-casa',
    type: 'info-desk',
    start: '2027-03-01T09:30:00+01:00',
    end: '2027-03-01T12:30:00+01:00',
    recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], until: '2027-04-30', exceptions: [{ date: '2027-03-29T12:00:00.000Z' }] },
    ...fields,
  })

/** The unfolded content lines of a calendar. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n')

/** The unfolded lines of the VEVENT with this UID. */
function eventLines(text: string, uid: string): string[] {
  const lines = unfolded(text)
  const at = lines.indexOf(`UID:${uid}`)
  if (at < 0) throw new Error(`no event ${uid}`)
  const begin = lines.lastIndexOf('BEGIN:VEVENT', at)
  const end = lines.indexOf('END:VEVENT', at)
  return lines.slice(begin, end + 1)
}

/** The one line of an event starting with `name` followed by ':' or ';'. */
function line(lines: string[], name: string): string {
  const found = lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
  expect(found, name).toHaveLength(1)
  return found[0]!
}

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text))
}

function vevent(text: string, uid: string) {
  const found = parse(text)
    .getAllSubcomponents('vevent')
    .find((c) => c.getFirstPropertyValue('uid') === uid)
  if (!found) throw new Error(`no event ${uid}`)
  return new ICAL.Event(found)
}

/** Every start ical.js expands for an event, as UTC instants and as Rome wall-clock strings. */
function expand(text: string, uid: string, limit = 100): Array<{ utc: string; local: string }> {
  const iterator = vevent(text, uid).iterator()
  const out: Array<{ utc: string; local: string }> = []
  for (let next = iterator.next(); next && out.length < limit; next = iterator.next()) {
    out.push({ utc: next.toJSDate().toISOString(), local: next.toString() })
  }
  return out
}

describe('buildCalendar: text format', () => {
  const text = buildCalendar([event(), desk()], options)

  it('ends every line with CRLF, including the last one', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  })

  it('folds long lines so that none is longer than 75 octets, and unfolds to the original text', () => {
    const title = 'Laboratorio di quartiere: città, verità, perché — incontro aperto a tutti 🏘️ '.repeat(4).trim()
    const long = buildCalendar([event({ title, summary: 'è'.repeat(300) })], options)
    const lines = long.split('\r\n')
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8'), l).toBeLessThanOrEqual(75)
    const parsed = vevent(long, 'event-12@quartieri.example.org')
    expect(parsed.summary).toBe(title)
    expect(parsed.description.startsWith('è'.repeat(300))).toBe(true)
  })

  it('is a VCALENDAR version 2.0 with the calendar name, parsed by ical.js', () => {
    const calendar = parse(text)
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Quartieri di Milano')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(2)
  })

  it('carries exactly one VTIMEZONE, for Europe/Rome, with its summer and winter rules', () => {
    const zones = parse(text).getAllSubcomponents('vtimezone')
    expect(zones).toHaveLength(1)
    expect(zones[0]!.getFirstPropertyValue('tzid')).toBe('Europe/Rome')
    expect(zones[0]!.getAllSubcomponents('daylight')).toHaveLength(1)
    expect(zones[0]!.getAllSubcomponents('standard')).toHaveLength(1)
    expect(text.match(/^BEGIN:VTIMEZONE$/gm)).toHaveLength(1)
  })

  it('still carries the VTIMEZONE and ends in CRLF when there are no events', () => {
    const empty = buildCalendar([], options)
    expect(empty.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(parse(empty).getAllSubcomponents('vtimezone')).toHaveLength(1)
    expect(parse(empty).getAllSubcomponents('vevent')).toHaveLength(0)
  })
})

describe('buildCalendar: a one-off event', () => {
  const text = buildCalendar([event({ sequence: 4 })], options)
  const lines = eventLines(text, 'event-12@quartieri.example.org')

  it('writes DTSTART and DTEND as Rome wall-clock times with TZID', () => {
    expect(line(lines, 'DTSTART')).toBe('DTSTART;TZID=Europe/Rome:20270310T180000')
    expect(line(lines, 'DTEND')).toBe('DTEND;TZID=Europe/Rome:20270310T200000')
  })

  it('writes the local time even when the CMS gives the start in UTC, in summer time too', () => {
    const summer = buildCalendar([event({ start: '2027-07-01T16:00:00.000Z', end: '2027-07-01T18:00:00.000Z' })], options)
    const summerLines = eventLines(summer, 'event-12@quartieri.example.org')
    expect(line(summerLines, 'DTSTART')).toBe('DTSTART;TZID=Europe/Rome:20270701T180000')
    expect(line(summerLines, 'DTEND')).toBe('DTEND;TZID=Europe/Rome:20270701T200000')
  })

  it('resolves, through the VTIMEZONE, to the event’s instants', () => {
    const parsed = vevent(text, 'event-12@quartieri.example.org')
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2027-03-10T17:00:00.000Z')
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-03-10T19:00:00.000Z')
  })

  it('writes DTSTAMP and LAST-MODIFIED (from updatedAt) and CREATED (from createdAt) in UTC', () => {
    expect(line(lines, 'DTSTAMP')).toBe('DTSTAMP:20270203T091500Z')
    expect(line(lines, 'LAST-MODIFIED')).toBe('LAST-MODIFIED:20270203T091500Z')
    expect(line(lines, 'CREATED')).toBe('CREATED:20270120T164530Z')
  })

  it('gives an event without an end one hour', () => {
    const open = eventLines(buildCalendar([event({ end: null })], options), 'event-12@quartieri.example.org')
    expect(line(open, 'DTEND')).toBe('DTEND;TZID=Europe/Rome:20270310T190000')
  })

  it('writes the SEQUENCE of the event, 0 when it has none', () => {
    expect(line(lines, 'SEQUENCE')).toBe('SEQUENCE:4')
    expect(vevent(text, 'event-12@quartieri.example.org').sequence).toBe(4)
    const unsequenced = eventLines(buildCalendar([event({ sequence: null })], options), 'event-12@quartieri.example.org')
    expect(line(unsequenced, 'SEQUENCE')).toBe('SEQUENCE:0')
  })

  it('has the title, summary and page link, the venue as location, and STATUS:CONFIRMED', () => {
    const parsed = vevent(text, 'event-12@quartieri.example.org')
    expect(parsed.summary).toBe('Assemblea di quartiere')
    expect(parsed.location).toBe('Laboratorio di quartiere, Via Ponzio 5, Milano')
    expect(parsed.description).toContain('Presentazione del programma dei lavori.')
    expect(parsed.description).toContain(`${SITE}/eventi/assemblea-molise`)
    expect(parsed.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })
})

describe('buildCalendar: URL and UID', () => {
  it('links to the Italian event page by default', () => {
    const parsed = vevent(buildCalendar([event()], options), 'event-12@quartieri.example.org')
    expect(parsed.component.getFirstPropertyValue('url')).toBe('https://quartieri.example.org/eventi/assemblea-molise')
  })

  it('links to the English page with localePrefix /en', () => {
    const parsed = vevent(buildCalendar([event()], { ...options, localePrefix: '/en' }), 'event-12@quartieri.example.org')
    expect(parsed.component.getFirstPropertyValue('url')).toBe('https://quartieri.example.org/en/eventi/assemblea-molise')
    expect(parsed.description).toContain('https://quartieri.example.org/en/eventi/assemblea-molise')
  })

  it('accepts a site URL with a trailing slash without doubling it', () => {
    const parsed = vevent(buildCalendar([event()], { ...options, siteUrl: `${SITE}/` }), 'event-12@quartieri.example.org')
    expect(parsed.component.getFirstPropertyValue('url')).toBe('https://quartieri.example.org/eventi/assemblea-molise')
  })

  it('makes the UID from the event id and the site host, the same whatever changes and for every build', () => {
    expect(eventUid({ id: 12 }, SITE)).toBe('event-12@quartieri.example.org')
    expect(eventUid({ id: 'abc' }, 'https://portale.comune.example.it:8443/base/')).toBe('event-abc@portale.comune.example.it')
    const first = buildCalendar([event(), desk()], options)
    const second = buildCalendar([event({ title: 'Assemblea rinviata', slug: 'altro-slug', sequence: 2, updatedAt: '2027-02-10T10:00:00.000Z' }), desk()], options)
    const uids = (text: string) =>
      parse(text)
        .getAllSubcomponents('vevent')
        .map((c) => c.getFirstPropertyValue('uid'))
    expect(uids(first)).toEqual(['event-12@quartieri.example.org', 'event-34@quartieri.example.org'])
    expect(uids(second)).toEqual(uids(first))
  })

  it('builds the same text twice from the same events', () => {
    expect(buildCalendar([event(), desk()], options)).toBe(buildCalendar([event(), desk()], options))
  })

  it('writes the same feed when it reuses the events written for earlier feeds, per site and language', () => {
    const memo: CalendarMemo = new WeakMap()
    const events = [event(), desk(), event({ id: 13, slug: 'festa', title: 'Festa di via con un titolo molto lungo che va ripiegato su più righe del file' })]
    const english: CalendarOptions = { ...options, localePrefix: '/en' }
    expect(buildCalendar(events, options, memo)).toBe(buildCalendar(events, options))
    // The second build reads every VEVENT from the memo, a subset and another language too.
    expect(buildCalendar(events, options, memo)).toBe(buildCalendar(events, options))
    expect(buildCalendar([events[2]!], options, memo)).toBe(buildCalendar([events[2]!], options))
    expect(buildCalendar(events, english, memo)).toBe(buildCalendar(events, english))
    expect(buildCalendar(events, english, memo)).toContain(`URL;VALUE=URI:${SITE}/en/eventi/festa`)
  })
})

describe('buildCalendar: a weekly event', () => {
  const text = buildCalendar([desk()], options)
  const lines = eventLines(text, 'event-34@quartieri.example.org')
  const uid = 'event-34@quartieri.example.org'

  it('writes an RRULE with the weekdays and an UNTIL in UTC covering the whole last day in Rome', () => {
    const rrule = line(lines, 'RRULE')
    expect(rrule).toMatch(/^RRULE:/)
    expect(rrule).toContain('FREQ=WEEKLY')
    expect(rrule).toContain('BYDAY=MO,FR')
    // 30 April, 23:59:59 in Rome (UTC+2) is 21:59:59 UTC.
    expect(rrule).toMatch(/UNTIL=20270430T215959Z(;|$)/)
  })

  it('writes no UNTIL when the event repeats without end', () => {
    const open = eventLines(buildCalendar([desk({ recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], exceptions: [{ date: '2027-03-29' }] } })], options), uid)
    expect(line(open, 'RRULE')).not.toContain('UNTIL')
  })

  it('writes EXDATE with TZID at the local start time of the event', () => {
    expect(line(lines, 'EXDATE')).toBe('EXDATE;TZID=Europe/Rome:20270329T093000')
  })

  it('keeps DTSTART at the first date, in Rome time', () => {
    expect(line(lines, 'DTSTART')).toBe('DTSTART;TZID=Europe/Rome:20270301T093000')
  })

  it('expands in ical.js to 09:30 Rome on both sides of the change to summer time, skipping the EXDATE', () => {
    const starts = expand(text, uid)
    expect(starts.every((s) => s.local.endsWith('T09:30:00'))).toBe(true)
    const around = starts.filter((s) => s.local >= '2027-03-22' && s.local < '2027-04-06')
    expect(around).toEqual([
      { utc: '2027-03-22T08:30:00.000Z', local: '2027-03-22T09:30:00' },
      { utc: '2027-03-26T08:30:00.000Z', local: '2027-03-26T09:30:00' },
      // Monday 29 March is an exception.
      { utc: '2027-04-02T07:30:00.000Z', local: '2027-04-02T09:30:00' },
      { utc: '2027-04-05T07:30:00.000Z', local: '2027-04-05T09:30:00' },
    ])
  })

  it('expands in ical.js up to and including the `until` day', () => {
    const starts = expand(text, uid)
    expect(starts.at(-1)).toEqual({ utc: '2027-04-30T07:30:00.000Z', local: '2027-04-30T09:30:00' })
  })

  it('expands in ical.js to the same dates the site shows, across the autumn change too', () => {
    const autumn = desk({
      start: '2027-10-04T09:30:00+02:00',
      end: '2027-10-04T12:30:00+02:00',
      recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], until: '2027-11-30', exceptions: [{ date: '2027-11-01' }] },
    })
    const feed = expand(buildCalendar([autumn], options), uid).map((s) => s.utc)
    const site = occurrencesOf(autumn, startOfLocalDay('2027-01-01'), startOfLocalDay('2028-01-01')).map((o) => o.start.toISOString())
    expect(feed).toEqual(site)
    expect(feed).toContain('2027-10-29T07:30:00.000Z')
    expect(feed).toContain('2027-11-05T08:30:00.000Z')
    expect(feed).not.toContain('2027-11-01T08:30:00.000Z')
  })
})

describe('buildCalendar: cancelled events', () => {
  const text = buildCalendar([event({ cancelled: true, cancellationReason: 'Sala non disponibile', sequence: 3 })], options)
  const parsed = vevent(text, 'event-12@quartieri.example.org')

  it('marks the event STATUS:CANCELLED and says so in the title', () => {
    expect(line(eventLines(text, 'event-12@quartieri.example.org'), 'STATUS')).toBe('STATUS:CANCELLED')
    expect(parsed.summary).toBe('[ANNULLATO] Assemblea di quartiere')
  })

  it('gives the reason in DESCRIPTION, with the link to the page', () => {
    expect(parsed.description).toContain('Sala non disponibile')
    expect(parsed.description).toContain(`${SITE}/eventi/assemblea-molise`)
  })

  it('keeps the UID and the raised SEQUENCE, so calendars update the event rather than add one', () => {
    expect(parsed.uid).toBe('event-12@quartieri.example.org')
    expect(parsed.sequence).toBe(3)
  })
})

describe('buildCalendar: all-day events', () => {
  it('writes DTSTART and DTEND as VALUE=DATE, the end being the next day', () => {
    const lines = eventLines(buildCalendar([event({ start: '2027-05-01T00:00:00+02:00', end: null, allDay: true })], options), 'event-12@quartieri.example.org')
    expect(line(lines, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20270501')
    expect(line(lines, 'DTEND')).toBe('DTEND;VALUE=DATE:20270502')
  })

  it('takes the date in Rome when the CMS gives midnight in UTC (the day before, in UTC and New York)', () => {
    const text = buildCalendar([event({ start: '2027-04-30T22:00:00.000Z', end: '2027-05-01T21:59:00.000Z', allDay: true })], options)
    const lines = eventLines(text, 'event-12@quartieri.example.org')
    expect(line(lines, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20270501')
    expect(line(lines, 'DTEND')).toBe('DTEND;VALUE=DATE:20270502')
    const parsed = vevent(text, 'event-12@quartieri.example.org')
    expect(parsed.startDate.isDate).toBe(true)
    expect(parsed.startDate.toString()).toBe('2027-05-01')
  })
})

describe('buildCalendar: fixes found by review', () => {
  it('writes no EXDATE for a weekly event without exceptions, and ical.js expands it', () => {
    for (const exceptions of [undefined, null, []]) {
      const text = buildCalendar([desk({ recurrence: { frequency: 'weekly', byDay: ['MO'], until: '2027-03-31', exceptions } })], options)
      expect(unfolded(text).some((l) => l.startsWith('EXDATE'))).toBe(false)
      expect(expand(text, eventUid({ id: 34 }, SITE)).length).toBe(5)
    }
  })

  it('ends a multi-day all-day event the day after its last day (DTEND is exclusive)', () => {
    const text = buildCalendar([event({ allDay: true, start: '2027-05-01T00:00:00+02:00', end: '2027-05-02T18:00:00+02:00' })], options)
    expect(line(eventLines(text, eventUid({ id: 12 }, SITE)), 'DTEND')).toBe('DTEND;VALUE=DATE:20270503')
  })
})

describe('buildCalendar: a feed in another language', () => {
  const english = { ...options, localePrefix: '/en', cancelled: { title: '[CANCELLED]', reason: 'Cancelled:' } }
  const uid = 'event-12@quartieri.example.org'

  it('gives each title and summary its language, Italian where the text is not translated', () => {
    const text = buildCalendar([event({ title: 'Neighbourhood assembly', summary: 'Ordine del giorno: il cortile.' })], {
      ...english,
      languageOf: (_event, field) => (field === 'summary' ? 'it' : 'en'),
    })
    const lines = eventLines(text, uid)
    expect(lines.find((l) => l.startsWith('SUMMARY'))).toBe('SUMMARY;LANGUAGE=en:Neighbourhood assembly')
    expect(lines.find((l) => l.startsWith('DESCRIPTION'))).toMatch(/^DESCRIPTION;LANGUAGE=it:Ordine del giorno/)
    const parsed = vevent(text, uid)
    expect(parsed.summary).toBe('Neighbourhood assembly')
    expect(parsed.description).toContain(`${SITE}/en/eventi/`)
  })

  it("says a cancellation in the feed's language, and writes no LANGUAGE when not asked to", () => {
    const text = buildCalendar([event({ title: 'Assembly', cancelled: true, cancellationReason: 'No room' })], english)
    const parsed = vevent(text, uid)
    expect(parsed.summary).toBe('[CANCELLED] Assembly')
    expect(parsed.description).toContain('Cancelled: No room')
    expect(eventLines(text, uid).some((l) => l.includes('LANGUAGE='))).toBe(false)
  })
})
