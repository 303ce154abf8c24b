import { describe, expect, it } from 'vitest'
import { PACT_KINDS, PUBLIC_PACT_STATUSES } from './pact.ts'
import { MAX_QUERY_LENGTH, matchesTerms, normalizeText, PACT_SORTS, pactFilters, pactQuery, publicHistory, queryTerms, type PactFilters } from './registry.ts'

const parse = (query: string) => pactFilters(new URLSearchParams(query))
const defaults: PactFilters = { sort: 'recenti', page: 1 }

describe('normalizeText', () => {
  it('lower-cases and removes accents', () => {
    expect(normalizeText('Perché')).toBe('perche')
    expect(normalizeText('CITTÀ')).toBe('citta')
    expect(normalizeText('Società Cooperativa Façade Niño')).toBe('societa cooperativa facade nino')
  })

  it('turns punctuation and runs of spaces into single spaces and trims', () => {
    expect(normalizeText("Perché l'Orto?")).toBe('perche l orto')
    expect(normalizeText('  Via  Padova,   12 ')).toBe('via padova 12')
    expect(normalizeText('Sant’Ambrogio — Niguarda/Ca’ Granda')).toBe('sant ambrogio niguarda ca granda')
    expect(normalizeText('PC-2024-007')).toBe('pc 2024 007')
  })

  it('is empty for text without letters or digits', () => {
    expect(normalizeText('')).toBe('')
    expect(normalizeText(' ?! — ')).toBe('')
  })
})

describe('queryTerms', () => {
  it('splits a search into normalised words', () => {
    expect(queryTerms('Orto, giardino; CITTÀ!')).toEqual(['orto', 'giardino', 'citta'])
    expect(queryTerms("dell'Isola")).toEqual(['dell', 'isola'])
  })

  it('removes repeated words, also when they differ only in case or accents', () => {
    expect(queryTerms('orto Orto ORTO giardino orto')).toEqual(['orto', 'giardino'])
    expect(queryTerms('città citta CITTÀ')).toEqual(['citta'])
  })

  it('is empty for an empty or punctuation-only search', () => {
    expect(queryTerms('')).toEqual([])
    expect(queryTerms('   ')).toEqual([])
    expect(queryTerms('?!, —')).toEqual([])
  })

  it('keeps at most 12 words, the first ones', () => {
    const words = ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici']
    expect(queryTerms(words.join(' '))).toEqual(words.slice(0, 12))
  })

  it('counts the 12 after removing repeats', () => {
    const twelve = ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici']
    // 13 words, one repeated: all 12 distinct words stay.
    expect(queryTerms(['uno', ...twelve].join(' '))).toEqual(twelve)
  })
})

describe('matchesTerms', () => {
  const text = normalizeText('Patto per la cura del giardino di via Padova — CITTÀ STUDI, perché sia di tutti')
  const matches = (query: string) => matchesTerms(text, queryTerms(query))

  it('ignores accents and case on either side', () => {
    expect(matches('perche')).toBe(true)
    expect(matches('PERCHÉ')).toBe(true)
    expect(matches('città')).toBe(true)
    expect(matches('Citta Studi')).toBe(true)
    expect(matchesTerms(normalizeText('Perché no'), queryTerms('perche'))).toBe(true)
    expect(matchesTerms(normalizeText('Città Studi'), queryTerms('CITTA'))).toBe(true)
  })

  it('requires every word of the search', () => {
    expect(matches('giardino padova')).toBe(true)
    expect(matches('giardino lambrate')).toBe(false)
    expect(matches('orto')).toBe(false)
  })

  it('matches the start or an inner part of a word', () => {
    expect(matches('giard')).toBe(true)
    expect(matches('ardin')).toBe(true)
  })

  it('splits the search on punctuation, so the words need not be adjacent', () => {
    expect(matches('padova,giardino')).toBe(true)
    expect(matches('via-padova')).toBe(true)
  })

  it('matches everything with no words', () => {
    expect(matchesTerms(text, [])).toBe(true)
    expect(matches('?!')).toBe(true)
  })
})

describe('pactFilters: accepted', () => {
  it('reads an empty query as any pact, most recent first, page 1', () => {
    expect(parse('')).toEqual(defaults)
  })

  it('reads every parameter', () => {
    expect(parse('q=orto+comunitario&quartiere=nolo&stato=in-progress&anno=2024&tipo=collaboration-pact&ordina=codice&pagina=3')).toEqual({
      q: 'orto comunitario',
      neighbourhood: 'nolo',
      status: 'in-progress',
      year: 2024,
      kind: 'collaboration-pact',
      sort: 'codice',
      page: 3,
    })
  })

  it('treats empty or blank values as "any" and trims the others', () => {
    expect(parse('q=&quartiere=&stato=&anno=&tipo=&ordina=&pagina=')).toEqual(defaults)
    expect(parse('q=%20%20&quartiere=%20&pagina=%20')).toEqual(defaults)
    expect(parse('q=%20orto%20&quartiere=%20citta-studi%20&anno=%202023')).toEqual({ ...defaults, q: 'orto', neighbourhood: 'citta-studi', year: 2023 })
  })

  it('accepts every public status, including "expired", every kind and every sort', () => {
    for (const status of PUBLIC_PACT_STATUSES) expect(parse(`stato=${status}`)).toEqual({ ...defaults, status })
    for (const kind of PACT_KINDS) expect(parse(`tipo=${kind}`)).toEqual({ ...defaults, kind })
    for (const sort of PACT_SORTS) expect(parse(`ordina=${sort}`)).toEqual({ ...defaults, sort })
  })

  it('accepts a search of exactly the maximum length', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH)
    expect(MAX_QUERY_LENGTH).toBe(200)
    expect(parse(`q=${q}`)).toEqual({ ...defaults, q })
  })

  it('accepts the years at the ends of the range', () => {
    expect(parse('anno=1990')).toEqual({ ...defaults, year: 1990 })
    expect(parse('anno=2100')).toEqual({ ...defaults, year: 2100 })
  })
})

describe('pactFilters: rejected', () => {
  it.each([
    ['a search over 200 characters', `q=${'a'.repeat(201)}`, 'q'],
    ['a neighbourhood with capitals', 'quartiere=NoLo', 'quartiere'],
    ['a neighbourhood with a space', 'quartiere=san%20siro', 'quartiere'],
    ['a neighbourhood with an accent', 'quartiere=citt%C3%A0-studi', 'quartiere'],
    ['a neighbourhood slug over 120 characters', `quartiere=${'a'.repeat(121)}`, 'quartiere'],
    ['an unknown status', 'stato=scaduto', 'stato'],
    ['a status in the wrong case', 'stato=Signed', 'stato'],
    ['a year with a letter', 'anno=20x4', 'anno'],
    ['a year before 1990', 'anno=1800', 'anno'],
    ['a year after 2100', 'anno=2101', 'anno'],
    ['a two-digit year', 'anno=24', 'anno'],
    ['an unknown kind', 'tipo=accordo', 'tipo'],
    ['an unknown sort', 'ordina=popolari', 'ordina'],
    ['page 0', 'pagina=0', 'pagina'],
    ['a page that is not a number', 'pagina=abc', 'pagina'],
    ['a negative page', 'pagina=-1', 'pagina'],
    ['a fractional page', 'pagina=1.5', 'pagina'],
  ])('%s', (_, query, param) => {
    expect(parse(query)).toEqual({ error: param })
  })

  it('rejects the query when one parameter is malformed among good ones, naming the bad one', () => {
    expect(parse('q=orto&quartiere=nolo&stato=signed&anno=2024&pagina=0')).toEqual({ error: 'pagina' })
    expect(parse('tipo=accordo&ordina=titolo&pagina=2')).toEqual({ error: 'tipo' })
  })
})

describe('pactQuery', () => {
  it('is empty for the defaults', () => {
    expect(pactQuery(defaults)).toBe('')
    expect(pactQuery({})).toBe('')
  })

  it('writes the Italian parameter names, leaving out the default sort and page 1', () => {
    expect(pactQuery({ q: 'orto', neighbourhood: 'nolo', status: 'signed', year: 2024, kind: 'memorandum', sort: 'recenti', page: 1 })).toBe(
      '?q=orto&quartiere=nolo&stato=signed&anno=2024&tipo=memorandum',
    )
  })

  it('writes a sort other than the default and a page above 1', () => {
    expect(pactQuery({ sort: 'titolo', page: 2 })).toBe('?ordina=titolo&pagina=2')
  })

  it('encodes the search text', () => {
    const query = pactQuery({ q: 'orti & giardini in città', sort: 'recenti', page: 1 })
    expect(new URLSearchParams(query).get('q')).toBe('orti & giardini in città')
    expect(query).not.toContain('&giardini')
  })

  it('round-trips through pactFilters', () => {
    const cases: PactFilters[] = [
      defaults,
      { sort: 'recenti', page: 9 },
      { sort: 'meno-recenti', page: 1 },
      { q: 'orto comunitario', neighbourhood: 'nolo', status: 'expired', year: 2021, kind: 'citizenship-agreement', sort: 'codice', page: 4 },
      { q: 'orti & giardini in città? 100%', sort: 'titolo', page: 1 },
      { neighbourhood: 'citta-studi', status: 'in-progress', sort: 'recenti', page: 2 },
      { year: 1990, kind: 'collaboration-pact', sort: 'recenti', page: 1 },
    ]
    for (const filters of cases) {
      expect(parse(pactQuery(filters))).toEqual(filters)
    }
  })

  it('applies overrides over the filters without changing them', () => {
    const filters: PactFilters = { q: 'orto', neighbourhood: 'nolo', status: 'signed', sort: 'titolo', page: 3 }
    expect(pactQuery(filters, { page: 4 })).toBe('?q=orto&quartiere=nolo&stato=signed&ordina=titolo&pagina=4')
    expect(pactQuery(filters, { page: 1 })).toBe('?q=orto&quartiere=nolo&stato=signed&ordina=titolo')
    expect(pactQuery(filters, { neighbourhood: 'corvetto', page: 1 })).toBe('?q=orto&quartiere=corvetto&stato=signed&ordina=titolo')
    expect(pactQuery(filters, { sort: 'recenti' })).toBe('?q=orto&quartiere=nolo&stato=signed&pagina=3')
    expect(pactQuery(filters, { status: undefined, q: undefined, page: 1 })).toBe('?quartiere=nolo&ordina=titolo')
    expect(filters).toEqual({ q: 'orto', neighbourhood: 'nolo', status: 'signed', sort: 'titolo', page: 3 })
  })
})

describe('publicHistory', () => {
  const v1 = { publishedAt: '2024-03-05T10:00:00.000Z', fields: { title: 'Cura del giardino', status: 'Approvato', summary: '' } }
  const v2 = { publishedAt: '2024-04-10T08:30:00.000Z', fields: { title: 'Cura del giardino di via Padova', status: 'Firmato', summary: '' } }
  const v3 = { publishedAt: '2024-06-01T12:00:00.000Z', fields: { title: 'Cura del giardino di via Padova', status: 'In corso', summary: '' } }

  it('is empty without published versions', () => {
    expect(publicHistory([])).toEqual([])
  })

  it('starts with the first publication, which lists no changes', () => {
    expect(publicHistory([v1])).toEqual([{ publishedAt: v1.publishedAt, first: true, changes: [] }])
  })

  it('lists exactly the fields each later publication changed, with their old and new text', () => {
    expect(publicHistory([v1, v2, v3])).toEqual([
      { publishedAt: v1.publishedAt, first: true, changes: [] },
      {
        publishedAt: v2.publishedAt,
        first: false,
        changes: [
          { field: 'title', from: 'Cura del giardino', to: 'Cura del giardino di via Padova' },
          { field: 'status', from: 'Approvato', to: 'Firmato' },
        ],
      },
      { publishedAt: v3.publishedAt, first: false, changes: [{ field: 'status', from: 'Firmato', to: 'In corso' }] },
    ])
  })

  it('orders versions by publication time whatever the order given', () => {
    const history = publicHistory([v3, v1, v2])
    expect(history.map((e) => e.publishedAt)).toEqual([v1.publishedAt, v2.publishedAt, v3.publishedAt])
    expect(history[0]!.first).toBe(true)
    expect(history[1]!.changes).toEqual([
      { field: 'title', from: 'Cura del giardino', to: 'Cura del giardino di via Padova' },
      { field: 'status', from: 'Approvato', to: 'Firmato' },
    ])
    expect(history[2]!.changes).toEqual([{ field: 'status', from: 'Firmato', to: 'In corso' }])
  })

  it('has no entry for a republication that changed nothing public', () => {
    const again = { publishedAt: '2024-04-20T09:00:00.000Z', fields: { ...v2.fields } }
    expect(publicHistory([v1, v2, again, v3])).toEqual(publicHistory([v1, v2, v3]))
    expect(publicHistory([v1, { publishedAt: '2024-03-06T00:00:00.000Z', fields: { ...v1.fields } }])).toEqual([{ publishedAt: v1.publishedAt, first: true, changes: [] }])
  })

  it('compares with the previous version even when that one added no entry', () => {
    const again = { publishedAt: '2024-04-20T09:00:00.000Z', fields: { ...v2.fields } }
    const history = publicHistory([v1, v2, again, v3])
    expect(history.at(-1)).toEqual({ publishedAt: v3.publishedAt, first: false, changes: [{ field: 'status', from: 'Firmato', to: 'In corso' }] })
  })

  it('shows a field that only the later version has as changed from empty', () => {
    const later = { publishedAt: '2024-05-01T00:00:00.000Z', fields: { ...v1.fields, volunteers: '12' } }
    expect(publicHistory([v1, later])[1]).toEqual({ publishedAt: later.publishedAt, first: false, changes: [{ field: 'volunteers', from: '', to: '12' }] })
  })

  it('shows a field that the later version dropped as changed to empty', () => {
    const before = { publishedAt: '2024-05-01T00:00:00.000Z', fields: { title: 'Patto', renews: 'PC-2021-002 Giardino 2021' } }
    const after = { publishedAt: '2024-05-02T00:00:00.000Z', fields: { title: 'Patto' } }
    expect(publicHistory([before, after])[1]!.changes).toEqual([{ field: 'renews', from: 'PC-2021-002 Giardino 2021', to: '' }])
  })

  it('treats a missing field and an empty one as the same', () => {
    const before = { publishedAt: '2024-05-01T00:00:00.000Z', fields: { title: 'Patto', summary: '' } }
    const after = { publishedAt: '2024-05-02T00:00:00.000Z', fields: { title: 'Patto' } }
    expect(publicHistory([before, after])).toHaveLength(1)
  })
})
