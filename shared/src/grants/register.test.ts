import { describe, expect, it } from 'vitest'
import type { GrantAward, PublicGrant } from './grant.ts'
import { awardYears, badGrantParameterMessage, GRANT_COLUMNS, grantAwardRows, grantCalls, grantFilters, grantQuery, grantRecord, grantTotals } from './register.ts'

const parse = (query: string) => grantFilters(new URLSearchParams(query))

const place = (id: number, slug: string, name: string) => ({ id, slug, name })
const sanSiro = place(1, 'san-siro', 'San Siro')
const gratosoglio = place(2, 'gratosoglio', 'Gratosoglio')
const ponteLambro = place(3, 'ponte-lambro', 'Ponte Lambro')

const org = (id: number, name: string, taxCode: string | null, kind: 'association' | 'business' | 'third-sector' = 'association') => ({
  id,
  name,
  slug: `org-${id}`,
  kind,
  taxCode,
})
const abitanti = org(10, 'Associazione Abitanti San Siro', '97123450158')
const panificio = org(11, 'Panificio del Lambro', '10234560965', 'business')
const fondazione = org(12, 'Fondazione di comunità di quartiere', '97345670157', 'third-sector')
const orti = org(13, 'Gruppo volontari Orti', null)

const award = (fields: Partial<GrantAward> & Pick<GrantAward, 'amount' | 'awardedAt'>): GrantAward => ({
  legalBasis: 'Determinazione dirigenziale n. 1/2019',
  office: 'Area Partecipazione',
  responsible: 'Dirigente',
  selectionMethod: 'ranking',
  ...fields,
})

const call2017: PublicGrant = {
  id: 1,
  title: 'Bando 2017/2018',
  slug: 'bando-2017',
  year: 2017,
  totalBudget: 94_000,
  neighbourhoods: [sanSiro, gratosoglio, ponteLambro],
  awards: [
    award({ beneficiary: abitanti, amount: 18_500, awardedAt: '2017-12-14T00:00:00.000Z', neighbourhood: sanSiro, purpose: 'Animazione dei cortili' }),
    award({ beneficiary: orti, amount: 12_750.5, awardedAt: '2018-01-22T00:00:00.000Z', neighbourhood: gratosoglio }),
    // No neighbourhood of its own: the call's apply.
    award({ beneficiary: fondazione, amount: 31_000, awardedAt: '2018-01-22T00:00:00.000Z', purpose: 'Sportelli sociali' }),
  ],
  updatedAt: '2018-02-01T00:00:00.000Z',
}

const call2019: PublicGrant = {
  id: 2,
  title: 'Bando 2019',
  slug: 'bando-2019',
  year: 2019,
  neighbourhoods: [sanSiro, ponteLambro],
  awards: [
    award({ beneficiary: panificio, amount: 900, awardedAt: '2019-07-02T00:00:00.000Z', neighbourhood: ponteLambro, selectionMethod: 'direct-award' }),
    award({ beneficiary: abitanti, amount: 24_000, awardedAt: '2019-07-02T00:00:00.000Z', neighbourhood: sanSiro, project: { id: 7, slug: 'doposcuola', title: 'Doposcuola' } }),
    award({ beneficiary: fondazione, amount: 35_000, awardedAt: '2019-07-02T00:00:00.000Z', neighbourhood: ponteLambro }),
  ],
  updatedAt: '2019-08-01T00:00:00.000Z',
}

/** A call with no award yet, and one whose beneficiary, project and neighbourhood are not published (ids only). */
const call2020: PublicGrant = { id: 3, title: 'Bando 2020', slug: 'bando-2020', year: 2020, neighbourhoods: [gratosoglio], awards: [], updatedAt: '2020-01-01T00:00:00.000Z' }
const hidden: PublicGrant = {
  id: 4,
  title: 'Bando con riferimenti non pubblicati',
  slug: 'bando-nascosto',
  year: 2021,
  neighbourhoods: [sanSiro],
  awards: [award({ beneficiary: 99, project: 98, neighbourhood: 97, amount: 1_000, awardedAt: '2021-03-01T00:00:00.000Z', responsible: ' ' })],
  updatedAt: '2021-04-01T00:00:00.000Z',
}

const grants = [call2019, call2017]

describe('grantFilters', () => {
  it('reads a four-digit year and a neighbourhood slug; empty means any', () => {
    expect(parse('')).toEqual({})
    expect(parse('anno=2019')).toEqual({ year: 2019 })
    expect(parse('anno=2019&quartiere=ponte-lambro')).toEqual({ year: 2019, neighbourhood: 'ponte-lambro' })
    expect(parse('anno=&quartiere=')).toEqual({})
    expect(parse('anno=%202018%20')).toEqual({ year: 2018 })
  })

  it('names the first malformed parameter', () => {
    for (const bad of ['anno=duemila', 'anno=19', 'anno=20190', 'anno=2019.0', 'anno=-201', 'anno=0999', 'anno=2101']) expect(parse(bad), bad).toEqual({ error: 'anno' })
    for (const bad of ['quartiere=San%20Siro', 'quartiere=san_siro', 'quartiere=-san', 'quartiere=san--siro', `quartiere=${'a'.repeat(121)}`])
      expect(parse(bad), bad).toEqual({ error: 'quartiere' })
    expect(parse('anno=x&quartiere=Y')).toEqual({ error: 'anno' })
  })

  it('ignores parameters it does not know', () => {
    expect(parse('anno=2019&pagina=3&utm_source=x')).toEqual({ year: 2019 })
  })
})

describe('grantQuery', () => {
  it('writes the filters back, nothing without them', () => {
    expect(grantQuery({})).toBe('')
    expect(grantQuery({ year: 2019 })).toBe('?anno=2019')
    expect(grantQuery({ year: 2019, neighbourhood: 'ponte-lambro' })).toBe('?anno=2019&quartiere=ponte-lambro')
    expect(grantQuery({ neighbourhood: 'san-siro' })).toBe('?quartiere=san-siro')
  })
})

describe('grantAwardRows', () => {
  it('flattens every award, newest first, then by beneficiary', () => {
    const rows = grantAwardRows(grants)
    expect(rows.map((r) => [r.awardedOn, r.beneficiary])).toEqual([
      ['2019-07-02', 'Associazione Abitanti San Siro'],
      ['2019-07-02', 'Fondazione di comunità di quartiere'],
      ['2019-07-02', 'Panificio del Lambro'],
      ['2018-01-22', 'Fondazione di comunità di quartiere'],
      ['2018-01-22', 'Gruppo volontari Orti'],
      ['2017-12-14', 'Associazione Abitanti San Siro'],
    ])
  })

  it('carries what the law requires to be public, and the threshold', () => {
    const [first] = grantAwardRows([call2019], { neighbourhood: 'san-siro' })
    expect(first).toEqual({
      call: { title: 'Bando 2019', slug: 'bando-2019', year: 2019 },
      beneficiary: 'Associazione Abitanti San Siro',
      taxCode: '97123450158',
      kind: 'association',
      amount: 24_000,
      awardedOn: '2019-07-02',
      project: { title: 'Doposcuola', slug: 'doposcuola' },
      purpose: null,
      neighbourhood: { slug: 'san-siro', name: 'San Siro' },
      legalBasis: 'Determinazione dirigenziale n. 1/2019',
      office: 'Area Partecipazione',
      responsible: 'Dirigente',
      selectionMethod: 'ranking',
      mustPublish: true,
    })
    const bakery = grantAwardRows([call2019]).find((r) => r.beneficiary === 'Panificio del Lambro')!
    expect(bakery.mustPublish).toBe(false)
    expect(bakery.kind).toBe('business')
    expect(bakery.selectionMethod).toBe('direct-award')
    // Exactly the threshold must be published.
    expect(grantAwardRows([hidden])[0]!.mustPublish).toBe(true)
  })

  it('leaves unpublished references and blank texts empty, and an award without a neighbourhood has none', () => {
    expect(grantAwardRows([hidden])[0]).toMatchObject({ beneficiary: null, taxCode: null, kind: null, project: null, neighbourhood: null, responsible: null })
    const foundation = grantAwardRows([call2017]).find((r) => r.amount === 31_000)!
    expect(foundation.neighbourhood).toBeNull()
    expect(foundation.purpose).toBe('Sportelli sociali')
    expect(grantAwardRows([call2017]).find((r) => r.amount === 12_750.5)!.taxCode).toBeNull()
  })

  it('filters by the year the award was made, not the year of the call', () => {
    expect(grantAwardRows(grants, { year: 2019 }).map((r) => r.amount)).toEqual([24_000, 35_000, 900])
    expect(grantAwardRows(grants, { year: 2018 }).map((r) => r.amount)).toEqual([31_000, 12_750.5])
    expect(grantAwardRows(grants, { year: 2017 }).map((r) => r.amount)).toEqual([18_500])
    expect(grantAwardRows(grants, { year: 2016 })).toEqual([])
  })

  it('counts the year in Rome: the last evening of December in UTC is already January there', () => {
    const call: PublicGrant = { ...call2019, awards: [award({ beneficiary: panificio, amount: 5_000, awardedAt: '2019-12-31T23:30:00.000Z' })] }
    expect(grantAwardRows([call], { year: 2019 })).toEqual([])
    expect(grantAwardRows([call], { year: 2020 })[0]!.awardedOn).toBe('2020-01-01')
  })

  it("filters by the award's own neighbourhood, or by the call's when the award names none", () => {
    // Ponte Lambro: the bakery and the foundation in 2019 by their own; the 2018 foundation award through the call.
    expect(grantAwardRows(grants, { neighbourhood: 'ponte-lambro' }).map((r) => r.amount)).toEqual([35_000, 900, 31_000])
    // Gratosoglio: the garden volunteers by their own, the foundation through the 2017 call (the 2019 call does not cover it).
    expect(grantAwardRows(grants, { neighbourhood: 'gratosoglio' }).map((r) => r.amount)).toEqual([31_000, 12_750.5])
    // An award naming another neighbourhood is not in the call's others.
    expect(grantAwardRows(grants, { neighbourhood: 'san-siro' }).map((r) => r.amount)).toEqual([24_000, 31_000, 18_500])
    expect(grantAwardRows(grants, { neighbourhood: 'mazzini' })).toEqual([])
    // An unpublished neighbourhood of its own matches none, and the call's do not stand in for it.
    expect(grantAwardRows([hidden], { neighbourhood: 'san-siro' })).toEqual([])
  })

  it('combines the filters', () => {
    expect(grantAwardRows(grants, { year: 2019, neighbourhood: 'ponte-lambro' }).map((r) => r.amount)).toEqual([35_000, 900])
    expect(grantAwardRows(grants, { year: 2018, neighbourhood: 'ponte-lambro' }).map((r) => r.amount)).toEqual([31_000])
  })

  it('leaves out an award whose date cannot be read, and a call without awards adds no row', () => {
    const call: PublicGrant = { ...call2019, awards: [award({ amount: 2_000, awardedAt: 'not a date' })] }
    expect(grantAwardRows([call, call2020])).toEqual([])
  })

  it('puts unnamed beneficiaries last on a day, and orders the same beneficiary by call', () => {
    const a: PublicGrant = {
      ...call2019,
      title: 'B',
      slug: 'b',
      awards: [
        award({ beneficiary: 5, amount: 1_500, awardedAt: '2019-07-02T00:00:00.000Z' }),
        award({ beneficiary: panificio, amount: 2_000, awardedAt: '2019-07-02T00:00:00.000Z' }),
      ],
    }
    const b: PublicGrant = { ...call2019, title: 'A', slug: 'a', awards: [award({ beneficiary: panificio, amount: 3_000, awardedAt: '2019-07-02T00:00:00.000Z' })] }
    expect(grantAwardRows([a, b]).map((r) => [r.beneficiary, r.call.title])).toEqual([
      ['Panificio del Lambro', 'A'],
      ['Panificio del Lambro', 'B'],
      [null, 'B'],
    ])
  })
})

describe('grantTotals', () => {
  it('counts the rows and adds up the amounts in cents', () => {
    expect(grantTotals(grantAwardRows(grants))).toEqual({ count: 6, amount: 122_150.5 })
    expect(grantTotals(grantAwardRows(grants, { year: 2019 }))).toEqual({ count: 3, amount: 59_900 })
    expect(grantTotals(grantAwardRows(grants, { neighbourhood: 'ponte-lambro' }))).toEqual({ count: 3, amount: 66_900 })
    expect(grantTotals([{ amount: 0.1 }, { amount: 0.2 }])).toEqual({ count: 2, amount: 0.3 })
    expect(grantTotals([])).toEqual({ count: 0, amount: 0 })
  })
})

describe('grantCalls', () => {
  const all = [call2020, call2019, call2017]

  it('lists every call without filters, in the given order', () => {
    expect(grantCalls(all, grantAwardRows(all)).map((g) => g.slug)).toEqual(['bando-2020', 'bando-2019', 'bando-2017'])
  })

  it('keeps the calls with a matching award, and those matching the filters themselves', () => {
    const calls = (filters: Parameters<typeof grantAwardRows>[1]) => grantCalls(all, grantAwardRows(all, filters), filters).map((g) => g.slug)
    // 2018: only awards of the 2017 call.
    expect(calls({ year: 2018 })).toEqual(['bando-2017'])
    // 2020: no award, but the call of that year.
    expect(calls({ year: 2020 })).toEqual(['bando-2020'])
    expect(calls({ neighbourhood: 'gratosoglio' })).toEqual(['bando-2020', 'bando-2017'])
    expect(calls({ neighbourhood: 'mazzini' })).toEqual([])
  })
})

describe('awardYears', () => {
  it('lists the years with an award, newest first, once each', () => {
    expect(awardYears([call2020, ...grants])).toEqual([2019, 2018, 2017])
    expect(awardYears([])).toEqual([])
  })
})

describe('the CSV columns', () => {
  it('are unique snake_case names, each described in Italian and English', () => {
    const names = GRANT_COLUMNS.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const c of GRANT_COLUMNS) {
      expect(c.name).toMatch(/^[a-z]+(?:_[a-z]+)*$/)
      expect(c.it.length).toBeGreaterThan(10)
      expect(c.en.length).toBeGreaterThan(10)
    }
  })

  it('a record has every column, in order, numbers as numbers and empty as null', () => {
    const row = grantAwardRows([call2019], { neighbourhood: 'san-siro' })[0]!
    const record = grantRecord(row)
    expect(Object.keys(record)).toEqual(GRANT_COLUMNS.map((c) => c.name))
    expect(record).toEqual({
      data_concessione: '2019-07-02',
      beneficiario: 'Associazione Abitanti San Siro',
      codice_fiscale: '97123450158',
      tipo_beneficiario: 'association',
      importo_euro: 24_000,
      pubblicazione_obbligatoria: true,
      progetto: 'Doposcuola',
      progetto_slug: 'doposcuola',
      finalita: null,
      quartiere: 'San Siro',
      quartiere_slug: 'san-siro',
      norma_titolo_attribuzione: 'Determinazione dirigenziale n. 1/2019',
      ufficio: 'Area Partecipazione',
      responsabile_procedimento: 'Dirigente',
      modalita_individuazione: 'ranking',
      bando: 'Bando 2019',
      bando_slug: 'bando-2019',
      bando_anno: 2019,
    })
  })
})

describe('badGrantParameterMessage', () => {
  it('names the parameter in both languages', () => {
    expect(badGrantParameterMessage('anno').it).toContain('"anno"')
    expect(badGrantParameterMessage('anno').en).toContain('"anno"')
    expect(badGrantParameterMessage('quartiere').it).toContain('"quartiere"')
    expect(badGrantParameterMessage('quartiere').en).toContain('"quartiere"')
  })
})
