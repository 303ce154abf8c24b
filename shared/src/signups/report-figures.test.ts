import { describe, expect, it } from 'vitest'
import { withRosterTotals, type OfflineCount } from './report-figures.ts'

const typed: OfflineCount[] = [
  { date: '2027-04-06T16:00:00.000Z', neighbourhood: 'san-siro', count: 20, activity: { kind: 'laboratory', slug: 'orti', title: 'Orti condivisi' } },
  { date: '2027-04-20T16:00:00.000Z', neighbourhood: 'san-siro', count: 18, activity: { kind: 'laboratory', slug: 'orti', title: 'Orti condivisi' } },
]
const activities = new Map([
  ['laboratory orti', { title: 'Orti condivisi', neighbourhood: 'san-siro' }],
  ['event festa', { title: 'Festa di via', neighbourhood: 'gratosoglio' }],
])

describe('withRosterTotals', () => {
  it('takes the roster’s total for a meeting counted both ways, and keeps the typed number of the others', () => {
    const merged = withRosterTotals(typed, [{ kind: 'laboratory', slug: 'orti', meeting: '2027-04-06T18:00:00+02:00', total: 23 }], activities)
    expect(merged.map((c) => [c.date.slice(0, 10), c.count])).toEqual([
      ['2027-04-20', 18],
      ['2027-04-06', 23],
    ])
    expect(merged.reduce((sum, c) => sum + c.count, 0)).toBe(41)
  })

  it('adds a meeting counted only with the roster, with its activity’s title and neighbourhood', () => {
    const merged = withRosterTotals([], [{ kind: 'event', slug: 'festa', meeting: '2027-06-01T17:00:00.000Z', total: 12 }], activities)
    expect(merged).toEqual([{ date: '2027-06-01T17:00:00.000Z', neighbourhood: 'gratosoglio', count: 12, activity: { kind: 'event', slug: 'festa', title: 'Festa di via' } }])
  })

  it('leaves out rosters of activities that are not published and empty rosters', () => {
    const merged = withRosterTotals(
      typed,
      [
        { kind: 'laboratory', slug: 'bozza', meeting: '2027-04-06T16:00:00.000Z', total: 9 },
        { kind: 'laboratory', slug: 'orti', meeting: '2027-04-20T16:00:00.000Z', total: 0 },
      ],
      activities,
    )
    expect(merged).toEqual(typed)
  })
})
