import fs from 'node:fs'
import path from 'node:path'

const TYPES = ['lab-session', 'assembly', 'thematic-table', 'workshop', 'festival', 'info-desk'] as const
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'] as const

/**
 * An import file of `count` events spread over two years from `firstDay` across the given neighbourhoods,
 * every type, one in four hundred a weekly opening (fifty regular openings, as a city has): the calendar's load at scale.
 */
export function eventsFile(dir: string, count: number, neighbourhoods: string[], firstDay = Date.UTC(2026, 11, 1)): string {
  const events = Array.from({ length: count }, (_, i) => {
    const day = firstDay + (i % 730) * 86_400_000
    const hour = 8 + (i % 10)
    const start = new Date(day + hour * 3_600_000)
    const weekly = i % 400 === 0
    return {
      slug: `evento-di-prova-${i + 1}`,
      title: `Evento di prova ${i + 1}`,
      type: TYPES[i % TYPES.length],
      neighbourhood: neighbourhoods[i % neighbourhoods.length],
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      summary: 'Evento generato per misurare il calendario con molti dati.',
      // Spread over a few kilometres of Milano, so the map clusters and lists thousands of them.
      venue: { name: 'Sala di quartiere', address: `Via di prova ${i % 100}, Milano`, location: { lat: 45.42 + (i % 97) / 1000, lng: 9.12 + (i % 89) / 1000 } },
      ...(weekly ? { recurrence: { byDay: [DAYS[i % DAYS.length]], until: new Date(day + 180 * 86_400_000).toISOString().slice(0, 10) } } : {}),
    }
  })
  const file = path.join(dir, `events-${count}.json`)
  fs.writeFileSync(file, JSON.stringify({ format: 'quartieri-import', version: 1, events }))
  return file
}
