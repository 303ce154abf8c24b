import { describe, expect, it } from 'vitest'
import { IMPORT_FORMAT, IMPORT_VERSION, validateImportText, type ImportProblem } from '../platform/import-file.ts'
import { laboratoryRecordSchemaFor } from './import-record.ts'

const laboratoryRecordSchema = laboratoryRecordSchemaFor(['it', 'en'])

/** The smallest valid laboratory (docs/import-format.md). */
const minimal = () => ({ slug: 'corvetto-orti', title: 'Orti condivisi', neighbourhood: 'corvetto', capacity: 20 })

/** The demo laboratory of docs/import-format.md, every optional key filled. */
const full = () => ({
  slug: 'molise-calvairate-mobilita-inquilini',
  title: 'Cambiare casa senza lasciare il quartiere',
  neighbourhood: 'molise-calvairate',
  status: 'draft',
  phase: 'co-design',
  capacity: 40,
  summary: 'Ascolto delle famiglie coinvolte nel programma di mobilità degli inquilini.',
  description: ['Il laboratorio raccoglie bisogni, dubbi e proposte.', 'Secondo paragrafo.'],
  themes: ['Casa', 'Lavori ERP'],
  venue: { name: 'Laboratorio di Quartiere Molise-Calvairate', address: 'Via Faà di Bruno 5, Milano', location: { lat: 45.4561, lng: 9.2168 } },
  sessions: [{ startsAt: '2027-01-19T18:00:00+01:00', endsAt: '2027-01-19T20:00:00+01:00', topic: 'Incontro aperto' }, { startsAt: '2027-01-26T18:00:00+01:00' }],
  signupOpensAt: '2027-01-05T09:00:00+01:00',
  signupClosesAt: '2027-01-18T23:59:59+01:00',
})

/** The paths of the problems the schema finds in one record, sorted; [] when it is valid. */
function recordProblems(record: unknown): string[] {
  const result = laboratoryRecordSchema.safeParse(record)
  return result.success ? [] : result.error.issues.map((i) => i.path.map(String).join('.')).sort()
}

/** An import file as an editor would save it, two-space indented. */
function fileText(collections: { neighbourhoods?: unknown[]; laboratories?: unknown[] }): string {
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

describe('laboratoryRecordSchema: valid records', () => {
  it('accepts the smallest record and makes it a published lab in the listening phase', () => {
    expect(laboratoryRecordSchema.parse(minimal())).toEqual({ ...minimal(), status: 'published', phase: 'listening' })
  })

  it('accepts a fully filled record and keeps what it says', () => {
    expect(laboratoryRecordSchema.parse(full())).toEqual(full())
  })

  it('accepts every phase and both statuses', () => {
    for (const phase of ['listening', 'co-design', 'pact-drafting', 'implementation', 'closed']) {
      expect(laboratoryRecordSchema.parse({ ...minimal(), phase }).phase).toBe(phase)
    }
    expect(laboratoryRecordSchema.parse({ ...minimal(), status: 'draft' }).status).toBe('draft')
    expect(laboratoryRecordSchema.parse({ ...minimal(), status: 'published' }).status).toBe('published')
  })

  it('trims the title', () => {
    expect(laboratoryRecordSchema.parse({ ...minimal(), title: '  Orti condivisi  ' }).title).toBe('Orti condivisi')
  })
})

describe('laboratoryRecordSchema: required keys and unknown keys', () => {
  it.each(['slug', 'title', 'neighbourhood', 'capacity'] as const)('requires %s', (key) => {
    const record: Record<string, unknown> = minimal()
    delete record[key]
    expect(recordProblems(record)).toEqual([key])
  })

  it('rejects a blank title', () => {
    expect(recordProblems({ ...minimal(), title: '   ' })).toEqual(['title'])
  })

  it('rejects an unknown key, so a record cannot set what the CMS keeps for itself', () => {
    expect(recordProblems({ ...minimal(), seatsTaken: 3 })).toEqual([''])
    expect(recordProblems({ ...minimal(), sumary: 'Typo' })).toEqual([''])
  })

  it('rejects null in place of an optional key', () => {
    expect(recordProblems({ ...minimal(), summary: null })).toEqual(['summary'])
    expect(recordProblems({ ...minimal(), signupOpensAt: null })).toEqual(['signupOpensAt'])
  })

  it('rejects opening hours in a lab venue: its dates are the sessions', () => {
    const venue = { name: 'Sede', openingHours: [{ day: 'mon', opens: '09:30', closes: '12:30' }] }
    expect(recordProblems({ ...minimal(), venue })).toEqual(['venue'])
  })
})

describe('laboratoryRecordSchema: phase, status, capacity', () => {
  it('rejects an unknown phase', () => {
    expect(recordProblems({ ...minimal(), phase: 'archived' })).toEqual(['phase'])
    expect(recordProblems({ ...minimal(), phase: 'Listening' })).toEqual(['phase'])
  })

  it('rejects an unknown status', () => {
    expect(recordProblems({ ...minimal(), status: 'archived' })).toEqual(['status'])
  })

  it('rejects a capacity of 0 seats', () => {
    expect(recordProblems({ ...minimal(), capacity: 0 })).toEqual(['capacity'])
  })

  it('accepts from 1 to 10000 seats', () => {
    expect(recordProblems({ ...minimal(), capacity: 1 })).toEqual([])
    expect(recordProblems({ ...minimal(), capacity: 10_000 })).toEqual([])
  })

  it('rejects a negative, fractional, too large or quoted capacity', () => {
    for (const capacity of [-1, 2.5, 10_001, '20']) expect(recordProblems({ ...minimal(), capacity })).toEqual(['capacity'])
  })
})

describe('laboratoryRecordSchema: slugs', () => {
  it('requires the neighbourhood to be named by its slug, not its name', () => {
    for (const neighbourhood of ['Corvetto', 'san siro', 'San-Siro', 'molise_calvairate', '-corvetto', 'corvetto-', 'molise--calvairate', '']) {
      expect(recordProblems({ ...minimal(), neighbourhood })).toEqual(['neighbourhood'])
    }
  })

  it('explains the slug rule when the neighbourhood is not a slug', () => {
    const result = laboratoryRecordSchema.safeParse({ ...minimal(), neighbourhood: 'San Siro' })
    expect(result.error?.issues[0]?.message).toMatch(/lower-case letters, digits and hyphens/)
  })

  it('applies the same rule to the lab slug', () => {
    expect(recordProblems({ ...minimal(), slug: 'Orti Condivisi' })).toEqual(['slug'])
    expect(recordProblems({ ...minimal(), slug: 'orti-2027' })).toEqual([])
  })

  it('accepts slugs up to 120 characters', () => {
    const words = (length: number) => `${'a'.repeat(length - 2)}-b`
    expect(recordProblems({ ...minimal(), slug: words(120), neighbourhood: words(120) })).toEqual([])
    expect(recordProblems({ ...minimal(), slug: words(121), neighbourhood: words(121) })).toEqual(['neighbourhood', 'slug'])
  })
})

describe('laboratoryRecordSchema: sessions', () => {
  const withSession = (session: Record<string, unknown>) => ({ ...minimal(), sessions: [session] })

  it('accepts a session that ends after it starts, or has no end', () => {
    expect(recordProblems(withSession({ startsAt: '2027-01-13T17:30:00+01:00', endsAt: '2027-01-13T19:30:00+01:00' }))).toEqual([])
    expect(recordProblems(withSession({ startsAt: '2027-01-13T17:30:00+01:00' }))).toEqual([])
  })

  it('rejects a session that ends before it starts, pointing at its end', () => {
    expect(recordProblems(withSession({ startsAt: '2027-01-13T19:30:00+01:00', endsAt: '2027-01-13T17:30:00+01:00' }))).toEqual(['sessions.0.endsAt'])
  })

  it('rejects a session that ends when it starts', () => {
    expect(recordProblems(withSession({ startsAt: '2027-01-13T17:30:00+01:00', endsAt: '2027-01-13T17:30:00+01:00' }))).toEqual(['sessions.0.endsAt'])
  })

  it('rejects a session that ends when it starts, written with different offsets', () => {
    // 17:30 in Rome is 16:30 UTC.
    expect(recordProblems(withSession({ startsAt: '2027-01-13T17:30:00+01:00', endsAt: '2027-01-13T16:30:00Z' }))).toEqual(['sessions.0.endsAt'])
  })

  it('compares start and end as instants: 18:00+01:00 ends after 16:30Z', () => {
    // 18:00 in Rome is 17:00 UTC, half an hour after the start, although "16:30" < "18:00" does not decide it.
    expect(recordProblems(withSession({ startsAt: '2027-01-13T16:30:00Z', endsAt: '2027-01-13T18:00:00+01:00' }))).toEqual([])
  })

  it('compares start and end as instants: 18:00+01:00 ends before 17:30Z, although it reads later', () => {
    expect(recordProblems(withSession({ startsAt: '2027-01-13T17:30:00Z', endsAt: '2027-01-13T18:00:00+01:00' }))).toEqual(['sessions.0.endsAt'])
  })

  it('checks each session on its own', () => {
    const sessions = [
      { startsAt: '2027-01-13T17:30:00+01:00', endsAt: '2027-01-13T19:30:00+01:00' },
      { startsAt: '2027-01-20T17:30:00+01:00', endsAt: '2027-01-20T17:00:00+01:00' },
    ]
    expect(recordProblems({ ...minimal(), sessions })).toEqual(['sessions.1.endsAt'])
  })

  it('rejects a date-time without offset, without seconds, or a bare date', () => {
    for (const startsAt of ['2027-01-13T17:30:00', '2027-01-13T17:30+01:00', '2027-01-13', '13/01/2027 17:30']) {
      expect(recordProblems(withSession({ startsAt }))).toEqual(['sessions.0.startsAt'])
    }
  })

  it('accepts fractions of a second and a UTC time', () => {
    expect(recordProblems(withSession({ startsAt: '2027-01-13T17:30:00.000+01:00', endsAt: '2027-01-13T18:30:00Z' }))).toEqual([])
  })
})

describe('laboratoryRecordSchema: sign-up dates', () => {
  it('accepts sign-up that closes after it opens, or only one of the two dates', () => {
    expect(recordProblems({ ...minimal(), signupOpensAt: '2027-01-05T09:00:00+01:00', signupClosesAt: '2027-01-18T09:00:00+01:00' })).toEqual([])
    expect(recordProblems({ ...minimal(), signupOpensAt: '2027-01-05T09:00:00+01:00' })).toEqual([])
    expect(recordProblems({ ...minimal(), signupClosesAt: '2027-01-18T09:00:00+01:00' })).toEqual([])
  })

  it('rejects sign-up that closes before it opens, pointing at the closing date', () => {
    const result = laboratoryRecordSchema.safeParse({ ...minimal(), signupOpensAt: '2027-01-18T09:00:00+01:00', signupClosesAt: '2027-01-05T09:00:00+01:00' })
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['signupClosesAt'], message: expect.stringContaining('sign-up must close after it opens') })])
  })

  it('rejects sign-up that closes the moment it opens', () => {
    expect(recordProblems({ ...minimal(), signupOpensAt: '2027-01-05T09:00:00+01:00', signupClosesAt: '2027-01-05T08:00:00Z' })).toEqual(['signupClosesAt'])
  })

  it('compares the sign-up dates as instants', () => {
    // Opens 09:00 in Rome (08:00 UTC), closes 08:30 UTC: later, although "08:30" < "09:00".
    expect(recordProblems({ ...minimal(), signupOpensAt: '2027-01-05T09:00:00+01:00', signupClosesAt: '2027-01-05T08:30:00Z' })).toEqual([])
    // Opens 08:30 UTC, closes 09:00 in Rome (08:00 UTC): earlier, although "09:00" > "08:30".
    expect(recordProblems({ ...minimal(), signupOpensAt: '2027-01-05T08:30:00Z', signupClosesAt: '2027-01-05T09:00:00+01:00' })).toEqual(['signupClosesAt'])
  })

  it('rejects a sign-up date without an offset', () => {
    expect(recordProblems({ ...minimal(), signupOpensAt: '2027-01-05T09:00:00' })).toEqual(['signupOpensAt'])
  })
})

describe('validateImportText: laboratories', () => {
  it('accepts a file with neighbourhoods and laboratories, filling in the lab defaults', () => {
    const result = validateImportText(fileText({ neighbourhoods: [{ slug: 'corvetto', name: 'Corvetto' }], laboratories: [minimal(), full()] }))
    expect(result).toEqual({
      ok: true,
      data: {
        format: 'quartieri-import',
        version: 1,
        neighbourhoods: [{ slug: 'corvetto', name: 'Corvetto', status: 'published' }],
        laboratories: [{ ...minimal(), status: 'published', phase: 'listening' }, full()],
      },
    })
  })

  it('accepts laboratories alone, whose neighbourhood is not in the file', () => {
    expect(validateImportText(fileText({ laboratories: [minimal()] })).ok).toBe(true)
  })

  it('reports each problem of each laboratory with its path and line', () => {
    const text = fileText({
      laboratories: [
        { ...minimal(), slug: 'a', capacity: 0 },
        { ...minimal(), slug: 'b', phase: 'archived', neighbourhood: 'San Siro' },
        { ...minimal(), slug: 'c', sessions: [{ startsAt: '2027-01-13T19:30:00+01:00', endsAt: '2027-01-13T17:30:00+01:00' }] },
        { ...minimal(), slug: 'd', signupOpensAt: '2027-01-18T09:00:00+01:00', signupClosesAt: '2027-01-05T09:00:00+01:00' },
      ],
    })
    const found = problemsOf(text).map((p) => [p.path, p.line])
    expect(found).toHaveLength(5)
    expect(found).toEqual(
      expect.arrayContaining([
        ['laboratories[0].capacity', lineOf(text, '"capacity": 0')],
        ['laboratories[1].phase', lineOf(text, '"archived"')],
        ['laboratories[1].neighbourhood', lineOf(text, '"San Siro"')],
        ['laboratories[2].sessions[0].endsAt', lineOf(text, '"endsAt"')],
        ['laboratories[3].signupClosesAt', lineOf(text, '"signupClosesAt"')],
      ]),
    )
  })

  it('points a missing key of a laboratory at the record', () => {
    const { capacity: _, ...withoutCapacity } = minimal()
    const text = fileText({ laboratories: [minimal(), { ...withoutCapacity, slug: 'senza-posti' }] })
    expect(problemsOf(text)).toEqual([expect.objectContaining({ path: 'laboratories[1].capacity', line: lineOf(text, '"senza-posti"') - 1 })])
  })

  it('rejects an unknown key in a laboratory and names it', () => {
    const problems = problemsOf(fileText({ laboratories: [{ ...minimal(), seatsTaken: 3 }] }))
    expect(problems).toEqual([expect.objectContaining({ path: 'laboratories[0]', message: expect.stringContaining('seatsTaken') })])
  })

  it('rejects laboratories that are not an array', () => {
    expect(problemsOf(fileText({ laboratories: minimal() as unknown as unknown[] })).map((p) => p.path)).toEqual(['laboratories'])
  })
})

describe('validateImportText: duplicate laboratory slugs', () => {
  it('reports a repeated lab slug at the repeat, naming the first use', () => {
    const text = fileText({
      laboratories: [
        { ...minimal(), slug: 'orti', title: 'Orti' },
        { ...minimal(), slug: 'cortili', title: 'Cortili' },
        { ...minimal(), slug: 'orti', title: 'Orti di nuovo' },
      ],
    })
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: 'laboratories[2].slug', line: lineOf(text, '"Orti di nuovo"') - 1 })
    expect(problems[0]?.message).toContain('laboratories[0]')
    expect(problems[0]?.message).toContain('orti')
  })

  it('allows a laboratory to share its slug with a neighbourhood', () => {
    const text = fileText({ neighbourhoods: [{ slug: 'corvetto', name: 'Corvetto' }], laboratories: [{ ...minimal(), slug: 'corvetto' }] })
    expect(validateImportText(text).ok).toBe(true)
  })

  it('allows several laboratories in the same neighbourhood', () => {
    const text = fileText({
      laboratories: [
        { ...minimal(), slug: 'orti' },
        { ...minimal(), slug: 'cortili' },
      ],
    })
    expect(validateImportText(text).ok).toBe(true)
  })

  it('reports repeats in each collection against that collection only', () => {
    const text = fileText({
      neighbourhoods: [
        { slug: 'corvetto', name: 'Corvetto' },
        { slug: 'orti', name: 'Orti' },
        { slug: 'corvetto', name: 'Corvetto 2' },
      ],
      laboratories: [
        { ...minimal(), slug: 'orti' },
        { ...minimal(), slug: 'corvetto' },
        { ...minimal(), slug: 'orti' },
        { ...minimal(), slug: 'corvetto' },
      ],
    })
    const problems = problemsOf(text).map((p) => [p.path, /(\w+)\[(\d+)\]/.exec(p.message)?.slice(1).join(':')])
    expect(problems).toEqual([
      ['neighbourhoods[2].slug', 'neighbourhoods:0'],
      ['laboratories[2].slug', 'laboratories:0'],
      ['laboratories[3].slug', 'laboratories:1'],
    ])
  })

  it('reports a repeated lab slug together with schema problems in other laboratories', () => {
    const text = fileText({
      laboratories: [
        { ...minimal(), slug: 'orti' },
        { ...minimal(), slug: 'cortili', capacity: 0 },
        { ...minimal(), slug: 'orti' },
      ],
    })
    const paths = problemsOf(text).map((p) => p.path)
    expect(paths.sort()).toEqual(['laboratories[1].capacity', 'laboratories[2].slug'])
  })
})
