import { describe, expect, it } from 'vitest'
import { permalinkPath, permalinkRequest } from './permalinks.ts'

describe('permalinkRequest', () => {
  it('reads the collection, slug and suffix of every document address', () => {
    expect(permalinkRequest('/patti/patto-verde')).toEqual({ collection: 'pacts', name: 'patto-verde', suffix: '' })
    expect(permalinkRequest('/patti/patto-verde.json')).toEqual({ collection: 'pacts', name: 'patto-verde', suffix: '.json' })
    expect(permalinkRequest('/eventi/festa.ics')).toEqual({ collection: 'events', name: 'festa', suffix: '.ics' })
    expect(permalinkRequest('/quartieri/san-siro/eventi.ics')).toEqual({ collection: 'neighbourhoods', name: 'san-siro', suffix: '/eventi.ics' })
    for (const [segment, collection] of [
      ['laboratori', 'laboratories'],
      ['progetti', 'projects'],
      ['risultati', 'results'],
    ])
      expect(permalinkRequest(`/${segment}/x-1`)?.collection).toBe(collection)
  })

  it('takes a code only for pacts', () => {
    expect(permalinkRequest('/patti/PC-2024-002')).toEqual({ collection: 'pacts', name: 'PC-2024-002', suffix: '' })
    expect(permalinkRequest('/eventi/PC-2024-002')).toBeNull()
  })

  it('leaves alone what no document address can be', () => {
    for (const path of ['/patti', '/patti/', '/altro/x', '/patti/a/b', '/patti/%3Cscript%3E', '/patti/-x', `/patti/${'a'.repeat(200)}`, '/quartieri/x/eventi.json'])
      expect(permalinkRequest(path), path).toBeNull()
  })
})

describe('permalinkPath', () => {
  it('keeps the suffix with the new slug', () => {
    expect(permalinkPath({ collection: 'pacts', name: 'vecchio', suffix: '.json' }, 'nuovo')).toBe('/patti/nuovo.json')
    expect(permalinkPath({ collection: 'neighbourhoods', name: 'vecchio', suffix: '/eventi.ics' }, 'nuovo')).toBe('/quartieri/nuovo/eventi.ics')
  })
})
