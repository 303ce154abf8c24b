import { describe, expect, it } from 'vitest'
import { purgeAll, registerCache } from './cache.ts'

describe('the site cache', () => {
  it('serves a stored value until a purge, then loads again', async () => {
    const cache = registerCache<string>(10)
    let loads = 0
    const load = async () => `versione ${++loads}`
    expect(await cache.getOrLoad('/quartieri/san-siro', load)).toBe('versione 1')
    expect(await cache.getOrLoad('/quartieri/san-siro', load)).toBe('versione 1')
    purgeAll()
    expect(await cache.getOrLoad('/quartieri/san-siro', load)).toBe('versione 2')
  })

  it('shares one load among concurrent callers of the same key', async () => {
    const cache = registerCache<number>(10)
    let loads = 0
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20))
    const results = await Promise.all(Array.from({ length: 50 }, () => cache.getOrLoad('/quartieri', slow)))
    expect(new Set(results)).toEqual(new Set([1]))
    expect(loads).toBe(1)
  })

  it('does not store a value whose load started before a purge', async () => {
    const cache = registerCache<string>(10)
    let release!: (value: string) => void
    const pending = cache.getOrLoad('/quartieri/mazzini', () => new Promise<string>((resolve) => (release = resolve)))
    purgeAll()
    release('contenuto vecchio')
    expect(await pending).toBe('contenuto vecchio')
    expect(cache.get('/quartieri/mazzini')).toBeUndefined()
  })

  it('does not store what the caller rejects, nor a failed load', async () => {
    const cache = registerCache<{ status: number }>(10)
    await cache.getOrLoad(
      '/errore',
      async () => ({ status: 503 }),
      (page) => page.status === 200,
    )
    expect(cache.get('/errore')).toBeUndefined()
    await expect(cache.getOrLoad('/guasto', async () => Promise.reject(new Error('CMS giù')))).rejects.toThrow('CMS giù')
    expect(await cache.getOrLoad('/guasto', async () => ({ status: 200 }))).toEqual({ status: 200 })
  })

  it('keeps at most maxEntries, dropping the oldest first', async () => {
    const cache = registerCache<number>(3)
    for (const [i, key] of ['/a', '/b', '/c', '/d'].entries()) await cache.getOrLoad(key, async () => i)
    expect(cache.size).toBe(3)
    expect(cache.get('/a')).toBeUndefined()
    expect(cache.get('/d')).toBe(3)
  })
})
