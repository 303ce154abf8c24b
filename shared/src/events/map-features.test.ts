import { describe, expect, it } from 'vitest'
import { eventFeatures } from './map-features.ts'
import { NOW, event, expectValidGeoJson } from '../maps/map-fixtures.ts'

describe('eventFeatures', () => {
  it('keeps upcoming events only, dated by their next occurrence, soonest first', () => {
    const events = [
      event('past', '2026-10-01T18:00:00+02:00'),
      event('later', '2027-02-10T17:30:00+01:00'),
      event('soon', '2026-12-03T18:00:00+01:00', { cancelled: true }),
      event('too-far', '2027-09-01T18:00:00+02:00'),
      event('unlocated', '2026-12-04T18:00:00+01:00', { venue: { name: 'Da definire' } }),
      // Mondays and Fridays at 09:30 since September: the next one after Sunday 22 November is Monday 23.
      event('weekly', '2026-09-07T09:30:00+02:00', { recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], until: '2027-07-31' } }),
    ]
    const fc = eventFeatures(events, { from: NOW })
    expectValidGeoJson(fc)
    expect(fc.features.map((f) => [f.properties.path, f.properties.day])).toEqual([
      ['/eventi/weekly', '2026-11-23'],
      ['/eventi/soon', '2026-12-03'],
      ['/eventi/later', '2027-02-10'],
    ])
    expect(fc.features[0]!.properties.date).toBe('2026-11-23T08:30:00.000Z')
    expect(fc.features[1]!.properties).toMatchObject({ layer: 'eventi', type: 'assembly', cancelled: true, neighbourhood: 'mazzini', venue: 'Sala' })
  })

  it('looks as far ahead as asked', () => {
    expect(eventFeatures([event('soon', '2026-12-03T18:00:00+01:00')], { from: NOW, days: 7 }).features).toEqual([])
  })
})
