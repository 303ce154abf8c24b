import { describe, expect, it } from 'vitest'
import { idKey, idOf, idsOf } from './ids.ts'

describe('idOf', () => {
  it('is the id of a populated relation', () => {
    expect(idOf({ id: 12, slug: 'x' })).toBe(12)
    expect(idOf({ id: 'abc', slug: 'x' })).toBe('abc')
  })

  it('is a bare id itself, including 0', () => {
    expect(idOf(7)).toBe(7)
    expect(idOf('7')).toBe('7')
    expect(idOf(0)).toBe(0)
  })

  it('reads an id that is itself populated', () => {
    expect(idOf({ id: { id: 3 } })).toBe(3)
  })

  it('is undefined for a missing relation or anything that is no id', () => {
    expect(idOf(null)).toBeUndefined()
    expect(idOf(undefined)).toBeUndefined()
    expect(idOf({ slug: 'x' })).toBeUndefined()
    expect(idOf({ id: null })).toBeUndefined()
    expect(idOf(true)).toBeUndefined()
  })
})

describe('idKey', () => {
  it('is the id as text, so number and string ids compare alike', () => {
    expect(idKey({ id: 12, slug: 'x' })).toBe('12')
    expect(idKey(7)).toBe('7')
    expect(idKey('7')).toBe('7')
    expect(idKey(0)).toBe('0')
  })

  it('is undefined for a missing relation', () => {
    expect(idKey(null)).toBeUndefined()
    expect(idKey(undefined)).toBeUndefined()
  })
})

describe('idsOf', () => {
  it('reads one value or many, populated or not, and leaves out the empty ones', () => {
    expect(idsOf([1, { id: 2 }, null, '', '3'])).toEqual([1, 2, '3'])
    expect(idsOf({ id: 5 })).toEqual([5])
    expect(idsOf(null)).toEqual([])
  })
})
