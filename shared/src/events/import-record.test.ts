import { describe, expect, it } from 'vitest'
import { eventRecordSchemaFor } from './import-record.ts'
import { IMPORT_FORMAT, IMPORT_VERSION, validateImportText, type ImportProblem } from '../platform/import-file.ts'

const eventRecordSchema = eventRecordSchemaFor(['it', 'en'])

/** The smallest valid event: a one-off assembly with a start only. */
const minimal = () => ({ slug: 'assemblea-marzo', title: 'Assemblea di quartiere', type: 'assembly', neighbourhood: 'molise-calvairate', start: '2027-03-10T18:00:00+01:00' })

/** A weekly info desk with every optional key filled. */
const full = () => ({
  slug: 'sportello-casa',
  title: 'Sportello casa',
  type: 'info-desk',
  neighbourhood: 'molise-calvairate',
  laboratory: 'mobilita-inquilini',
  status: 'draft',
  start: '2027-03-01T09:30:00+01:00',
  end: '2027-03-01T12:30:00+01:00',
  allDay: false,
  summary: 'Informazioni su assegnazioni e cambi alloggio.',
  description: ['Portare un documento.', 'Secondo paragrafo.'],
  venue: { name: 'Laboratorio di quartiere', address: 'Via Ponzio 5, Milano', location: { lat: 45.4512, lng: 9.2198 } },
  recurrence: { byDay: ['MO', 'FR'], until: '2027-07-31', exceptions: ['2027-04-05', '2027-06-02'] },
  registration: { capacity: 30, opensAt: '2027-02-01T09:00:00+01:00', closesAt: '2027-02-28T23:59:59+01:00' },
  cancelled: { reason: 'Sala non disponibile' },
})

/** The paths of the problems the schema finds in one record, sorted; [] when it is valid. */
function recordProblems(record: unknown): string[] {
  const result = eventRecordSchema.safeParse(record)
  return result.success ? [] : result.error.issues.map((i) => i.path.map(String).join('.')).sort()
}

/** An import file as an editor would save it, two-space indented. */
function fileText(collections: { neighbourhoods?: unknown[]; laboratories?: unknown[]; events?: unknown[] }): string {
  return JSON.stringify({ format: IMPORT_FORMAT, version: IMPORT_VERSION, ...collections }, null, 2)
}

function problemsOf(text: string): ImportProblem[] {
  const result = validateImportText(text)
  if (result.ok) throw new Error('expected the file to be rejected')
  expect(result.problems.length).toBeGreaterThan(0)
  return result.problems
}

/** The 1-based line of the only line of text containing needle. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((row) => row.includes(needle))
  if (index < 0 || text.indexOf(needle) !== text.lastIndexOf(needle)) throw new Error(`"${needle}" must occur exactly once`)
  return index + 1
}

describe('eventRecordSchema: valid records', () => {
  it('accepts the smallest record and publishes it', () => {
    expect(eventRecordSchema.parse(minimal())).toEqual({ ...minimal(), status: 'published' })
  })

  it('accepts a fully filled weekly record and keeps what it says', () => {
    expect(eventRecordSchema.parse(full())).toEqual(full())
  })

  it('accepts every event type', () => {
    for (const type of ['lab-session', 'assembly', 'thematic-table', 'workshop', 'festival', 'info-desk']) {
      expect(recordProblems({ ...minimal(), type }), type).toEqual([])
    }
  })

  it('accepts date-times in UTC or with any offset', () => {
    expect(recordProblems({ ...minimal(), start: '2027-03-10T17:00:00Z' })).toEqual([])
    expect(recordProblems({ ...minimal(), start: '2027-07-10T18:00:00+02:00', end: '2027-07-10T20:00:00.000+02:00' })).toEqual([])
  })

  it('trims the title', () => {
    expect(eventRecordSchema.parse({ ...minimal(), title: '  Assemblea  ' }).title).toBe('Assemblea')
  })
})

describe('eventRecordSchema: start and end', () => {
  it('rejects an end before the start, pointing at the end', () => {
    expect(recordProblems({ ...minimal(), end: '2027-03-10T17:59:00+01:00' })).toEqual(['end'])
  })

  it('accepts an end equal to the start', () => {
    expect(recordProblems({ ...minimal(), end: '2027-03-10T18:00:00+01:00' })).toEqual([])
  })

  it('compares start and end as instants, not as text, across offsets', () => {
    // 18:00 at UTC+1 is 17:00 UTC: an end at 17:30 UTC is later, though it reads earlier.
    expect(recordProblems({ ...minimal(), end: '2027-03-10T17:30:00Z' })).toEqual([])
    // 18:30 at UTC+2 is 16:30 UTC: earlier than the start, though it reads later.
    expect(recordProblems({ ...minimal(), end: '2027-03-10T18:30:00+02:00' })).toEqual(['end'])
  })

  it('rejects a start without an offset, a date alone or an impossible date', () => {
    expect(recordProblems({ ...minimal(), start: '2027-03-10T18:00:00' })).toEqual(['start'])
    expect(recordProblems({ ...minimal(), start: '2027-03-10' })).toEqual(['start'])
    expect(recordProblems({ ...minimal(), start: '2027-02-30T18:00:00+01:00' })).toEqual(['start'])
  })
})

describe('eventRecordSchema: recurrence', () => {
  it('needs at least one weekday', () => {
    expect(recordProblems({ ...minimal(), recurrence: { byDay: [] } })).toEqual(['recurrence.byDay'])
    expect(recordProblems({ ...minimal(), recurrence: {} })).toEqual(['recurrence.byDay'])
  })

  it('accepts a recurrence with days only', () => {
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['WE'] } })).toEqual([])
  })

  it('rejects an unknown weekday code', () => {
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['MO', 'LU'] } })).toEqual(['recurrence.byDay.1'])
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['mo'] } })).toEqual(['recurrence.byDay.0'])
  })

  it('takes exceptions and until as calendar dates, not date-times or impossible dates', () => {
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['MO'], exceptions: ['2027-04-05T09:30:00+02:00'] } })).toEqual(['recurrence.exceptions.0'])
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['MO'], exceptions: ['2027-04-05', '2027-02-30'] } })).toEqual(['recurrence.exceptions.1'])
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['MO'], exceptions: [{ date: '2027-04-05' }] } })).toEqual(['recurrence.exceptions.0'])
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['MO'], until: '2027-07-31T23:59:00+02:00' } })).toEqual(['recurrence.until'])
  })

  it('rejects an unknown key in the recurrence, such as a frequency', () => {
    expect(recordProblems({ ...minimal(), recurrence: { byDay: ['MO'], frequency: 'weekly' } })).toEqual(['recurrence'])
  })
})

describe('eventRecordSchema: registration', () => {
  it('needs a capacity of at least one whole seat', () => {
    expect(recordProblems({ ...minimal(), registration: { capacity: 1 } })).toEqual([])
    expect(recordProblems({ ...minimal(), registration: { capacity: 0 } })).toEqual(['registration.capacity'])
    expect(recordProblems({ ...minimal(), registration: { capacity: -5 } })).toEqual(['registration.capacity'])
    expect(recordProblems({ ...minimal(), registration: { capacity: 2.5 } })).toEqual(['registration.capacity'])
    expect(recordProblems({ ...minimal(), registration: {} })).toEqual(['registration.capacity'])
  })

  it('takes the sign-up dates as date-times with an offset', () => {
    expect(recordProblems({ ...minimal(), registration: { capacity: 10, opensAt: '2027-02-01' } })).toEqual(['registration.opensAt'])
  })
})

describe('eventRecordSchema: other fields', () => {
  it('rejects an unknown type', () => {
    expect(recordProblems({ ...minimal(), type: 'concert' })).toEqual(['type'])
    expect(recordProblems({ ...minimal(), type: 'Assembly' })).toEqual(['type'])
  })

  it('rejects malformed slugs for the event, its neighbourhood and its lab', () => {
    expect(recordProblems({ ...minimal(), slug: 'Assemblea Marzo', neighbourhood: 'molise_calvairate', laboratory: '-orti' })).toEqual(['laboratory', 'neighbourhood', 'slug'])
  })

  it('requires slug, title, type, neighbourhood and start', () => {
    expect(recordProblems({})).toEqual(['neighbourhood', 'slug', 'start', 'title', 'type'])
  })

  it('rejects an empty title and one over 160 characters', () => {
    expect(recordProblems({ ...minimal(), title: '   ' })).toEqual(['title'])
    expect(recordProblems({ ...minimal(), title: 'x'.repeat(161) })).toEqual(['title'])
    expect(recordProblems({ ...minimal(), title: 'x'.repeat(160) })).toEqual([])
  })

  it('takes a cancellation as an object with its reason, not a boolean', () => {
    expect(recordProblems({ ...minimal(), cancelled: true })).toEqual(['cancelled'])
    expect(recordProblems({ ...minimal(), cancelled: { reason: 'x'.repeat(301) } })).toEqual(['cancelled.reason'])
  })

  it('rejects unknown keys, null for an optional key and an unknown status', () => {
    expect(recordProblems({ ...minimal(), sumary: 'typo' })).toEqual([''])
    expect(recordProblems({ ...minimal(), end: null })).toEqual(['end'])
    expect(recordProblems({ ...minimal(), status: 'archived' })).toEqual(['status'])
  })
})

describe('validateImportText: events', () => {
  it('accepts a file with events and returns them parsed', () => {
    const result = validateImportText(fileText({ events: [minimal(), full()] }))
    expect(result).toEqual({ ok: true, data: { format: 'quartieri-import', version: 1, events: [{ ...minimal(), status: 'published' }, full()] } })
  })

  it('reports a schema problem in an event with its path and line', () => {
    const text = fileText({ events: [minimal(), { ...minimal(), slug: 'assemblea-aprile', type: 'concert' }] })
    expect(problemsOf(text)).toMatchObject([{ path: 'events[1].type', line: lineOf(text, '"concert"') }])
  })

  it('reports an end before the start at the end', () => {
    const text = fileText({ events: [{ ...minimal(), end: '2027-03-10T16:00:00Z' }] })
    expect(problemsOf(text)).toMatchObject([{ path: 'events[0].end', line: lineOf(text, '"end"') }])
  })

  it('reports a repeated event slug against its first use', () => {
    const text = fileText({ events: [minimal(), { ...minimal(), slug: 'sportello-casa' }, { ...minimal(), title: 'Assemblea bis' }] })
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: 'events[2].slug' })
    expect(problems[0]!.message).toContain('assemblea-marzo')
    expect(problems[0]!.message).toContain('events[0]')
  })

  it('reports repeats per collection: an event may share a slug with a neighbourhood or a lab', () => {
    const text = fileText({
      neighbourhoods: [{ slug: 'corvetto', name: 'Corvetto' }],
      laboratories: [{ slug: 'corvetto', title: 'Orti', neighbourhood: 'corvetto', capacity: 20 }],
      events: [{ ...minimal(), slug: 'corvetto' }],
    })
    expect(validateImportText(text).ok).toBe(true)
  })

  it('reports a repeated event slug together with the schema problems of other events', () => {
    const text = fileText({ events: [minimal(), { ...minimal(), slug: 'sportello', registration: { capacity: 0 } }, minimal()] })
    expect(
      problemsOf(text)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['events[1].registration.capacity', 'events[2].slug'])
  })

  it('rejects events that are not an array', () => {
    const text = JSON.stringify({ format: IMPORT_FORMAT, version: IMPORT_VERSION, events: minimal() })
    expect(problemsOf(text).map((p) => p.path)).toEqual(['events'])
  })
})
