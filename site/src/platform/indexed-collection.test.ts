import { describe, expect, it } from 'vitest'
import { CmsUnavailableError } from './cms-errors.ts'
import { indexedCollection } from './indexed-collection.ts'

/*
 * The one helper behind the event and pact indexes: what a reader of the calendar or the pact registry sees
 * when the CMS is slow, down, or changes something meanwhile.
 */

interface Index {
  titles: string[]
  loadedAt: number
}

/** A collection whose CMS answers with `cms.titles`, or fails while `cms.down`; each load is counted. */
function collection(ttlMs = 60_000) {
  const cms = { titles: ['Assemblea'], down: false, loads: 0 }
  const index = indexedCollection<Index>({
    name: 'test',
    ttlMs,
    load: async () => {
      cms.loads++
      if (cms.down) throw new Error('connect ECONNREFUSED')
      return { titles: [...cms.titles], loadedAt: Date.now() }
    },
    fetchChanges: async (ids) => {
      if (cms.down) throw new Error('connect ECONNREFUSED')
      const fresh = ids.map((id) => cms.titles[Number(id)]).filter((t): t is string => t !== undefined)
      return (latest) => ({ ...latest, titles: [...new Set([...latest.titles, ...fresh])] })
    },
  })
  return { cms, index }
}

describe('an index of a whole collection', () => {
  it('is loaded once, on first use, however many readers ask at the same time', async () => {
    const { cms, index } = collection()
    const [a, b, c] = await Promise.all([index.get(), index.get(), index.get()])
    expect(a.titles).toEqual(['Assemblea'])
    expect(b).toBe(a)
    expect(c).toBe(a)
    expect(cms.loads).toBe(1)
  })

  it('tells a first load that fails as the CMS being unavailable, so the page answers 503', async () => {
    const { cms, index } = collection()
    cms.down = true
    const err = await index.get().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CmsUnavailableError)
    expect((err as Error).message).toContain('test index')
    cms.down = false
    expect((await index.get()).titles).toEqual(['Assemblea'])
  })

  it('keeps serving the last good index through an outage once it is past its time to live', async () => {
    const { cms, index } = collection(0)
    const first = await index.get()
    cms.down = true
    cms.titles = ['Assemblea', 'Laboratorio']
    await new Promise((resolve) => setTimeout(resolve, 5))
    // Past its time: served at once, a reload is tried in the background and fails.
    expect(await index.get()).toBe(first)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await index.get()).toBe(first)
    // Back: the next reader is still served the old index while the fresh one loads, the one after gets it.
    await new Promise((resolve) => setTimeout(resolve, 5))
    cms.down = false
    expect(await index.get()).toBe(first)
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect((await index.get()).titles).toEqual(['Assemblea', 'Laboratorio'])
  })

  it('patches in what the CMS names as changed, keeping its time of loading', async () => {
    const { cms, index } = collection()
    const first = await index.get()
    cms.titles = ['Assemblea', 'Festa di via']
    await index.refresh([1])
    const patched = await index.get()
    expect(patched.titles).toEqual(['Assemblea', 'Festa di via'])
    expect(patched.loadedAt).toBe(first.loadedAt)
    expect(cms.loads).toBe(1)
  })

  it('after it is forgotten (an import), serves what the CMS holds now, not what a load under way had read', async () => {
    const { cms, index } = collection()
    const before = index.get()
    await index.forget()
    cms.titles = ['Importato']
    await before
    expect((await index.get()).titles).toEqual(['Importato'])
  })

  it('serves a primed index until it is forgotten', async () => {
    const { cms, index } = collection()
    index.prime({ titles: ['Di prova'], loadedAt: Date.now() })
    expect((await index.get()).titles).toEqual(['Di prova'])
    expect(cms.loads).toBe(0)
    await index.forget()
    expect((await index.get()).titles).toEqual(['Assemblea'])
  })
})
