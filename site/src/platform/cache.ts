import { config } from './config.ts'

/**
 * In-memory caches of the site with one purge for all of them. A purge bumps the generation, so a
 * load that started before it is never stored; entries stored just after a purge live briefly,
 * in case the CMS answered before its write was committed.
 */
const TTL_MS = config.SITE_CACHE_TTL_SECONDS * 1000
const AFTER_PURGE_WINDOW_MS = 3_000
const AFTER_PURGE_TTL_MS = 2_000

let generation = 0
let lastPurgeAt = 0

interface Entry<T> {
  value: T
  expiresAt: number
}

export class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>()
  private readonly inFlight = new Map<string, { generation: number; promise: Promise<T> }>()

  constructor(private readonly maxEntries: number) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: T, loadGeneration = generation): void {
    if (loadGeneration !== generation) return
    const now = Date.now()
    const ttl = now - lastPurgeAt < AFTER_PURGE_WINDOW_MS ? AFTER_PURGE_TTL_MS : TTL_MS
    this.entries.delete(key)
    this.entries.set(key, { value, expiresAt: now + ttl })
    // Oldest first: Map keeps insertion order, and a refreshed key was re-inserted above.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }

  /** The cached value, or one load shared by every concurrent caller of the same key. */
  async getOrLoad(key: string, load: () => Promise<T>, shouldStore: (value: T) => boolean = () => true): Promise<T> {
    const hit = this.get(key)
    if (hit !== undefined) return hit
    const pending = this.inFlight.get(key)
    if (pending && pending.generation === generation) return pending.promise
    const startedAt = generation
    const promise = load().then((value) => {
      if (shouldStore(value)) this.set(key, value, startedAt)
      return value
    })
    this.inFlight.set(key, { generation: startedAt, promise })
    try {
      return await promise
    } finally {
      if (this.inFlight.get(key)?.promise === promise) this.inFlight.delete(key)
    }
  }

  clear(): void {
    this.entries.clear()
    this.inFlight.clear()
  }

  get size(): number {
    return this.entries.size
  }
}

const caches: Array<TtlCache<unknown>> = []

/** A cache that `purgeAll` empties. */
export function registerCache<T>(maxEntries: number): TtlCache<T> {
  const cache = new TtlCache<T>(maxEntries)
  caches.push(cache as TtlCache<unknown>)
  return cache
}

/** Drops every cached page and CMS response; called when the CMS publishes a change. */
export function purgeAll(): void {
  generation++
  lastPurgeAt = Date.now()
  for (const cache of caches) cache.clear()
}
