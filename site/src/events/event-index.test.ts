import { describe, expect, it } from 'vitest'
import type { PublicEvent } from '@quartieri/shared/events/event'
import { buildEventIndex, eventsOverlapping, firstStartingFrom } from './event-index.ts'

const DAY = 86_400_000
const BASE = Date.parse('2027-01-01T00:00:00Z')

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** Events over two years: mostly short ones, some running for weeks or months, some weekly with or without an end. */
function events(count: number, next: () => number): PublicEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const start = BASE + Math.floor(next() * 730) * DAY + Math.floor(next() * 24) * 3_600_000
    const kind = next()
    const length = kind < 0.8 ? 2 * 3_600_000 : kind < 0.9 ? Math.floor(next() * 120) * DAY : 3_600_000
    const weekly = kind >= 0.95
    return {
      id: i + 1,
      title: `Evento ${i + 1}`,
      slug: `evento-${i + 1}`,
      type: 'assembly',
      start: new Date(start).toISOString(),
      end: new Date(start + length).toISOString(),
      neighbourhood: { slug: i % 2 === 0 ? 'san-siro' : 'gratosoglio' },
      ...(weekly ? { recurrence: { frequency: 'weekly', byDay: ['MO'], ...(next() < 0.5 ? { until: new Date(start + 90 * DAY).toISOString().slice(0, 10) } : {}) } } : {}),
      updatedAt: '2027-01-01T00:00:00.000Z',
      createdAt: '2027-01-01T00:00:00.000Z',
    } as PublicEvent
  })
}

describe('the event index', () => {
  it('finds by binary search exactly the events a full scan finds, in the same order, for any window and filter', () => {
    const next = random(42)
    const index = buildEventIndex(events(3_000, next))
    expect(index.long.length).toBeGreaterThan(0)
    for (let round = 0; round < 200; round++) {
      const from = BASE + Math.floor(next() * 760 - 15) * DAY
      const to = from + Math.floor(next() * 60 + 1) * DAY
      const keep = round % 3 === 0 ? (e: { neighbourhood?: string }) => e.neighbourhood === 'san-siro' : () => true
      const scanned = index.events.filter((e) => e.startMs < to && e.lastMs > from && keep(e)).map((e) => e.event.slug)
      expect(eventsOverlapping(index, from, to, keep).map((e) => e.event.slug)).toEqual(scanned)
    }
  })

  it('finds the first item starting at or after an instant', () => {
    const sorted = [10, 20, 20, 30].map((startMs) => ({ startMs }))
    expect([0, 10, 15, 20, 25, 30, 31].map((ms) => firstStartingFrom(sorted, ms))).toEqual([0, 0, 1, 1, 3, 3, 4])
    expect(firstStartingFrom([], 5)).toBe(0)
  })
})
