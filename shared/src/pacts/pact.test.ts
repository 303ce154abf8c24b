import { describe, expect, it } from 'vitest'
import { budgetTotals, ORGANIZATION_KINDS, publicPactSchema, publicStatus, signatoryCounts, signatoryGroup, signingYear, type Commitment, type PublicOrganization } from './pact.ts'

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
    const totals = budgetTotals([
      { party: 'partner', resourceKind: 'in-kind', amount: null },
      { party: 'partner', resourceKind: 'in-kind' },
    ])
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
      signatories: [{ organization: null, office: 'Municipio 2', role: 'Direttore' }, { office: 'Settore Verde e Agricoltura' }, { organization: org(5, 'school') }],
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
