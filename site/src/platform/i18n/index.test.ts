import { describe, expect, it } from 'vitest'
import { translator } from './index.ts'

describe('translator', () => {
  const it_ = translator('it')
  const en = translator('en')

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(it_('pagination.status', { page: 2, total: 7 })).toBe('Pagina 2 di 7')
    expect(it_('pagination.status', { page: 2 })).toBe('Pagina 2 di {total}')
  })

  it('agrees nouns with the number in Italian', () => {
    expect(it_('lab.seatsLeft', { left: 1, capacity: 5 })).toBe('1 posto libero su 5')
    expect(it_('lab.seatsLeft', { left: 4, capacity: 5 })).toBe('4 posti liberi su 5')
    expect(it_('lab.full', { waiting: 1 })).toContain('(1 persona in attesa)')
    expect(it_('lab.full', { waiting: 0 })).toContain('(0 persone in attesa)')
    expect(it_('events.moreOnDay', { count: 1 })).toBe('e un altro')
    expect(it_('events.moreOnDay', { count: 3 })).toBe('e altri 3')
  })

  it('agrees nouns with the number in English', () => {
    expect(en('lab.seatsLeft', { left: 1, capacity: 5 })).toBe('1 seat left out of 5')
    expect(en('neighbourhoods.count', { count: 1 })).toBe('1 neighbourhood')
    expect(en('neighbourhoods.count', { count: 0 })).toBe('0 neighbourhoods')
  })
})
