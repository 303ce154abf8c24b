import { describe, expect, it } from 'vitest'
import { formatProblem, IMPORT_FORMAT, IMPORT_VERSION, validateImportText, type ImportProblem } from './import-file.ts'

/** Joins lines with "\n", so that line N of the text is lines[N - 1]. */
const lines = (...rows: string[]) => rows.join('\n')

/** An import file as an editor would save it, two-space indented. */
function fileText(neighbourhoods: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: IMPORT_FORMAT, version: IMPORT_VERSION, neighbourhoods, ...extra }, null, 2)
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

describe('validateImportText: valid files', () => {
  it('accepts a file with two neighbourhoods and returns the parsed data, status defaulting to published', () => {
    const text = fileText([
      { slug: 'molise-calvairate', name: 'Molise-Calvairate', figures: { referenceYear: 2017, inhabitants: 6647 } },
      { slug: 'lorenteggio', name: 'Lorenteggio', status: 'draft' },
    ])
    const result = validateImportText(text)
    expect(result).toEqual({
      ok: true,
      data: {
        format: 'quartieri-import',
        version: 1,
        neighbourhoods: [
          { slug: 'molise-calvairate', name: 'Molise-Calvairate', status: 'published', figures: { referenceYear: 2017, inhabitants: 6647 } },
          { slug: 'lorenteggio', name: 'Lorenteggio', status: 'draft' },
        ],
      },
    })
  })

  it('accepts a fully filled record', () => {
    const text = fileText([
      {
        slug: 'molise-calvairate',
        name: 'Molise-Calvairate',
        summary: 'Case popolari tra viale Molise e piazzale Martini.',
        description: ['Primo paragrafo.', 'Secondo paragrafo.'],
        figures: { referenceYear: 2017, inhabitants: 6647, households: 3120, publicHousingUnits: 2300, unitsUnderWorks: 180 },
        worksProgress: [{ label: 'Via Ponzio 5', percent: 40, asOf: '2024-03-01' }],
        venue: {
          name: 'Laboratorio di quartiere',
          address: 'Via Ponzio 5, Milano',
          location: { lat: 45.4512, lng: 9.2198 },
          openingHours: [{ day: 'mon', opens: '09:30', closes: '12:30', note: 'Su appuntamento' }],
        },
        centre: { lat: 45.4512, lng: 9.2198 },
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [9.21, 45.45],
              [9.23, 45.45],
              [9.23, 45.46],
              [9.21, 45.45],
            ],
          ],
        },
        contacts: [{ name: 'Sportello', role: 'Segreteria', email: 'lab.molise@example.org', phone: '+39 02 1234567' }],
      },
    ])
    expect(validateImportText(text).ok).toBe(true)
  })

  it('accepts a file with no neighbourhoods at all', () => {
    expect(validateImportText('{ "format": "quartieri-import", "version": 1 }')).toEqual({
      ok: true,
      data: { format: 'quartieri-import', version: 1 },
    })
  })
})

describe('validateImportText: JSON syntax', () => {
  it('reports a missing comma with the line and column where it is noticed', () => {
    const text = lines('{', '  "format": "quartieri-import",', '  "version": 1,', '  "neighbourhoods": [', '    { "slug": "lorenteggio" "name": "Lorenteggio" }', '  ]', '}')
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: expect.stringContaining('JSON'), line: 5, column: 29 })
    expect(problems[0]?.message).toMatch(/JSON/)
  })

  it('reports a trailing comma on its line', () => {
    const text = lines('{', '  "format": "quartieri-import",', '  "version": 1,', '}')
    expect(problemsOf(text).map((p) => p.line)).toContain(4)
  })

  it('rejects comments', () => {
    const text = lines('{', '  // esportato dal foglio di calcolo', '  "format": "quartieri-import",', '  "version": 1', '}')
    expect(problemsOf(text)[0]).toMatchObject({ line: 2, column: 3 })
  })

  it('rejects an empty file', () => {
    expect(validateImportText('').ok).toBe(false)
  })
})

describe('validateImportText: schema problems', () => {
  const text = lines(
    '{', //                                                   1
    '  "format": "quartieri-import",', //                     2
    '  "version": 1,', //                                     3
    '  "neighbourhoods": [', //                               4
    '    {', //                                               5
    '      "slug": "molise-calvairate",', //                  6
    '      "name": "Molise-Calvairate"', //                   7
    '    },', //                                              8
    '    {', //                                               9
    '      "slug": "lorenteggio",', //                        10
    '      "name": "Lorenteggio",', //                        11
    '      "figures": {', //                                  12
    '        "referenceYear": 2017,', //                      13
    '        "inhabitants": -5', //                           14
    '      }', //                                             15
    '    },', //                                              16
    '    {', //                                               17
    '      "slug": "San Siro",', //                           18
    '      "name": "San Siro",', //                           19
    '      "status": "archived"', //                          20
    '    },', //                                              21
    '    {', //                                               22
    '      "slug": "giambellino",', //                        23
    '      "name": "   "', //                                 24
    '    }', //                                               25
    '  ]', //                                                 26
    '}', //                                                   27
  )

  it('reports every problem, each with its JSON path and the line of the value', () => {
    const found = problemsOf(text).map((p) => [p.path, p.line])
    expect(found).toHaveLength(4)
    expect(found).toEqual(
      expect.arrayContaining([
        ['neighbourhoods[1].figures.inhabitants', 14],
        ['neighbourhoods[2].slug', 18],
        ['neighbourhoods[2].status', 20],
        ['neighbourhoods[3].name', 24],
      ]),
    )
  })

  it('gives the column where the offending value starts', () => {
    const inhabitants = problemsOf(text).find((p) => p.path === 'neighbourhoods[1].figures.inhabitants')
    // '        "inhabitants": -5': the value starts after 8 spaces, 13 quoted characters, a colon and a space.
    expect(inhabitants?.column).toBe(24)
  })

  it('explains the slug rule in the message', () => {
    const slug = problemsOf(text).find((p) => p.path === 'neighbourhoods[2].slug')
    expect(slug?.message).toMatch(/lower-case letters, digits and hyphens/)
  })

  it('points a missing required field at the record that lacks it', () => {
    const missing = lines(
      '{',
      '  "format": "quartieri-import",',
      '  "version": 1,',
      '  "neighbourhoods": [',
      '    { "slug": "molise-calvairate", "name": "Molise-Calvairate" },',
      '    { "slug": "lorenteggio" }',
      '  ]',
      '}',
    )
    expect(problemsOf(missing)).toEqual([expect.objectContaining({ path: 'neighbourhoods[1].name', line: 6, column: 5 })])
  })

  it('rejects a record that is not an object', () => {
    expect(problemsOf(fileText(['lorenteggio']))).toEqual([expect.objectContaining({ path: 'neighbourhoods[0]' })])
  })

  it('rejects a file that is not an object', () => {
    expect(problemsOf('[]')).toEqual([expect.objectContaining({ path: '(radice / root)', line: 1 })])
  })

  it('rejects a negative or fractional count and an out-of-range reference year', () => {
    const problems = problemsOf(fileText([{ slug: 'a', name: 'A', figures: { referenceYear: 1850, households: 10.5, publicHousingUnits: -1 } }]))
    expect(problems.map((p) => p.path).sort()).toEqual([
      'neighbourhoods[0].figures.households',
      'neighbourhoods[0].figures.publicHousingUnits',
      'neighbourhoods[0].figures.referenceYear',
    ])
  })

  it('rejects a works percentage above 100, a malformed date and a malformed e-mail', () => {
    const problems = problemsOf(
      fileText([
        {
          slug: 'a',
          name: 'A',
          worksProgress: [{ label: 'Via Ponzio 5', percent: 140, asOf: '01/03/2024' }],
          contacts: [{ name: 'Sportello', email: 'sportello at example.org' }],
        },
      ]),
    )
    expect(problems.map((p) => p.path).sort()).toEqual([
      'neighbourhoods[0].contacts[0].email',
      'neighbourhoods[0].worksProgress[0].asOf',
      'neighbourhoods[0].worksProgress[0].percent',
    ])
  })
})

describe('validateImportText: strict objects', () => {
  it('rejects an unknown top-level key and names it', () => {
    const text = lines('{', '  "format": "quartieri-import",', '  "version": 1,', '  "neighborhoods": []', '}')
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toContain('neighborhoods')
  })

  it('rejects an unknown record field and names it', () => {
    const text = fileText([{ slug: 'lorenteggio', name: 'Lorenteggio', inhabitants: 6647 }])
    const problems = problemsOf(text)
    expect(problems).toEqual([expect.objectContaining({ path: 'neighbourhoods[0]', message: expect.stringContaining('inhabitants') })])
    // The record's opening brace is on the line above its first field.
    expect(problems[0]?.line).toBe(lineOf(text, '"slug": "lorenteggio"') - 1)
  })

  it('rejects an unknown field inside a nested group', () => {
    const problems = problemsOf(fileText([{ slug: 'a', name: 'A', figures: { referenceYear: 2017, population: 6647 } }]))
    expect(problems).toEqual([expect.objectContaining({ path: 'neighbourhoods[0].figures', message: expect.stringContaining('population') })])
  })
})

describe('validateImportText: duplicate slugs', () => {
  it('reports a repeated slug with the index of its first use and the line of the repeat', () => {
    const text = fileText([
      { slug: 'molise-calvairate', name: 'Molise-Calvairate' },
      { slug: 'lorenteggio', name: 'Lorenteggio' },
      { slug: 'molise-calvairate', name: 'Molise' },
    ])
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: 'neighbourhoods[2].slug', line: lineOf(text, '"name": "Molise"') - 1 })
    expect(problems[0]?.message).toContain('neighbourhoods[0]')
    expect(problems[0]?.message).toContain('molise-calvairate')
  })

  it('reports every repeat, each against the first use', () => {
    const problems = problemsOf(
      fileText([
        { slug: 'a', name: 'A' },
        { slug: 'b', name: 'B' },
        { slug: 'a', name: 'A2' },
        { slug: 'b', name: 'B2' },
        { slug: 'a', name: 'A3' },
      ]),
    )
    expect(problems.map((p) => [p.path, /neighbourhoods\[(\d+)\]/.exec(p.message)?.[1]])).toEqual([
      ['neighbourhoods[2].slug', '0'],
      ['neighbourhoods[3].slug', '1'],
      ['neighbourhoods[4].slug', '0'],
    ])
  })
})

describe('validateImportText: problems of different kinds together', () => {
  it('reports a repeated slug together with schema problems in other records', () => {
    const text = fileText([
      { slug: 'a', name: 'A' },
      { slug: 'b', name: 'B', figures: { referenceYear: 2017, inhabitants: -1 } },
      { slug: 'a', name: 'A di nuovo' },
    ])
    const paths = problemsOf(text).map((p) => p.path)
    expect(paths).toContain('neighbourhoods[1].figures.inhabitants')
    expect(paths).toContain('neighbourhoods[2].slug')
  })

  it('accepts a file saved with a byte-order mark', () => {
    const result = validateImportText(`\uFEFF${fileText([{ slug: 'a', name: 'A' }])}`)
    expect(result.ok).toBe(true)
  })

  it('reports only the format of a malformed opening time, not the order', () => {
    const text = fileText([{ slug: 'a', name: 'A', venue: { openingHours: [{ day: 'mon', opens: '9:00', closes: '18:00' }] } }])
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('neighbourhoods[0].venue.openingHours[0].opens')
  })
})

describe('validateImportText: format and version', () => {
  it('rejects a file of another format', () => {
    const problems = problemsOf(JSON.stringify({ format: 'quartieri-export', version: 1 }))
    expect(problems).toEqual([expect.objectContaining({ path: 'format', line: 1 })])
  })

  it('rejects a file of another version', () => {
    expect(problemsOf(JSON.stringify({ format: 'quartieri-import', version: 2 }))).toEqual([expect.objectContaining({ path: 'version' })])
    expect(problemsOf(JSON.stringify({ format: 'quartieri-import', version: '1' }))).toEqual([expect.objectContaining({ path: 'version' })])
  })

  it('rejects a file without format or version', () => {
    const paths = problemsOf('{ "neighbourhoods": [] }').map((p) => p.path)
    expect(paths.sort()).toEqual(['format', 'version'])
  })
})

describe('validateImportText: opening hours', () => {
  const withHours = (opens: string, closes: string) => fileText([{ slug: 'a', name: 'A', venue: { openingHours: [{ day: 'tue', opens, closes }] } }])

  it('accepts hours that close after they open', () => {
    expect(validateImportText(withHours('09:30', '12:30')).ok).toBe(true)
  })

  it('rejects hours that close before they open, pointing at the closing time', () => {
    const text = withHours('18:00', '09:00')
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({
        path: 'neighbourhoods[0].venue.openingHours[0].closes',
        line: lineOf(text, '"closes"'),
        message: expect.stringContaining('closing must follow opening'),
      }),
    ])
  })

  it('rejects hours that close when they open', () => {
    expect(problemsOf(withHours('09:00', '09:00')).map((p) => p.path)).toEqual(['neighbourhoods[0].venue.openingHours[0].closes'])
  })

  it('rejects a time that is not HH:MM and an unknown day', () => {
    const text = fileText([{ slug: 'a', name: 'A', venue: { openingHours: [{ day: 'lun', opens: '09:30', closes: '24:00' }] } }])
    expect(
      problemsOf(text)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['neighbourhoods[0].venue.openingHours[0].closes', 'neighbourhoods[0].venue.openingHours[0].day'])
  })
})

describe('validateImportText: geometry', () => {
  it('rejects an unclosed boundary ring', () => {
    const ring = [
      [9.21, 45.45],
      [9.23, 45.45],
      [9.23, 45.46],
      [9.21, 45.46],
    ]
    const problems = problemsOf(fileText([{ slug: 'a', name: 'A', boundary: { type: 'Polygon', coordinates: [ring] } }]))
    expect(problems).toEqual([expect.objectContaining({ path: 'neighbourhoods[0].boundary.coordinates[0]', message: expect.stringContaining('not closed') })])
  })

  it('rejects an out-of-range boundary coordinate, pointing at the number', () => {
    const ring = [
      [9.21, 45.45],
      [190, 45.45],
      [9.23, 45.46],
      [9.21, 45.45],
    ]
    const text = fileText([{ slug: 'a', name: 'A', boundary: { type: 'Polygon', coordinates: [ring] } }])
    expect(problemsOf(text)).toEqual([expect.objectContaining({ path: 'neighbourhoods[0].boundary.coordinates[0][1][0]', line: lineOf(text, '190') })])
  })

  it('accepts a boundary as drawing tools export it (a Feature, a one-polygon collection) and keeps only the polygon', () => {
    const ring = [
      [9.21, 45.45],
      [9.23, 45.45],
      [9.23, 45.46],
      [9.21, 45.45],
    ]
    const feature = { type: 'Feature', properties: { name: 'disegnato' }, geometry: { type: 'Polygon', coordinates: [ring] } }
    const result = validateImportText(
      fileText([
        { slug: 'a', name: 'A', boundary: feature },
        { slug: 'b', name: 'B', boundary: { type: 'FeatureCollection', features: [feature] } },
      ]),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.neighbourhoods?.map((n) => n.boundary)).toEqual([
      { type: 'Polygon', coordinates: [ring] },
      { type: 'Polygon', coordinates: [ring] },
    ])
  })

  it('rejects a collection of two polygons, saying to merge them', () => {
    const ring = [
      [9.21, 45.45],
      [9.23, 45.45],
      [9.23, 45.46],
      [9.21, 45.45],
    ]
    const feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } }
    const problems = problemsOf(fileText([{ slug: 'a', name: 'A', boundary: { type: 'FeatureCollection', features: [feature, feature] } }]))
    expect(problems).toEqual([expect.objectContaining({ path: 'neighbourhoods[0].boundary.features', message: expect.stringContaining('Merge them into one Polygon') })])
  })

  it('rejects an out-of-range centre', () => {
    const text = fileText([{ slug: 'a', name: 'A', centre: { lat: 95, lng: 9.19 } }])
    expect(problemsOf(text)).toEqual([expect.objectContaining({ path: 'neighbourhoods[0].centre.lat', line: lineOf(text, '"lat": 95') })])
  })
})

describe('formatProblem', () => {
  it('renders the path, line and column before the message', () => {
    const problem = { path: 'neighbourhoods[1].figures.inhabitants', line: 12, column: 24, message: 'Troppo piccolo' }
    expect(formatProblem(problem)).toBe('neighbourhoods[1].figures.inhabitants (riga 12, colonna 24): Troppo piccolo')
  })

  it('leaves the location out when it is unknown', () => {
    expect(formatProblem({ path: 'format', message: 'atteso "quartieri-import"' })).toBe('format: atteso "quartieri-import"')
  })

  it('renders a problem found by validateImportText', () => {
    const text = fileText([{ slug: 'a', name: 'A', figures: { referenceYear: 2017, inhabitants: -5 } }])
    const [problem] = problemsOf(text)
    expect(formatProblem(problem!)).toMatch(new RegExp(`^neighbourhoods\\[0\\]\\.figures\\.inhabitants \\(riga ${lineOf(text, '-5')}, colonna \\d+\\): .+`))
  })
})

describe('validateImportText: translations', () => {
  const translated = (extra: Record<string, unknown> = {}) =>
    JSON.stringify(
      {
        format: IMPORT_FORMAT,
        version: IMPORT_VERSION,
        neighbourhoods: [
          { slug: 'corvetto', name: 'Corvetto', summary: { it: 'Un quartiere', en: 'A neighbourhood' }, worksProgress: [{ label: { it: 'Tetti', en: 'Roofs' }, percent: 40 }] },
        ],
        events: [
          {
            slug: 'festa',
            title: { it: 'Festa', en: 'Party' },
            type: 'festival',
            neighbourhood: 'corvetto',
            start: '2027-05-01T15:00:00+02:00',
            description: { it: ['Si balla.'], en: ['There is dancing.'] },
          },
        ],
        pacts: [
          {
            slug: 'patto',
            code: 'PC-1',
            title: 'Patto per il verde',
            pactStatus: 'drafting',
            neighbourhoods: ['corvetto'],
            commitments: [{ party: 'municipality', description: { it: 'Fornisce gli attrezzi', en: 'Provides the tools' }, resourceKind: 'in-kind' }],
            projects: [
              { slug: 'aiuole', title: { it: 'Aiuole', en: 'Flower beds' }, domain: 'care-of-city', milestones: [{ date: '2027-04-01', title: { it: 'Semina', en: 'Sowing' } }] },
            ],
          },
        ],
        results: [
          {
            slug: 'risultati',
            title: { it: 'Un anno', en: 'One year' },
            periodFrom: '2026-01-01',
            periodTo: '2026-12-31',
            keyFigures: [{ label: { it: 'Alberi', en: 'Trees' }, value: 12 }],
          },
        ],
        grants: [{ slug: 'bando', title: { it: 'Bando', en: 'Call' }, year: 2026, summary: { it: 'Contributi', en: 'Grants' } }],
        ...extra,
      },
      null,
      2,
    )

  it('accepts per-locale texts in every collection, keeping them per locale', () => {
    const result = validateImportText(translated())
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.data.neighbourhoods?.[0]?.summary).toEqual({ it: 'Un quartiere', en: 'A neighbourhood' })
    expect(result.data.events?.[0]?.description).toEqual({ it: ['Si balla.'], en: ['There is dancing.'] })
    expect(result.data.pacts?.[0]?.projects?.[0]?.milestones?.[0]?.title).toEqual({ it: 'Semina', en: 'Sowing' })
    expect(result.data.pacts?.[0]?.title).toBe('Patto per il verde')
  })

  it('accepts only the configured locales: Arabic is refused by default and welcome when the portal has it', () => {
    const text = translated({ grants: [{ slug: 'bando', title: { it: 'Bando', ar: 'مناقصة' }, year: 2026 }] })
    const problems = problemsOf(text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ path: 'grants[0].title.ar', line: lineOf(text, '"ar"') })
    expect(problems[0]!.message).toContain('Lingua "ar" non configurata nel portale (lingue configurate: it, en)')
    expect(validateImportText(text, ['it', 'en', 'ar']).ok).toBe(true)
  })

  it('names the path of a translation without its Italian text', () => {
    const text = translated({ grants: [{ slug: 'bando', title: { en: 'Call' }, year: 2026 }] })
    expect(problemsOf(text)).toEqual([expect.objectContaining({ path: 'grants[0].title.it', message: expect.stringContaining('Manca il testo in italiano') })])
  })

  it('checks each translation like the Italian text', () => {
    const text = translated({
      results: [{ slug: 'r', title: 'Un anno', periodFrom: '2026-01-01', periodTo: '2026-12-31', keyFigures: [{ label: { it: 'Alberi', en: '' }, value: 1 }] }],
    })
    expect(problemsOf(text).map((p) => p.path)).toEqual(['results[0].keyFigures[0].label.en'])
  })
})
