import { describe, expect, it } from 'vitest'
import {
  budgetTotals,
  indicatorStatus,
  ORGANIZATION_KINDS,
  progressRollup,
  publicPactSchema,
  publicProjectSchema,
  publicStatus,
  refId,
  signatoryCounts,
  signatoryGroup,
  signingYear,
  type Commitment,
  type PublicOrganization,
  type PublicProject,
} from './pact.ts'

/** A pact as the CMS returns it at depth 1: relations populated. */
const pactAtDepth1 = {
  id: 12,
  code: 'PC-2024-007',
  title: 'Cura del giardino di via Padova',
  slug: 'cura-giardino-via-padova',
  kind: 'collaboration-pact',
  neighbourhoods: [{ id: 3, slug: 'nolo', name: 'NoLo' }],
  laboratory: { id: 8, slug: 'orti-2024', title: 'Orti condivisi 2024' },
  status: 'signed',
  approvalAct: { number: '123/2024', date: '2024-02-01T23:00:00.000Z' },
  signedAt: '2024-03-04T23:00:00.000Z',
  validFrom: '2024-03-04T23:00:00.000Z',
  validUntil: '2026-03-04T23:00:00.000Z',
  renews: { id: 4, slug: 'giardino-2021', code: 'PC-2021-002', title: 'Giardino 2021' },
  summary: 'Sintesi',
  objectivesHtml: '<p>Obiettivi</p>',
  objectivesText: 'Obiettivi',
  signatories: [
    { organization: { id: 21, name: 'Amici del Parco', slug: 'amici-del-parco', kind: 'association', website: null }, role: 'Presidente', signedAt: '2024-03-04T23:00:00.000Z' },
    { organization: null, office: 'Municipio 2', role: 'Direttore' },
  ],
  volunteers: 9,
  commitments: [{ party: 'municipality', description: 'Fornitura attrezzi', resourceKind: 'in-kind', amount: 350.5, quantity: null }],
  attachments: [{ file: { id: 40, url: '/media/patto.pdf', filename: 'patto.pdf', mimeType: 'application/pdf', filesize: 120_000 }, label: 'Testo del patto' }],
  updatedAt: '2024-03-05T10:00:00.000Z',
  createdAt: '2024-01-10T10:00:00.000Z',
}

describe('publicPactSchema', () => {
  it('accepts a pact with its relations populated and keeps their data', () => {
    const result = publicPactSchema.safeParse(pactAtDepth1)
    expect(result.success).toBe(true)
    const pact = result.data!
    expect(pact.code).toBe('PC-2024-007')
    expect(pact.signatories?.[0]?.organization).toEqual({ id: 21, name: 'Amici del Parco', slug: 'amici-del-parco', kind: 'association', website: null })
    expect(pact.signatories?.[1]?.office).toBe('Municipio 2')
    expect(pact.commitments?.[0]?.amount).toBe(350.5)
  })

  it('accepts relations left as bare ids and optional fields left out', () => {
    const result = publicPactSchema.safeParse({
      id: 'abc',
      code: 'PC-2025-001',
      title: 'Patto',
      slug: 'patto',
      kind: 'memorandum',
      status: 'drafting',
      neighbourhoods: [3, '4'],
      laboratory: 8,
      renews: 4,
      signatories: [{ organization: 21 }],
      commitments: [{ party: 'partner', organization: 21, description: 'Ore di pulizia', resourceKind: 'hours', quantity: 40 }],
      attachments: [{ file: 40 }],
      updatedAt: '2025-01-01T00:00:00.000Z',
      createdAt: '2025-01-01T00:00:00.000Z',
    })
    expect(result.success).toBe(true)
  })

  it.each([
    ['the derived "expired" status (never stored)', { status: 'expired' }],
    ['an unknown status', { status: 'firmato' }],
    ['an unknown kind', { kind: 'contract' }],
    ['a missing code', { code: undefined }],
    ['a fractional number of volunteers', { volunteers: 2.5 }],
    ['an organization of unknown kind', { signatories: [{ organization: { id: 1, name: 'X', slug: 'x', kind: 'club' } }] }],
    ['a commitment of unknown party', { commitments: [{ party: 'region', description: 'x', resourceKind: 'money', amount: 1 }] }],
    ['a commitment of unknown resource kind', { commitments: [{ party: 'partner', description: 'x', resourceKind: 'time', amount: 1 }] }],
    ['an amount given as text', { commitments: [{ party: 'partner', description: 'x', resourceKind: 'money', amount: '100' }] }],
    ['a populated neighbourhood without slug', { neighbourhoods: [{ id: 3, name: 'NoLo' }] }],
  ])('rejects %s', (_, change) => {
    expect(publicPactSchema.safeParse({ ...pactAtDepth1, ...change }).success).toBe(false)
  })
})

describe('publicProjectSchema', () => {
  const project = {
    id: 5,
    title: 'Aiuole di piazza Morbegno',
    slug: 'aiuole-piazza-morbegno',
    pact: { id: 12, slug: 'cura-giardino-via-padova', code: 'PC-2024-007', title: 'Cura del giardino' },
    neighbourhood: { id: 3, slug: 'nolo' },
    domain: 'care-of-city',
    budget: 12_000.5,
    spent: 3_000,
    status: 'in-progress',
    progress: 40,
    milestones: [{ date: '2024-05-01', title: 'Semina' }],
    location: { lat: 45.49, lng: 9.22 },
    updatedAt: '2024-05-02T10:00:00.000Z',
  }

  it('accepts a project, populated or with bare ids, with or without budget', () => {
    expect(publicProjectSchema.safeParse(project).success).toBe(true)
    expect(publicProjectSchema.safeParse({ ...project, pact: 12, neighbourhood: '3', budget: null, spent: undefined, progress: null }).success).toBe(true)
  })

  it.each([
    ['an unknown status', { status: 'cancelled' }],
    ['an unknown domain', { domain: 'care-of-nature' }],
    ['a budget given as text', { budget: '12000' }],
    ['a milestone without title', { milestones: [{ date: '2024-05-01' }] }],
    ['a missing slug', { slug: undefined }],
  ])('rejects %s', (_, change) => {
    expect(publicProjectSchema.safeParse({ ...project, ...change }).success).toBe(false)
  })
})

describe('refId', () => {
  it('is the id of a populated relation, as text', () => {
    expect(refId({ id: 12, slug: 'x' })).toBe('12')
    expect(refId({ id: 'abc', slug: 'x' })).toBe('abc')
  })

  it('is a bare id as text, including 0', () => {
    expect(refId(7)).toBe('7')
    expect(refId('7')).toBe('7')
    expect(refId(0)).toBe('0')
  })

  it('is undefined for a missing relation', () => {
    expect(refId(null)).toBeUndefined()
    expect(refId(undefined)).toBeUndefined()
  })
})

describe('publicStatus', () => {
  /** 11:00 in Rome on Sunday 22 November 2026. */
  const NOW = new Date('2026-11-22T10:00:00.000Z')
  /** Midnight 22 November 2026 in Rome, as the CMS stores a date picked in the admin. */
  const MIDNIGHT_22_NOV = '2026-11-21T23:00:00.000Z'

  it('is "expired" for a pact whose validity ended on an earlier day', () => {
    for (const status of ['approved', 'signed', 'in-progress'] as const) {
      expect(publicStatus({ status, validUntil: '2026-11-20T23:00:00.000Z' }, NOW)).toBe('expired')
      expect(publicStatus({ status, validUntil: '2019-01-01T00:00:00.000Z' }, NOW)).toBe('expired')
    }
  })

  it('is not "expired" on the last day of validity, in Rome, even though that day began on the previous UTC date', () => {
    expect(publicStatus({ status: 'signed', validUntil: MIDNIGHT_22_NOV }, NOW)).toBe('signed')
    // 23:59:59 in Rome on 22 November: still the last day.
    expect(publicStatus({ status: 'signed', validUntil: MIDNIGHT_22_NOV }, new Date('2026-11-22T22:59:59.999Z'))).toBe('signed')
  })

  it('becomes "expired" at midnight in Rome after the last day, while it is still that day in UTC', () => {
    // 00:00 on 23 November in Rome is 23:00 on 22 November in UTC.
    expect(publicStatus({ status: 'signed', validUntil: MIDNIGHT_22_NOV }, new Date('2026-11-22T23:00:00.000Z'))).toBe('expired')
  })

  it('follows Rome summer time at the day boundary', () => {
    // Midnight 15 July 2026 in Rome (UTC+2).
    const until = '2026-07-14T22:00:00.000Z'
    expect(publicStatus({ status: 'in-progress', validUntil: until }, new Date('2026-07-15T21:59:00.000Z'))).toBe('in-progress')
    expect(publicStatus({ status: 'in-progress', validUntil: until }, new Date('2026-07-15T22:00:00.000Z'))).toBe('expired')
  })

  it('keeps the stored status while the validity has not ended', () => {
    expect(publicStatus({ status: 'in-progress', validUntil: '2027-06-30T22:00:00.000Z' }, NOW)).toBe('in-progress')
    expect(publicStatus({ status: 'approved', validUntil: '2026-11-22T22:00:00.000Z' }, NOW)).toBe('approved')
  })

  it('never turns a completed or drafting pact into "expired"', () => {
    expect(publicStatus({ status: 'completed', validUntil: '2020-01-01T00:00:00.000Z' }, NOW)).toBe('completed')
    expect(publicStatus({ status: 'drafting', validUntil: '2020-01-01T00:00:00.000Z' }, NOW)).toBe('drafting')
  })

  it('never expires a pact without an end of validity', () => {
    const farFuture = new Date('2090-01-01T12:00:00.000Z')
    expect(publicStatus({ status: 'signed', validUntil: null }, farFuture)).toBe('signed')
    expect(publicStatus({ status: 'in-progress', validUntil: undefined }, farFuture)).toBe('in-progress')
    expect(publicStatus({ status: 'approved', validUntil: '' }, farFuture)).toBe('approved')
  })

  it('uses the current time when no `now` is given', () => {
    expect(publicStatus({ status: 'signed', validUntil: '2000-01-01T00:00:00.000Z' })).toBe('expired')
    expect(publicStatus({ status: 'signed', validUntil: '2999-01-01T00:00:00.000Z' })).toBe('signed')
  })
})

describe('signingYear', () => {
  it('is the year in Rome, not in UTC or the host zone', () => {
    // 00:30 on 1 January 2024 in Rome.
    expect(signingYear({ signedAt: '2023-12-31T23:30:00.000Z' })).toBe(2024)
    // 23:59 on 31 December 2024 in Rome.
    expect(signingYear({ signedAt: '2024-12-31T22:59:00.000Z' })).toBe(2024)
    expect(signingYear({ signedAt: '2024-12-31T23:00:00.000Z' })).toBe(2025)
    expect(signingYear({ signedAt: '2024-06-15T10:00:00.000Z' })).toBe(2024)
  })

  it('is null for a pact not signed yet', () => {
    expect(signingYear({ signedAt: null })).toBeNull()
    expect(signingYear({ signedAt: undefined })).toBeNull()
    expect(signingYear({})).toBeNull()
  })
})

type BudgetLine = Pick<Commitment, 'party' | 'resourceKind' | 'amount' | 'quantity'>

describe('budgetTotals', () => {
  const zeros = { money: 0, 'in-kind': 0, hours: 0, space: 0 }

  it('totals by party, by resource kind and overall', () => {
    const commitments: BudgetLine[] = [
      { party: 'municipality', resourceKind: 'money', amount: 1500.5 },
      { party: 'municipality', resourceKind: 'space', amount: 1200, quantity: null },
      { party: 'municipality', resourceKind: 'hours', amount: 100, quantity: 4 },
      { party: 'partner', resourceKind: 'money', amount: 250 },
      { party: 'partner', resourceKind: 'in-kind', amount: 300 },
      { party: 'partner', resourceKind: 'hours', amount: 450.25, quantity: 30 },
      { party: 'partner', resourceKind: 'hours', amount: null, quantity: 12.5 },
    ]
    expect(budgetTotals(commitments)).toEqual({
      byParty: {
        municipality: { money: 1500.5, 'in-kind': 0, hours: 100, space: 1200 },
        partner: { money: 250, 'in-kind': 300, hours: 450.25, space: 0 },
      },
      // 1500.50 + 1200 + 100 and 250 + 300 + 450.25
      partyTotal: { municipality: 2800.5, partner: 1000.25 },
      byKind: { money: 1750.5, 'in-kind': 300, hours: 550.25, space: 1200 },
      total: 3800.75,
      // 4 + 30 + 12.5
      hours: 46.5,
    })
  })

  it('adds euro cents without floating-point drift', () => {
    const totals = budgetTotals([
      { party: 'partner', resourceKind: 'money', amount: 0.1 },
      { party: 'partner', resourceKind: 'money', amount: 0.2 },
    ])
    expect(totals.byParty.partner.money).toBe(0.3)
    expect(totals.partyTotal.partner).toBe(0.3)
    expect(totals.byKind.money).toBe(0.3)
    expect(totals.total).toBe(0.3)
  })

  it('keeps cents exact over many lines and across parties and kinds', () => {
    const tenDimes: BudgetLine[] = Array.from({ length: 10 }, () => ({ party: 'municipality', resourceKind: 'money', amount: 0.1 }))
    expect(budgetTotals(tenDimes).total).toBe(1)
    const totals = budgetTotals([
      { party: 'municipality', resourceKind: 'money', amount: 0.1 },
      { party: 'partner', resourceKind: 'money', amount: 0.2 },
      { party: 'partner', resourceKind: 'in-kind', amount: 19.99 },
      { party: 'partner', resourceKind: 'space', amount: 0.01 },
    ])
    expect(totals.byKind.money).toBe(0.3)
    expect(totals.partyTotal.partner).toBe(20.2)
    expect(totals.total).toBe(20.3)
  })

  it('counts quantities as hours only for hours commitments', () => {
    const totals = budgetTotals([
      { party: 'partner', resourceKind: 'hours', amount: 0, quantity: 120 },
      { party: 'municipality', resourceKind: 'hours', quantity: 8 },
      { party: 'municipality', resourceKind: 'space', amount: 500, quantity: 3 },
      { party: 'partner', resourceKind: 'in-kind', amount: 20, quantity: 50 },
    ])
    expect(totals.hours).toBe(128)
    expect(totals.byKind.hours).toBe(0)
  })

  it('is all zeros without commitments', () => {
    const empty = { byParty: { municipality: zeros, partner: zeros }, partyTotal: { municipality: 0, partner: 0 }, byKind: zeros, total: 0, hours: 0 }
    expect(budgetTotals([])).toEqual(empty)
    expect(budgetTotals(null)).toEqual(empty)
    expect(budgetTotals(undefined)).toEqual(empty)
  })

  it('treats a commitment without amount as worth 0', () => {
    const totals = budgetTotals([{ party: 'partner', resourceKind: 'in-kind', amount: null }, { party: 'partner', resourceKind: 'in-kind' }])
    expect(totals.byParty.partner).toEqual(zeros)
    expect(totals.total).toBe(0)
  })
})

describe('signatoryGroup', () => {
  it('puts associations, third-sector bodies and volunteer groups among associations', () => {
    expect(signatoryGroup('association')).toBe('associations')
    expect(signatoryGroup('third-sector')).toBe('associations')
    expect(signatoryGroup('volunteer-group')).toBe('associations')
  })

  it('puts businesses apart and everything else among others', () => {
    expect(signatoryGroup('business')).toBe('businesses')
    expect(signatoryGroup('school')).toBe('others')
    expect(signatoryGroup('informal-group')).toBe('others')
    expect(signatoryGroup('institution')).toBe('others')
  })

  it('never files an organisation under volunteers', () => {
    for (const kind of ORGANIZATION_KINDS) expect(signatoryGroup(kind)).not.toBe('volunteers')
  })
})

describe('signatoryCounts', () => {
  const org = (id: number, kind: PublicOrganization['kind']): PublicOrganization => ({ id, name: `Org ${id}`, slug: `org-${id}`, kind })

  it('counts organisations by group, volunteers by number, and the total', () => {
    const counts = signatoryCounts({
      signatories: [
        { organization: org(1, 'association') },
        { organization: org(2, 'third-sector') },
        { organization: org(3, 'volunteer-group') },
        { organization: org(4, 'business') },
        { organization: org(5, 'school') },
        { organization: org(6, 'informal-group') },
        { organization: org(7, 'institution') },
      ],
      volunteers: 14,
    })
    // 3 associations + 1 business + 3 others + 14 volunteers
    expect(counts).toEqual({ associations: 3, volunteers: 14, businesses: 1, others: 3, total: 21 })
  })

  it('counts an organisation listed twice only once', () => {
    const counts = signatoryCounts({
      signatories: [
        { organization: org(1, 'association'), role: 'Presidente' },
        { organization: org(1, 'association'), role: 'Tesoriere' },
        { organization: org(4, 'business') },
        { organization: org(4, 'business') },
      ],
      volunteers: 0,
    })
    expect(counts).toEqual({ associations: 1, volunteers: 0, businesses: 1, others: 0, total: 2 })
  })

  it('does not count the municipality’s own offices', () => {
    const counts = signatoryCounts({
      signatories: [
        { organization: null, office: 'Municipio 2', role: 'Direttore' },
        { office: 'Settore Verde e Agricoltura' },
        { organization: org(5, 'school') },
      ],
      volunteers: null,
    })
    expect(counts).toEqual({ associations: 0, volunteers: 0, businesses: 0, others: 1, total: 1 })
  })

  it('is all zeros without signatories or volunteers', () => {
    const zero = { associations: 0, volunteers: 0, businesses: 0, others: 0, total: 0 }
    expect(signatoryCounts({ signatories: null, volunteers: null })).toEqual(zero)
    expect(signatoryCounts({})).toEqual(zero)
  })

  it('counts volunteers alone, and never a negative number of them', () => {
    expect(signatoryCounts({ volunteers: 25 })).toEqual({ associations: 0, volunteers: 25, businesses: 0, others: 0, total: 25 })
    expect(signatoryCounts({ volunteers: -3 }).volunteers).toBe(0)
    expect(signatoryCounts({ volunteers: -3 }).total).toBe(0)
  })
})

type ProjectLine = Pick<PublicProject, 'status' | 'progress' | 'budget' | 'spent'>

describe('progressRollup', () => {
  it('is empty, with no percent, without projects', () => {
    expect(progressRollup([])).toEqual({
      projects: 0,
      byStatus: { planned: 0, 'in-progress': 0, completed: 0, suspended: 0 },
      percent: null,
      budget: 0,
      spent: 0,
    })
  })

  it('counts projects by status', () => {
    const rollup = progressRollup([
      { status: 'planned' },
      { status: 'in-progress', progress: 10 },
      { status: 'in-progress', progress: 70 },
      { status: 'completed' },
      { status: 'suspended', progress: 20 },
    ])
    expect(rollup.projects).toBe(5)
    expect(rollup.byStatus).toEqual({ planned: 1, 'in-progress': 2, completed: 1, suspended: 1 })
  })

  it('counts a completed project as 100%, whatever progress was stored', () => {
    // (100 + 50) / 2
    expect(progressRollup([{ status: 'completed', progress: 40 }, { status: 'in-progress', progress: 50 }]).percent).toBe(75)
    expect(progressRollup([{ status: 'completed', progress: null }]).percent).toBe(100)
  })

  it('leaves suspended projects out of the percent but not out of the money', () => {
    const rollup = progressRollup([
      { status: 'in-progress', progress: 60, budget: 1000, spent: 400 },
      { status: 'suspended', progress: 0, budget: 9000, spent: 100 },
    ])
    // Only the in-progress project counts (a weighted mean with the suspended one would give 6).
    expect(rollup.percent).toBe(60)
    expect(rollup.budget).toBe(10_000)
    expect(rollup.spent).toBe(500)
  })

  it('has no percent when every project is suspended', () => {
    const rollup = progressRollup([{ status: 'suspended', progress: 30 }])
    expect(rollup.projects).toBe(1)
    expect(rollup.percent).toBeNull()
  })

  it('weights progress by budget when every counted project has one', () => {
    const projects: ProjectLine[] = [
      { status: 'in-progress', progress: 20, budget: 30_000 },
      { status: 'completed', budget: 10_000 },
    ]
    // (20 × 30000 + 100 × 10000) / 40000 = 40; the plain mean would be 60.
    expect(progressRollup(projects).percent).toBe(40)
  })

  it('ignores a suspended project without budget when deciding to weight', () => {
    const projects: ProjectLine[] = [
      { status: 'in-progress', progress: 20, budget: 30_000 },
      { status: 'completed', budget: 10_000 },
      { status: 'suspended', budget: null },
    ]
    expect(progressRollup(projects).percent).toBe(40)
  })

  it('uses the plain mean when some counted project has no budget', () => {
    expect(progressRollup([{ status: 'in-progress', progress: 20, budget: 30_000 }, { status: 'completed', budget: null }]).percent).toBe(60)
    expect(progressRollup([{ status: 'in-progress', progress: 20, budget: 30_000 }, { status: 'completed', budget: 0 }]).percent).toBe(60)
    expect(progressRollup([{ status: 'in-progress', progress: 20, budget: 30_000 }, { status: 'completed' }]).percent).toBe(60)
  })

  it('counts a project without progress as 0% and keeps progress within 0–100', () => {
    // (0 + 50) / 2
    expect(progressRollup([{ status: 'planned', progress: null }, { status: 'in-progress', progress: 50 }]).percent).toBe(25)
    // (100 + 0) / 2
    expect(progressRollup([{ status: 'in-progress', progress: 150 }, { status: 'in-progress', progress: -20 }]).percent).toBe(50)
  })

  it('rounds the percent to a whole number', () => {
    // (33 + 34 + 34) / 3 = 33.67
    expect(progressRollup([{ status: 'in-progress', progress: 33 }, { status: 'in-progress', progress: 34 }, { status: 'in-progress', progress: 34 }]).percent).toBe(34)
    // (10 + 10 + 11) / 3 = 10.33
    expect(progressRollup([{ status: 'in-progress', progress: 10 }, { status: 'in-progress', progress: 10 }, { status: 'in-progress', progress: 11 }]).percent).toBe(10)
  })

  it('sums budget and spending to the cent, skipping missing amounts', () => {
    const rollup = progressRollup([
      { status: 'in-progress', budget: 0.1, spent: 1000.55 },
      { status: 'planned', budget: 0.2, spent: 99.45 },
      { status: 'planned', budget: null, spent: null },
      { status: 'planned' },
    ])
    expect(rollup.budget).toBe(0.3)
    expect(rollup.spent).toBe(1100)
  })
})

describe('indicatorStatus', () => {
  const measurements = [
    { date: '2025-06-01', value: 40 },
    { date: '2026-03-01', value: 55, note: 'Rilevazione di primavera' },
    { date: '2025-01-15', value: 30 },
  ]

  it('takes the latest measurement by date, whatever the order given', () => {
    expect(indicatorStatus({ baseline: 20, target: 50, measurements })).toEqual({ latest: { date: '2026-03-01', value: 55 }, onTarget: true })
    expect(indicatorStatus({ baseline: 20, target: 50, measurements: [...measurements].reverse() }).latest).toEqual({ date: '2026-03-01', value: 55 })
  })

  it('judges the latest value, not the best one', () => {
    const status = indicatorStatus({ baseline: 20, target: 50, measurements: [{ date: '2025-01-01', value: 80 }, { date: '2025-12-01', value: 45 }] })
    expect(status).toEqual({ latest: { date: '2025-12-01', value: 45 }, onTarget: false })
  })

  it('is on target when an increasing indicator reaches or passes the target', () => {
    const at = (value: number) => indicatorStatus({ baseline: 10, target: 50, measurements: [{ date: '2026-01-01', value }] }).onTarget
    expect(at(49)).toBe(false)
    expect(at(50)).toBe(true)
    expect(at(65)).toBe(true)
  })

  it('is on target when a decreasing indicator (baseline above target) goes down to the target or below', () => {
    const at = (value: number) => indicatorStatus({ baseline: 120, target: 80, measurements: [{ date: '2026-01-01', value }] }).onTarget
    expect(at(100)).toBe(false)
    expect(at(81)).toBe(false)
    expect(at(80)).toBe(true)
    expect(at(75)).toBe(true)
    // Above the baseline is certainly not on target for a decreasing indicator.
    expect(at(130)).toBe(false)
  })

  it('reads the target as higher-is-better when there is no baseline', () => {
    expect(indicatorStatus({ baseline: null, target: 10, measurements: [{ date: '2026-01-01', value: 12 }] }).onTarget).toBe(true)
    expect(indicatorStatus({ target: 10, measurements: [{ date: '2026-01-01', value: 8 }] }).onTarget).toBe(false)
  })

  it('has no verdict without a target, but still reports the latest measurement', () => {
    const status = indicatorStatus({ baseline: 20, target: null, measurements })
    expect(status.onTarget).toBeNull()
    expect(status.latest?.date).toBe('2026-03-01')
    expect(status.latest?.value).toBe(55)
    expect(indicatorStatus({ measurements }).onTarget).toBeNull()
  })

  it('has neither latest value nor verdict without measurements', () => {
    expect(indicatorStatus({ baseline: 20, target: 50, measurements: [] })).toEqual({ latest: null, onTarget: null })
    expect(indicatorStatus({ baseline: 20, target: 50, measurements: null })).toEqual({ latest: null, onTarget: null })
    expect(indicatorStatus({ target: 50 })).toEqual({ latest: null, onTarget: null })
  })

  it('handles a target of 0 (e.g. zero incidents) as a real target', () => {
    expect(indicatorStatus({ baseline: 5, target: 0, measurements: [{ date: '2026-01-01', value: 0 }] }).onTarget).toBe(true)
    expect(indicatorStatus({ baseline: 5, target: 0, measurements: [{ date: '2026-01-01', value: 1 }] }).onTarget).toBe(false)
  })
})
