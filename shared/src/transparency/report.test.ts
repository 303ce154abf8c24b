import { describe, expect, it } from 'vitest'
import type { PublicGrant } from '../grants/grant.ts'
import type { PublicOrganization, PublicPact } from '../pacts/pact.ts'
import type { PublicIndicator, PublicProject } from '../projects/project.ts'
import {
  countParticipants,
  DEFINITIONS,
  reportFilters,
  reportRows,
  transparencyQuery,
  transparencyReport,
  type OfflineCount,
  type ParticipantRecord,
  type ParticipantSummary,
  type RecordRef,
  type ReportFilters,
  type ReportInput,
  type TransparencyReport,
} from './report.ts'

/*
 * Fixtures: a small city with two neighbourhoods, reported over 2021–2024. Every expected number below is
 * worked out by hand from these records; the arithmetic is in the comments.
 */

const NOLO = { id: 1, slug: 'nolo', name: 'NoLo' }
const SAN_SIRO = { id: 2, slug: 'san-siro', name: 'San Siro' }

const org = (id: number, name: string, kind: PublicOrganization['kind']): PublicOrganization => ({ id, name, slug: `org-${id}`, kind })
const AMICI = org(21, 'Amici del Parco', 'association')
const BOTTEGA = org(22, 'Bottega Verde', 'business')
const SCUOLA = org(23, 'Scuola Rinnovata', 'school')
const CORTILE = org(24, 'Gruppo del Cortile', 'informal-group')

function pact(fields: Partial<PublicPact> & Pick<PublicPact, 'id' | 'code' | 'title' | 'slug' | 'status'>): PublicPact {
  return { kind: 'collaboration-pact', updatedAt: '2024-01-01T00:00:00.000Z', createdAt: '2020-01-01T00:00:00.000Z', ...fields }
}

/** 2021, NoLo, valid 2021-03-10 → 2023-03-10: active in 2021, 2022 and 2023. */
const P1 = pact({
  id: 1,
  code: 'PC-2021-001',
  title: 'Orti di via Padova',
  slug: 'orti-via-padova',
  status: 'in-progress',
  neighbourhoods: [NOLO],
  signedAt: '2021-03-10T10:00:00.000Z',
  validFrom: '2021-03-10T10:00:00.000Z',
  validUntil: '2023-03-10T10:00:00.000Z',
  signatories: [{ organization: AMICI }, { organization: BOTTEGA }, { organization: null, office: 'Municipio 2' }],
  volunteers: 5,
  commitments: [
    { party: 'municipality', description: 'Contributo', resourceKind: 'money', amount: 1000 },
    { party: 'partner', description: 'Ore di cura', resourceKind: 'hours', amount: 200, quantity: 40 },
  ],
})

/** 2023, NoLo, renews P1, valid until 2025. */
const P2 = pact({
  id: 2,
  code: 'PC-2023-004',
  title: 'Orti di via Padova, rinnovo',
  slug: 'orti-via-padova-rinnovo',
  status: 'signed',
  neighbourhoods: [NOLO],
  renews: { id: 1, slug: 'orti-via-padova', code: 'PC-2021-001', title: 'Orti di via Padova' },
  signedAt: '2023-03-20T10:00:00.000Z',
  validFrom: '2023-03-20T10:00:00.000Z',
  validUntil: '2025-03-20T10:00:00.000Z',
  signatories: [{ organization: AMICI }],
  volunteers: 3,
  commitments: [
    { party: 'municipality', description: 'Semi', resourceKind: 'money', amount: 0.1 },
    { party: 'municipality', description: 'Attrezzi', resourceKind: 'money', amount: 0.2 },
    { party: 'partner', description: 'Piantine', resourceKind: 'in-kind', amount: 0.1 },
  ],
})

/**
 * 2022, San Siro, completed; validity ends at midnight of 1 January 2024 in Rome (still 31 December 2023 in
 * UTC): completed in 2024, active 2022–2024.
 */
const P3 = pact({
  id: 3,
  code: 'PC-2022-002',
  title: 'Biblioteca di quartiere',
  slug: 'biblioteca-di-quartiere',
  status: 'completed',
  neighbourhoods: [SAN_SIRO],
  signedAt: '2022-05-10T10:00:00.000Z',
  validFrom: '2022-05-10T10:00:00.000Z',
  validUntil: '2023-12-31T23:00:00.000Z',
  signatories: [{ organization: SCUOLA }],
  volunteers: 0,
  commitments: [
    { party: 'municipality', description: 'Sala', resourceKind: 'space', amount: 1200 },
    { party: 'partner', description: 'Libri', resourceKind: 'money', amount: 0.2 },
  ],
})

/**
 * Signed at 00:30 on 1 January 2023 in Rome (still 2022 in UTC), in both neighbourhoods, in force only from
 * 15 January 2024: signed in 2023, active in 2024 only.
 */
const P4 = pact({
  id: 4,
  code: 'PC-2023-001',
  title: 'Cortili aperti',
  slug: 'cortili-aperti',
  status: 'in-progress',
  neighbourhoods: [NOLO, SAN_SIRO],
  signedAt: '2022-12-31T23:30:00.000Z',
  validFrom: '2024-01-15T10:00:00.000Z',
  signatories: [{ organization: CORTILE }],
  volunteers: 10,
  commitments: [{ party: 'partner', description: 'Merenda', resourceKind: 'money', amount: 0.1 }],
})

/** Still being drafted, though it has a signing date: never counted. */
const P5 = pact({
  id: 5,
  code: 'PC-2023-009',
  title: 'Bozza in redazione',
  slug: 'bozza-in-redazione',
  status: 'drafting',
  neighbourhoods: [NOLO],
  signedAt: '2023-06-01T10:00:00.000Z',
  validFrom: '2023-06-01T10:00:00.000Z',
  signatories: [{ organization: BOTTEGA }],
  volunteers: 100,
  commitments: [{ party: 'municipality', description: 'Tanto', resourceKind: 'money', amount: 50_000 }],
})

/** Approved but not signed yet, though it has a signing date: never counted. */
const P6 = pact({
  id: 6,
  code: 'PC-2024-008',
  title: 'Approvato non firmato',
  slug: 'approvato-non-firmato',
  status: 'approved',
  neighbourhoods: [SAN_SIRO],
  signedAt: '2024-02-01T10:00:00.000Z',
  volunteers: 50,
  commitments: [{ party: 'partner', description: 'Molto', resourceKind: 'money', amount: 9_999 }],
})

/** "Signed" without a signing date: cannot be placed in a year, never counted. */
const P7 = pact({ id: 7, code: 'PC-2024-010', title: 'Senza data', slug: 'senza-data', status: 'signed', neighbourhoods: [NOLO], volunteers: 70 })

/**
 * 2024, completed without an end of validity (completed in 2024), neighbourhood left as a bare id (never
 * matches a filter). Its association is listed twice: one signatory.
 */
const P8 = pact({
  id: 8,
  code: 'PC-2024-003',
  title: 'Aiuola della stazione',
  slug: 'aiuola-della-stazione',
  status: 'completed',
  neighbourhoods: [2],
  signedAt: '2024-02-01T10:00:00.000Z',
  validFrom: '2024-02-01T10:00:00.000Z',
  signatories: [{ organization: AMICI }, { organization: AMICI, role: 'Tesoriere' }],
  volunteers: 2,
  commitments: [{ party: 'municipality', description: 'Terriccio', resourceKind: 'in-kind', amount: 49.99 }],
})

/** Signed in 2019 (outside the range), valid until June 2021: active in 2021, nothing else. */
const P9 = pact({
  id: 9,
  code: 'PC-2019-005',
  title: 'Piazza pulita',
  slug: 'piazza-pulita',
  status: 'signed',
  neighbourhoods: [NOLO],
  signedAt: '2019-04-01T10:00:00.000Z',
  validUntil: '2021-06-30T10:00:00.000Z',
  volunteers: 8,
  commitments: [{ party: 'municipality', description: 'Scope', resourceKind: 'in-kind', amount: 300 }],
})

const PACTS = [P1, P2, P3, P4, P5, P6, P7, P8, P9]

function project(fields: Partial<PublicProject> & Pick<PublicProject, 'id' | 'title' | 'slug' | 'domain' | 'status'>): PublicProject {
  return { updatedAt: '2024-01-01T00:00:00.000Z', ...fields }
}

const PR1 = project({
  id: 101,
  title: 'Aiuole di piazza Morbegno',
  slug: 'aiuole-piazza-morbegno',
  pact: { id: 1, slug: P1.slug, code: P1.code, title: P1.title },
  domain: 'care-of-city',
  status: 'in-progress',
})
/** Its own neighbourhood (San Siro) differs from its pact's (NoLo). */
const PR2 = project({ id: 102, title: 'Doposcuola', slug: 'doposcuola', pact: 1, neighbourhood: SAN_SIRO, domain: 'care-of-community', status: 'planned' })
const PR3 = project({ id: 103, title: 'Letture ad alta voce', slug: 'letture-ad-alta-voce', pact: 3, domain: 'care-of-community', status: 'completed' })
const PR4 = project({ id: 104, title: 'Cortile di via Arquà', slug: 'cortile-via-arqua', pact: '4', neighbourhood: NOLO, domain: 'care-of-city', status: 'suspended' })
/** Of a drafting pact. */
const PR5 = project({ id: 105, title: 'Progetto in bozza', slug: 'progetto-in-bozza', pact: 5, domain: 'care-of-city', status: 'planned' })
/** Of a pact signed before the range. */
const PR6 = project({ id: 106, title: 'Pulizia della piazza', slug: 'pulizia-piazza', pact: 9, domain: 'care-of-city', status: 'in-progress' })
/** Neighbourhood left as a bare id. */
const PR7 = project({ id: 107, title: 'Fiori alla stazione', slug: 'fiori-stazione', pact: 8, neighbourhood: 1, domain: 'care-of-city', status: 'completed' })

const PROJECTS = [PR1, PR2, PR3, PR4, PR5, PR6, PR7]

const m = (date: string, value: number) => ({ date, value })
const INDICATORS: PublicIndicator[] = [
  /** On P1: 12 ≥ 10, on target. */
  { id: 201, name: 'Metri quadri curati', baseline: 0, target: 10, measurements: [m('2022-01-01', 4), m('2023-01-01', 12)], pact: { id: 1, slug: P1.slug } },
  /** On PR3: falling from 100 towards 50, now 70, off target. */
  { id: 202, name: 'Libri in prestito mancanti', baseline: 100, target: 50, measurements: [m('2023-06-01', 70)], project: 103 },
  /** On P2: a target but no measurement, not measured. */
  { id: 203, name: 'Orti assegnati', baseline: 0, target: 5, measurements: [], pact: 2 },
  /** On PR4: 1 < 3, off target. */
  { id: 204, name: 'Cortili aperti al mese', baseline: 0, target: 3, measurements: [m('2024-05-01', 1)], project: { id: 104, slug: PR4.slug } },
  /** On the drafting pact: never counted. */
  { id: 205, name: 'Indicatore in bozza', baseline: 0, target: 1, measurements: [m('2023-07-01', 2)], pact: 5 },
  /** On a project of a pact signed before the range: not counted. */
  { id: 206, name: 'Sacchi raccolti', baseline: 0, target: 10, measurements: [m('2021-05-01', 20)], project: 106 },
]

function grant(fields: Partial<PublicGrant> & Pick<PublicGrant, 'id' | 'title' | 'slug' | 'year'>): PublicGrant {
  return { updatedAt: '2024-01-01T00:00:00.000Z', ...fields }
}
const award = (fields: Partial<NonNullable<PublicGrant['awards']>[number]> & { amount: number; awardedAt: string }) => ({
  legalBasis: 'Regolamento beni comuni, art. 12',
  office: 'Settore Partecipazione',
  selectionMethod: 'public-call' as const,
  ...fields,
})

const GRANTS: PublicGrant[] = [
  grant({
    id: 301,
    title: 'Bando quartieri 2022',
    slug: 'bando-quartieri-2022',
    year: 2022,
    neighbourhoods: [NOLO],
    awards: [
      /** No neighbourhood of its own: the call's (NoLo). */
      award({ beneficiary: AMICI, amount: 1000.1, awardedAt: '2022-06-01T10:00:00.000Z' }),
      /** 00:30 on 1 January 2023 in Rome; its own neighbourhood (San Siro) overrides the call's. */
      award({ beneficiary: 77, purpose: 'Feste di via', neighbourhood: SAN_SIRO, amount: 500.2, awardedAt: '2022-12-31T23:30:00.000Z' }),
    ],
  }),
  grant({
    id: 302,
    title: 'Bando cultura 2024',
    slug: 'bando-cultura-2024',
    year: 2024,
    neighbourhoods: [SAN_SIRO, NOLO],
    awards: [
      award({ beneficiary: SCUOLA, neighbourhood: SAN_SIRO, amount: 2000.7, awardedAt: '2024-03-01T10:00:00.000Z' }),
      /** No neighbourhood of its own: the call's (San Siro and NoLo). */
      award({ purpose: 'Rassegna di cinema', amount: 0.2, awardedAt: '2024-04-01T10:00:00.000Z' }),
      /** Before the range. */
      award({ beneficiary: BOTTEGA, amount: 3000, awardedAt: '2020-09-01T10:00:00.000Z' }),
    ],
  }),
]

const LAB = { kind: 'laboratory' as const, slug: 'orti-2022', title: 'Laboratorio orti' }
const FESTA = { kind: 'event' as const, slug: 'festa-san-siro', title: 'Festa di San Siro' }
const ASSEMBLEA = { kind: 'event' as const, slug: 'assemblea', title: 'Assemblea cittadina' }

const OFFLINE: OfflineCount[] = [
  { date: '2022-04-10T16:00:00.000Z', neighbourhood: 'nolo', count: 12, activity: LAB },
  { date: '2022-05-10T16:00:00.000Z', neighbourhood: 'nolo', count: 8, activity: LAB },
  { date: '2023-09-01T16:00:00.000Z', neighbourhood: 'san-siro', count: 30, activity: FESTA },
  /** Not placed in a neighbourhood. */
  { date: '2024-02-01T16:00:00.000Z', count: 5, activity: ASSEMBLEA },
  /** Before the range. */
  { date: '2020-01-10T16:00:00.000Z', neighbourhood: 'nolo', count: 100, activity: LAB },
  /** 00:30 on 1 January 2025 in Rome: after the range. */
  { date: '2024-12-31T23:30:00.000Z', neighbourhood: 'nolo', count: 7, activity: LAB },
]

/** What the CMS answered: 2024 missing on purpose (counts as 0). */
const ONLINE: ParticipantSummary = {
  total: 7,
  byYear: [
    { year: 2021, people: 2 },
    { year: 2022, people: 3 },
    { year: 2023, people: 4 },
  ],
  byActivity: [{ kind: 'laboratory', slug: 'orti-2022', title: 'Laboratorio orti', people: 7 }],
}

const INPUT: ReportInput = { pacts: PACTS, projects: PROJECTS, indicators: INDICATORS, grants: GRANTS, offline: OFFLINE, participants: ONLINE }
const RANGE: ReportFilters = { fromYear: 2021, toYear: 2024 }
const NOW = new Date('2025-06-01T10:00:00.000Z')

const report = transparencyReport(INPUT, RANGE, NOW)
const nolo = transparencyReport(INPUT, { ...RANGE, neighbourhood: 'nolo' }, NOW)
const sanSiro = transparencyReport(INPUT, { ...RANGE, neighbourhood: 'san-siro' }, NOW)

const year = (r: TransparencyReport, y: number) => r.years.find((x) => x.year === y)!
const paths = (records: readonly RecordRef[]) => records.map((r) => r.path)
const pactPath = (p: PublicPact) => `/patti/${p.slug}`

describe('reportFilters', () => {
  const parse = (query: string, now = NOW) => reportFilters(new URLSearchParams(query), now)

  it('defaults to the five years ending with the current year in Rome', () => {
    expect(parse('')).toEqual({ fromYear: 2021, toYear: 2025 })
    // 00:30 on 1 January 2026 in Rome, still 2025 in UTC.
    expect(parse('', new Date('2025-12-31T23:30:00.000Z'))).toEqual({ fromYear: 2022, toYear: 2026 })
  })

  it('reads the years and the neighbourhood, trimmed; empty values mean the default', () => {
    expect(parse('da=2018&a=2024&quartiere=san-siro')).toEqual({ fromYear: 2018, toYear: 2024, neighbourhood: 'san-siro' })
    expect(parse('da=%202019%20&a=2020&quartiere=%20nolo')).toEqual({ fromYear: 2019, toYear: 2020, neighbourhood: 'nolo' })
    expect(parse('da=&a=&quartiere=')).toEqual({ fromYear: 2021, toYear: 2025 })
  })

  it('applies the other default when only one year is given', () => {
    // a defaults to 2025 (the current year in Rome).
    expect(parse('da=2010')).toEqual({ fromYear: 2010, toYear: 2025 })
    // da defaults to 2030 − 4.
    expect(parse('a=2030')).toEqual({ fromYear: 2026, toYear: 2030 })
    // a single year
    expect(parse('da=2024&a=2024')).toEqual({ fromYear: 2024, toYear: 2024 })
  })

  it('never defaults da to a year before 2000, so the defaults read back', () => {
    expect(parse('a=2002')).toEqual({ fromYear: 2000, toYear: 2002 })
    expect(parse(transparencyQuery({ fromYear: 2000, toYear: 2002 }).slice(1))).toEqual({ fromYear: 2000, toYear: 2002 })
  })

  it.each(['abc', '24', '02024', '1999', '2101', '2020.5', '-2020', '2020a'])('refuses da=%s', (value) => {
    expect(parse(`da=${value}&a=2024`)).toEqual({ error: 'da' })
  })

  it.each(['abc', '24', '1999', '2101', '2024.0'])('refuses a=%s', (value) => {
    expect(parse(`da=2020&a=${value}`)).toEqual({ error: 'a' })
  })

  it('blames a range that runs backwards on a, also when a is the default', () => {
    expect(parse('da=2024&a=2023')).toEqual({ error: 'a' })
    // a defaults to 2025
    expect(parse('da=2026')).toEqual({ error: 'a' })
  })

  it('accepts thirty years and blames thirty-one on a', () => {
    // 2000..2029 is 30 years; 2000..2030 is 31.
    expect(parse('da=2000&a=2029')).toEqual({ fromYear: 2000, toYear: 2029 })
    expect(parse('da=2000&a=2030')).toEqual({ error: 'a' })
    expect(parse('da=2050&a=2100')).toEqual({ error: 'a' })
  })

  it.each(['San-Siro', 'san siro', 'san--siro', '-nolo', 'nolo-', 'nolò', 'nolo/1', 'a'.repeat(81)])('refuses quartiere=%s', (value) => {
    expect(parse(`da=2020&a=2024&quartiere=${encodeURIComponent(value)}`)).toEqual({ error: 'quartiere' })
  })

  it('accepts a neighbourhood slug of 80 characters', () => {
    const slug = `${'a'.repeat(39)}-${'b'.repeat(40)}`
    expect(slug).toHaveLength(80)
    expect(parse(`quartiere=${slug}`)).toEqual({ fromYear: 2021, toYear: 2025, neighbourhood: slug })
  })

  it('names the first malformed parameter: da, then a, then quartiere', () => {
    expect(parse('da=x&a=y&quartiere=Z')).toEqual({ error: 'da' })
    expect(parse('da=2020&a=y&quartiere=Z')).toEqual({ error: 'a' })
  })
})

describe('transparencyQuery', () => {
  it('keeps the period, and the neighbourhood only when there is one', () => {
    expect(transparencyQuery({ fromYear: 2018, toYear: 2024 })).toBe('?da=2018&a=2024')
    expect(transparencyQuery({ fromYear: 2018, toYear: 2024, neighbourhood: 'san-siro' })).toBe('?da=2018&a=2024&quartiere=san-siro')
  })

  it('reads back to the same filters', () => {
    const filters = { fromYear: 2019, toYear: 2023, neighbourhood: 'nolo' }
    expect(reportFilters(new URLSearchParams(transparencyQuery(filters)), NOW)).toEqual(filters)
  })
})

describe('countParticipants', () => {
  const record = (person: string, y: number, neighbourhood: string | undefined, activity: ParticipantRecord['activity']): ParticipantRecord => ({
    person,
    year: y,
    neighbourhood,
    activity,
  })
  const RECORDS: ParticipantRecord[] = [
    record('alice', 2022, 'nolo', LAB),
    record('alice', 2023, 'nolo', FESTA),
    record('alice', 2023, 'nolo', LAB),
    record('bob', 2023, 'san-siro', LAB),
    record('bob', 2023, 'san-siro', FESTA),
    record('carla', 2024, undefined, FESTA),
    record('dario', 2019, 'nolo', LAB),
    record('elena', 2025, 'nolo', LAB),
  ]

  it('counts each person once over the range, whatever the years and activities', () => {
    // alice (3 sign-ups), bob (2), carla (1); dario (2019) and elena (2025) are outside.
    expect(countParticipants(RECORDS, RANGE).total).toBe(3)
  })

  it('counts distinct people per year, with every year of the range in order, zeros included', () => {
    // 2022: alice; 2023: alice (twice) and bob (twice); 2024: carla.
    expect(countParticipants(RECORDS, RANGE).byYear).toEqual([
      { year: 2021, people: 0 },
      { year: 2022, people: 1 },
      { year: 2023, people: 2 },
      { year: 2024, people: 1 },
    ])
  })

  it('counts distinct people per activity, most attended first', () => {
    // Festa: alice, bob, carla = 3. Lab: alice (2022 and 2023), bob = 2.
    expect(countParticipants(RECORDS, RANGE).byActivity).toEqual([
      { kind: 'event', slug: 'festa-san-siro', title: 'Festa di San Siro', people: 3 },
      { kind: 'laboratory', slug: 'orti-2022', title: 'Laboratorio orti', people: 2 },
    ])
  })

  it('keeps a neighbourhood’s sign-ups only; one without neighbourhood never matches', () => {
    const summary = countParticipants(RECORDS, { ...RANGE, neighbourhood: 'nolo' })
    // alice only (dario and elena are outside the years, carla has no neighbourhood).
    expect(summary.total).toBe(1)
    expect(summary.byYear.map((y) => y.people)).toEqual([0, 1, 1, 0])
    // A tie (1 and 1) is in alphabetical order: Festa before Laboratorio.
    expect(summary.byActivity.map((a) => [a.title, a.people])).toEqual([
      ['Festa di San Siro', 1],
      ['Laboratorio orti', 1],
    ])
    expect(countParticipants(RECORDS, { ...RANGE, neighbourhood: 'centro' })).toEqual({
      total: 0,
      byYear: [2021, 2022, 2023, 2024].map((y) => ({ year: y, people: 0 })),
      byActivity: [],
    })
  })

  it('orders ties in Italian: an accented initial sorts with its letter', () => {
    const summary = countParticipants(
      [
        record('x', 2022, undefined, { kind: 'event', slug: 'zucche', title: 'Zucche in festa' }),
        record('x', 2022, undefined, { kind: 'event', slug: 'ecologia', title: 'Èco di quartiere' }),
      ],
      RANGE,
    )
    expect(summary.byActivity.map((a) => a.slug)).toEqual(['ecologia', 'zucche'])
  })
})

describe('transparencyReport: pacts', () => {
  it('has one row per year of the range, in order', () => {
    expect(report.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024])
    expect(report.filters).toEqual(RANGE)
  })

  it('counts pacts signed each year, in Rome, renewals included', () => {
    // 2021: P1. 2022: P3. 2023: P2 and P4 (signed 00:30 on 1 January 2023 in Rome). 2024: P8.
    expect(report.years.map((y) => y.signed.value)).toEqual([1, 1, 2, 1])
    expect(paths(year(report, 2023).signed.records)).toEqual([pactPath(P4), pactPath(P2)])
    expect(paths(year(report, 2022).signed.records)).toEqual([pactPath(P3)])
  })

  it('counts renewals among the pacts signed', () => {
    // P2 renews P1.
    expect(report.years.map((y) => y.renewed.value)).toEqual([0, 0, 1, 0])
    expect(year(report, 2023).renewed.records).toEqual([{ kind: 'pact', label: 'PC-2023-004 — Orti di via Padova, rinnovo', path: '/patti/orti-via-padova-rinnovo' }])
  })

  it('counts pacts active each year: signed, in force on some day of it', () => {
    // 2021: P1 (signed in March) and P9 (signed in 2019, valid until June 2021).
    // 2022: P1 and P3.
    // 2023: P1 (until March), P2 (from March), P3; P4 is signed but in force only from 2024.
    // 2024: P2, P3 (until midnight of 1 January 2024 in Rome), P4 (from 15 January), P8.
    expect(report.years.map((y) => y.active.value)).toEqual([2, 2, 3, 4])
    // PC-2019-005 sorts before PC-2021-001.
    expect(paths(year(report, 2021).active.records)).toEqual([pactPath(P9), pactPath(P1)])
    expect(paths(year(report, 2024).active.records)).toEqual([pactPath(P3), pactPath(P4), pactPath(P2), pactPath(P8)])
  })

  it('counts completed pacts in the Rome year their validity ends, or their signing year without one', () => {
    // P3 ends at midnight of 1 January 2024 in Rome (31 December 2023 in UTC); P8 has no end and was signed in 2024.
    expect(report.years.map((y) => y.completed.value)).toEqual([0, 0, 0, 2])
    expect(paths(year(report, 2024).completed.records)).toEqual([pactPath(P3), pactPath(P8)])
  })

  it('totals the range: each pact once', () => {
    // signed: P1, P3, P2, P4, P8 = 5; renewed: P2 = 1; completed: P3, P8 = 2.
    // active in some year: P1, P2, P3, P4, P8, P9 = 6 (P1 is active in three years, counted once).
    expect(report.pacts.signed.value).toBe(5)
    expect(report.pacts.renewed.value).toBe(1)
    expect(report.pacts.active.value).toBe(6)
    expect(report.pacts.completed.value).toBe(2)
    expect(report.pacts.active.records).toHaveLength(6)
  })

  it('lists a pact as code and title, linking to its page, in alphabetical order', () => {
    expect(report.pacts.signed.records).toEqual([
      { kind: 'pact', label: 'PC-2021-001 — Orti di via Padova', path: '/patti/orti-via-padova' },
      { kind: 'pact', label: 'PC-2022-002 — Biblioteca di quartiere', path: '/patti/biblioteca-di-quartiere' },
      { kind: 'pact', label: 'PC-2023-001 — Cortili aperti', path: '/patti/cortili-aperti' },
      { kind: 'pact', label: 'PC-2023-004 — Orti di via Padova, rinnovo', path: '/patti/orti-via-padova-rinnovo' },
      { kind: 'pact', label: 'PC-2024-003 — Aiuola della stazione', path: '/patti/aiuola-della-stazione' },
    ])
  })

  it('keeps the reading order from one report to the next as pacts come and go (numbers in codes sort as numbers)', () => {
    const numbered = (n: number, title: string) => pact({ ...P1, id: 100 + n, code: `PC-2021-${n}`, title, slug: `numerato-${n}` })
    const labels = (r: TransparencyReport) => r.pacts.signed.records.map((rec) => rec.label)
    expect(labels(transparencyReport({ ...INPUT, pacts: [numbered(10, 'Dieci'), numbered(2, 'Due')] }, RANGE))).toEqual(['PC-2021-2 — Due', 'PC-2021-10 — Dieci'])
    // A pact the earlier report never saw still lands in its place.
    const later = transparencyReport({ ...INPUT, pacts: [numbered(10, 'Dieci'), numbered(9, 'Nove'), numbered(2, 'Due'), numbered(100, 'Cento')] }, RANGE)
    expect(labels(later)).toEqual(['PC-2021-2 — Due', 'PC-2021-9 — Nove', 'PC-2021-10 — Dieci', 'PC-2021-100 — Cento'])
    expect(later.years.find((y) => y.year === 2021)!.signed.records.map((rec) => rec.label)).toEqual(labels(later))
  })

  it('never counts a pact being drafted, only approved, or without a signing date', () => {
    const text = JSON.stringify(report)
    for (const excluded of [P5, P6, P7]) expect(text).not.toContain(pactPath(excluded))
    // Made signed, P5 and P6 would count: the exclusion is what keeps them out.
    const signedToo = transparencyReport(
      {
        ...INPUT,
        pacts: [
          { ...P5, status: 'signed' },
          { ...P6, status: 'signed' },
        ],
      },
      RANGE,
    )
    expect(signedToo.pacts.signed.value).toBe(2)
  })

  it('takes a completed pact without an end date as active only until the end of its signing year', () => {
    const later = transparencyReport({ ...INPUT, pacts: [P8] }, { fromYear: 2024, toYear: 2026 })
    expect(later.years.map((y) => y.active.value)).toEqual([1, 0, 0])
    // Not completed, the same pact stays active while it has no end date.
    const ongoing = transparencyReport({ ...INPUT, pacts: [{ ...P8, status: 'in-progress' }] }, { fromYear: 2024, toYear: 2026 })
    expect(ongoing.years.map((y) => y.active.value)).toEqual([1, 1, 1])
  })

  it('does not depend on today', () => {
    expect(transparencyReport(INPUT, RANGE, new Date('2040-01-01T00:00:00.000Z'))).toEqual(report)
  })
})

describe('transparencyReport: signatories, projects, money and indicators of the pacts signed in the range', () => {
  it('sums signatories pact by pact, by group', () => {
    // P1: Amici (association), Bottega (business), 5 volunteers; the municipality's office is not counted.
    // P2: Amici again, 3 volunteers. P3: a school (others). P4: an informal group (others), 10 volunteers.
    // P8: Amici listed twice (one signatory), 2 volunteers. P9 is outside the range; P5, P6, P7 never count.
    // associations 1 + 1 + 1 = 3; businesses 1; others 1 + 1 = 2; volunteers 5 + 3 + 10 + 2 = 20; total 26.
    const s = report.signatories
    expect([s.associations.value, s.businesses.value, s.others.value, s.volunteers.value, s.total.value]).toEqual([3, 1, 2, 20, 26])
    expect(paths(s.associations.records)).toEqual([pactPath(P1), pactPath(P2), pactPath(P8)])
    expect(paths(s.others.records)).toEqual([pactPath(P3), pactPath(P4)])
    // P3 has no volunteers: not listed behind them, listed behind the total.
    expect(paths(s.volunteers.records)).toEqual([pactPath(P1), pactPath(P4), pactPath(P2), pactPath(P8)])
    expect(s.total.records).toHaveLength(5)
  })

  it('counts the projects of the pacts signed in the range, by domain and status', () => {
    // PR1, PR2 (P1), PR3 (P3), PR4 (P4, as a bare id "4"), PR7 (P8); PR5 (drafting P5) and PR6 (P9, 2019) are out.
    expect(report.projects.total.value).toBe(5)
    // care of the city: PR1, PR4, PR7; of the community: PR2, PR3.
    expect(report.projects.byDomain['care-of-city'].value).toBe(3)
    expect(report.projects.byDomain['care-of-community'].value).toBe(2)
    expect(Object.fromEntries(Object.entries(report.projects.byStatus).map(([k, f]) => [k, f.value]))).toEqual({ planned: 1, 'in-progress': 1, completed: 2, suspended: 1 })
    expect(report.projects.byStatus.completed.records).toEqual([
      { kind: 'project', label: 'Fiori alla stazione', path: '/progetti/fiori-stazione' },
      { kind: 'project', label: 'Letture ad alta voce', path: '/progetti/letture-ad-alta-voce' },
    ])
  })

  it('totals commitments by party and kind', () => {
    const money = report.money
    // Municipality: money 1000 (P1) + 0.1 + 0.2 (P2) = 1000.3; in kind 49.99 (P8); space 1200 (P3).
    expect(money.byParty.municipality.money.value).toBe(1000.3)
    expect(money.byParty.municipality['in-kind'].value).toBe(49.99)
    expect(money.byParty.municipality.hours.value).toBe(0)
    expect(money.byParty.municipality.space.value).toBe(1200)
    // Partners: hours 200 (P1); in kind 0.1 (P2).
    expect(money.byParty.partner.hours.value).toBe(200)
    expect(money.byParty.partner['in-kind'].value).toBe(0.1)
    // 1000.3 + 49.99 + 1200 = 2250.29; 0.3 + 0.1 + 200 = 200.4; 2250.29 + 200.4 = 2450.69.
    expect(money.partyTotal.municipality.value).toBe(2250.29)
    expect(money.partyTotal.partner.value).toBe(200.4)
    expect(money.total.value).toBe(2450.69)
  })

  it('adds amounts across pacts in cents: 0.2 + 0.1 is 0.3', () => {
    expect(0.2 + 0.1).not.toBe(0.3)
    // Partner money: 0.2 (P3) + 0.1 (P4).
    expect(report.money.byParty.partner.money.value).toBe(0.3)
  })

  it('lists the pacts behind a money figure with what each adds', () => {
    expect(report.money.byParty.partner.money.records).toEqual([
      { kind: 'pact', label: 'PC-2022-002 — Biblioteca di quartiere', path: '/patti/biblioteca-di-quartiere', amount: 0.2 },
      { kind: 'pact', label: 'PC-2023-001 — Cortili aperti', path: '/patti/cortili-aperti', amount: 0.1 },
    ])
    // P2's money is two lines, 0.1 + 0.2: one record of 0.3.
    expect(report.money.byParty.municipality.money.records.map((r) => [r.path, r.amount])).toEqual([
      [pactPath(P1), 1000],
      [pactPath(P2), 0.3],
    ])
    // Everything but P9 (2019) and the excluded pacts: P1 1200, P3 1200.2, P4 0.1, P2 0.4, P8 49.99.
    expect(report.money.total.records.map((r) => r.amount)).toEqual([1200, 1200.2, 0.1, 0.4, 49.99])
  })

  it('counts indicators of counted pacts and projects, measured and on target', () => {
    // Counted: 201 (P1), 202 (PR3), 203 (P2), 204 (PR4); 205 (drafting P5) and 206 (PR6 of P9) are out.
    // Measured (a target and a measurement): 201, 202, 204. On target: 201 only.
    expect(report.indicators.total.value).toBe(4)
    expect(report.indicators.measured.value).toBe(3)
    expect(report.indicators.onTarget.value).toBe(1)
    expect(report.indicators.onTarget.records).toEqual([{ kind: 'indicator', label: 'Metri quadri curati', path: '/patti/orti-via-padova' }])
    expect(report.indicators.total.records).toEqual([
      { kind: 'indicator', label: 'Cortili aperti al mese', path: '/progetti/cortile-via-arqua' },
      { kind: 'indicator', label: 'Libri in prestito mancanti', path: '/progetti/letture-ad-alta-voce' },
      { kind: 'indicator', label: 'Metri quadri curati', path: '/patti/orti-via-padova' },
      { kind: 'indicator', label: 'Orti assegnati', path: '/patti/orti-via-padova-rinnovo' },
    ])
  })
})

describe('transparencyReport: grants and participants', () => {
  it('counts awards by their Rome year and sums them in cents', () => {
    // 2022: 1000.1 (Amici). 2023: 500.2 (awarded 00:30 on 1 January 2023 in Rome). 2024: 2000.7 + 0.2 = 2000.9.
    expect(report.years.map((y) => y.grantsAwarded.value)).toEqual([0, 1, 1, 2])
    expect(report.years.map((y) => y.grantsAmount.value)).toEqual([0, 1000.1, 500.2, 2000.9])
    // Range: 4 awards (the 2020 one is out); 1000.1 + 500.2 + 2000.7 + 0.2 = 3501.2.
    expect(report.grants.awarded.value).toBe(4)
    expect(report.grants.amount.value).toBe(3501.2)
  })

  it('lists an award as beneficiary (or purpose) and call, linking to the grants of its year', () => {
    expect(report.grants.amount.records).toEqual([
      { kind: 'grant', label: 'Amici del Parco — Bando quartieri 2022', path: '/contributi?anno=2022', amount: 1000.1 },
      { kind: 'grant', label: 'Feste di via — Bando quartieri 2022', path: '/contributi?anno=2023', amount: 500.2 },
      { kind: 'grant', label: 'Rassegna di cinema — Bando cultura 2024', path: '/contributi?anno=2024', amount: 0.2 },
      { kind: 'grant', label: 'Scuola Rinnovata — Bando cultura 2024', path: '/contributi?anno=2024', amount: 2000.7 },
    ])
    expect(report.grants.awarded.records).toEqual(report.grants.amount.records)
  })

  it('lists two awards of one call to one beneficiary in one year once, with their sum', () => {
    const twice = grant({
      id: 9,
      title: 'Bando',
      slug: 'bando',
      year: 2023,
      awards: [
        award({ beneficiary: AMICI, amount: 0.1, awardedAt: '2023-02-01T10:00:00.000Z' }),
        award({ beneficiary: AMICI, amount: 0.2, awardedAt: '2023-05-01T10:00:00.000Z' }),
      ],
    })
    const r = transparencyReport({ ...INPUT, grants: [twice] }, RANGE)
    expect(r.grants.awarded.value).toBe(2)
    expect(r.grants.amount.value).toBe(0.3)
    expect(r.grants.amount.records).toEqual([{ kind: 'grant', label: 'Amici del Parco — Bando', path: '/contributi?anno=2023', amount: 0.3 }])
  })

  it('sums people counted offline by Rome year, one record per activity', () => {
    // 2022: 12 + 8 (lab); 2023: 30 (festa); 2024: 5 (assembly). 2020 and 1 January 2025 (Rome) are out.
    expect(report.years.map((y) => y.offlineParticipants.value)).toEqual([0, 20, 30, 5])
    // 20 + 30 + 5 = 55
    expect(report.participants.offline.value).toBe(55)
    expect(report.participants.offline.records).toEqual([
      { kind: 'event', label: 'Assemblea cittadina', path: '/eventi/assemblea', amount: 5 },
      { kind: 'event', label: 'Festa di San Siro', path: '/eventi/festa-san-siro', amount: 30 },
      { kind: 'laboratory', label: 'Laboratorio orti', path: '/laboratori/orti-2022', amount: 20 },
    ])
  })

  it('passes the CMS’s online counts through, 0 for a year it did not mention', () => {
    expect(report.participants.online).toEqual(ONLINE)
    expect(report.years.map((y) => y.participants)).toEqual([2, 3, 4, 0])
  })
})

describe('transparencyReport: a neighbourhood', () => {
  it('counts the pacts that include it', () => {
    // NoLo: P1 (2021), P2 (2023, a renewal), P4 (2023, NoLo and San Siro), P9 (2019). P3 is San Siro, P8 a bare id.
    expect(nolo.years.map((y) => y.signed.value)).toEqual([1, 0, 2, 0])
    expect(nolo.years.map((y) => y.renewed.value)).toEqual([0, 0, 1, 0])
    // 2021: P1, P9; 2022: P1; 2023: P1, P2; 2024: P2, P4.
    expect(nolo.years.map((y) => y.active.value)).toEqual([2, 1, 2, 2])
    expect(nolo.years.map((y) => y.completed.value)).toEqual([0, 0, 0, 0])
    expect([nolo.pacts.signed.value, nolo.pacts.active.value, nolo.pacts.completed.value]).toEqual([3, 4, 0])
  })

  it('never matches a neighbourhood left as a bare id', () => {
    // San Siro: P3 and P4 by slug; P8 names San Siro's id (2) only; P6 (approved) never counts.
    expect(paths(sanSiro.pacts.signed.records)).toEqual([pactPath(P3), pactPath(P4)])
    expect(sanSiro.pacts.completed.value).toBe(1)
    // PR7 (of P8) is out with its pact.
    expect(sanSiro.projects.total.value).toBe(1)
  })

  it('counts a project in a neighbourhood of its own only there', () => {
    // NoLo: PR1 (no own neighbourhood, pact P1 in NoLo), PR4 (own NoLo); PR2 is placed in San Siro.
    expect(paths(nolo.projects.total.records)).toEqual(['/progetti/aiuole-piazza-morbegno', '/progetti/cortile-via-arqua'])
    // San Siro: PR3 (pact P3); PR4's pact P4 includes San Siro but PR4 is placed in NoLo; PR2's pact P1 is NoLo only.
    expect(paths(sanSiro.projects.total.records)).toEqual(['/progetti/letture-ad-alta-voce'])
    expect(nolo.projects.byDomain['care-of-community'].value).toBe(0)
  })

  it('limits signatories, money and indicators to its pacts and projects', () => {
    // NoLo pacts: P1, P2, P4. Volunteers 5 + 3 + 10 = 18; associations 2 (P1, P2); others 1 (P4); businesses 1.
    expect(nolo.signatories.volunteers.value).toBe(18)
    expect(nolo.signatories.total.value).toBe(22)
    // 1000 + 0.3 (municipality money); 200 + 0.1 + 0.1 (partners) = 200.2; total 1200.5.
    expect(nolo.money.partyTotal.municipality.value).toBe(1000.3)
    expect(nolo.money.partyTotal.partner.value).toBe(200.2)
    expect(nolo.money.total.value).toBe(1200.5)
    // 201 (P1), 203 (P2), 204 (PR4); measured 201 and 204; on target 201.
    expect([nolo.indicators.total.value, nolo.indicators.measured.value, nolo.indicators.onTarget.value]).toEqual([3, 2, 1])
  })

  it('places an award by its own neighbourhood, else by the call’s, and links to the filtered grants page', () => {
    // NoLo: Amici 1000.1 (call in NoLo), cinema 0.2 (call in San Siro and NoLo); "Feste di via" is placed in San Siro.
    expect(nolo.grants.awarded.value).toBe(2)
    expect(nolo.grants.amount.value).toBe(1000.3)
    expect(paths(nolo.grants.amount.records)).toEqual(['/contributi?anno=2022&quartiere=nolo', '/contributi?anno=2024&quartiere=nolo'])
    // San Siro: 500.2 + 2000.7 + 0.2 = 2501.1.
    expect(sanSiro.grants.awarded.value).toBe(3)
    expect(sanSiro.grants.amount.value).toBe(2501.1)
    expect(sanSiro.years.map((y) => y.grantsAmount.value)).toEqual([0, 0, 500.2, 2000.9])
  })

  it('counts offline sessions placed in it only', () => {
    // NoLo: 12 + 8 in 2022; the assembly (5) has no neighbourhood.
    expect(nolo.participants.offline.value).toBe(20)
    expect(nolo.years.map((y) => y.offlineParticipants.value)).toEqual([0, 20, 0, 0])
    expect(sanSiro.participants.offline.value).toBe(30)
  })
})

describe('transparencyReport without records', () => {
  it('is all zeros, with a figure for every group, domain, status, party and kind', () => {
    const empty = transparencyReport(
      { pacts: [], projects: [], indicators: [], grants: [], offline: [], participants: { total: 0, byYear: [], byActivity: [] } },
      { fromYear: 2024, toYear: 2025 },
    )
    const zero = { value: 0, records: [] }
    expect(empty.years).toEqual(
      [2024, 2025].map((y) => ({
        year: y,
        signed: zero,
        renewed: zero,
        active: zero,
        completed: zero,
        grantsAwarded: zero,
        grantsAmount: zero,
        participants: 0,
        offlineParticipants: zero,
      })),
    )
    expect(empty.signatories).toEqual({ associations: zero, volunteers: zero, businesses: zero, others: zero, total: zero })
    expect(empty.projects.byStatus).toEqual({ planned: zero, 'in-progress': zero, completed: zero, suspended: zero })
    expect(empty.projects.byDomain).toEqual({ 'care-of-city': zero, 'care-of-community': zero })
    const kinds = { money: zero, 'in-kind': zero, hours: zero, space: zero }
    expect(empty.money).toEqual({ byParty: { municipality: kinds, partner: kinds }, partyTotal: { municipality: zero, partner: zero }, total: zero })
  })
})

describe('reportRows', () => {
  const rows = reportRows(report)
  const value = (section: string, figure: string, y: number | null) => rows.find((r) => r.section === section && r.figure === figure && r.year === y)

  it('starts with eight rows per year, in year order', () => {
    // 4 years × 8 figures
    const yearly = rows.filter((r) => r.year !== null)
    expect(yearly).toHaveLength(32)
    expect(rows.slice(0, 32)).toEqual(yearly)
    expect(yearly.slice(0, 8)).toEqual([
      { section: 'pacts', figure: 'signed', year: 2021, value: 1, unit: 'count' },
      { section: 'pacts', figure: 'renewed', year: 2021, value: 0, unit: 'count' },
      { section: 'pacts', figure: 'active', year: 2021, value: 2, unit: 'count' },
      { section: 'pacts', figure: 'completed', year: 2021, value: 0, unit: 'count' },
      { section: 'grants', figure: 'awarded', year: 2021, value: 0, unit: 'count' },
      { section: 'grants', figure: 'amount', year: 2021, value: 0, unit: 'eur' },
      { section: 'participants', figure: 'online', year: 2021, value: 2, unit: 'count' },
      { section: 'participants', figure: 'offline', year: 2021, value: 0, unit: 'count' },
    ])
    expect(yearly.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024].flatMap((y) => Array(8).fill(y)))
  })

  it('carries the yearly values of the report', () => {
    expect(value('pacts', 'signed', 2023)?.value).toBe(2)
    expect(value('pacts', 'active', 2024)?.value).toBe(4)
    expect(value('pacts', 'completed', 2024)?.value).toBe(2)
    expect(value('grants', 'amount', 2024)).toEqual({ section: 'grants', figure: 'amount', year: 2024, value: 2000.9, unit: 'eur' })
    expect(value('participants', 'online', 2023)?.value).toBe(4)
    expect(value('participants', 'offline', 2022)?.value).toBe(20)
  })

  it('ends with the period’s totals for every figure, year empty', () => {
    const totals = rows.filter((r) => r.year === null)
    // pacts 4 + signatories 5 + participants 2 + projects 1 + 2 + 4 + money 8 + 2 + 1 + grants 2 + indicators 3 = 34
    expect(totals).toHaveLength(34)
    expect(rows.slice(32)).toEqual(totals)
    expect(totals.map((r) => `${r.section}.${r.figure}`)).toEqual([
      'pacts.signed',
      'pacts.renewed',
      'pacts.active',
      'pacts.completed',
      'signatories.associations',
      'signatories.volunteers',
      'signatories.businesses',
      'signatories.others',
      'signatories.total',
      'participants.online',
      'participants.offline',
      'projects.total',
      'projects.domain_care_of_city',
      'projects.domain_care_of_community',
      'projects.status_planned',
      'projects.status_in_progress',
      'projects.status_completed',
      'projects.status_suspended',
      'money.municipality_money',
      'money.municipality_in_kind',
      'money.municipality_hours',
      'money.municipality_space',
      'money.partner_money',
      'money.partner_in_kind',
      'money.partner_hours',
      'money.partner_space',
      'money.municipality_total',
      'money.partner_total',
      'money.total',
      'grants.awarded',
      'grants.amount',
      'indicators.total',
      'indicators.measured',
      'indicators.on_target',
    ])
  })

  it('carries the totals of the report with their units', () => {
    expect(value('pacts', 'active', null)?.value).toBe(6)
    expect(value('signatories', 'total', null)?.value).toBe(26)
    expect(value('participants', 'online', null)?.value).toBe(7)
    expect(value('participants', 'offline', null)?.value).toBe(55)
    expect(value('projects', 'status_completed', null)?.value).toBe(2)
    expect(value('money', 'partner_money', null)).toEqual({ section: 'money', figure: 'partner_money', year: null, value: 0.3, unit: 'eur' })
    expect(value('money', 'total', null)).toEqual({ section: 'money', figure: 'total', year: null, value: 2450.69, unit: 'eur' })
    expect(value('grants', 'amount', null)).toEqual({ section: 'grants', figure: 'amount', year: null, value: 3501.2, unit: 'eur' })
    expect(value('indicators', 'on_target', null)?.value).toBe(1)
    const euro = rows.filter((r) => r.unit === 'eur').map((r) => r.section)
    expect(new Set(euro)).toEqual(new Set(['money', 'grants']))
  })

  it('names every row once, in snake_case', () => {
    const keys = rows.map((r) => `${r.section}.${r.figure}.${r.year}`)
    expect(new Set(keys).size).toBe(rows.length)
    for (const r of rows) expect(`${r.section}.${r.figure}`).toMatch(/^[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*$/)
  })
})

describe('DEFINITIONS', () => {
  it('states every definition in Italian and English', () => {
    const keys = ['signed', 'renewed', 'active', 'completed', 'signatories', 'participants', 'offlineParticipants', 'projects', 'money', 'grants', 'indicators']
    expect(Object.keys(DEFINITIONS).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      expect(DEFINITIONS[key]?.it.length).toBeGreaterThan(40)
      expect(DEFINITIONS[key]?.en.length).toBeGreaterThan(40)
      expect(DEFINITIONS[key]?.it).not.toBe(DEFINITIONS[key]?.en)
    }
  })

  it('says an organisation on two pacts counts twice, and that offline counts are attendances', () => {
    expect(DEFINITIONS.signatories?.en).toContain('counted twice')
    expect(DEFINITIONS.signatories?.it).toContain('contata due volte')
    expect(DEFINITIONS.offlineParticipants?.en).toContain('not people')
  })
})
