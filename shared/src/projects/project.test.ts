import { describe, expect, it } from 'vitest'
import { indicatorStatus, progressRollup, publicProjectSchema, type PublicProject } from './project.ts'

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
    expect(
      progressRollup([
        { status: 'completed', progress: 40 },
        { status: 'in-progress', progress: 50 },
      ]).percent,
    ).toBe(75)
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
    expect(
      progressRollup([
        { status: 'in-progress', progress: 20, budget: 30_000 },
        { status: 'completed', budget: null },
      ]).percent,
    ).toBe(60)
    expect(
      progressRollup([
        { status: 'in-progress', progress: 20, budget: 30_000 },
        { status: 'completed', budget: 0 },
      ]).percent,
    ).toBe(60)
    expect(progressRollup([{ status: 'in-progress', progress: 20, budget: 30_000 }, { status: 'completed' }]).percent).toBe(60)
  })

  it('counts a project without progress as 0% and keeps progress within 0–100', () => {
    // (0 + 50) / 2
    expect(
      progressRollup([
        { status: 'planned', progress: null },
        { status: 'in-progress', progress: 50 },
      ]).percent,
    ).toBe(25)
    // (100 + 0) / 2
    expect(
      progressRollup([
        { status: 'in-progress', progress: 150 },
        { status: 'in-progress', progress: -20 },
      ]).percent,
    ).toBe(50)
  })

  it('rounds the percent to a whole number', () => {
    // (33 + 34 + 34) / 3 = 33.67
    expect(
      progressRollup([
        { status: 'in-progress', progress: 33 },
        { status: 'in-progress', progress: 34 },
        { status: 'in-progress', progress: 34 },
      ]).percent,
    ).toBe(34)
    // (10 + 10 + 11) / 3 = 10.33
    expect(
      progressRollup([
        { status: 'in-progress', progress: 10 },
        { status: 'in-progress', progress: 10 },
        { status: 'in-progress', progress: 11 },
      ]).percent,
    ).toBe(10)
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
    const status = indicatorStatus({
      baseline: 20,
      target: 50,
      measurements: [
        { date: '2025-01-01', value: 80 },
        { date: '2025-12-01', value: 45 },
      ],
    })
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
