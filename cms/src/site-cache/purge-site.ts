import fs from 'node:fs'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'
import { dataDirectory } from '../paths.ts'

/** Kept in the data directory by `npm start` when PURGE_SECRET is not set. */
export const PURGE_SECRET_FILE = 'purge-secret'

const PURGE_TIMEOUT_MS = 3_000

/**
 * The secret the site expects on a purge: PURGE_SECRET, or the one `npm start` keeps in the data
 * directory, so a separate `npm run import` can purge too.
 */
export function purgeSecret(): string | undefined {
  if (process.env.PURGE_SECRET) return process.env.PURGE_SECRET
  const file = path.join(dataDirectory(), PURGE_SECRET_FILE)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || undefined : undefined
}

/** What changed, so the site refreshes just that: events by id, or all of them (after an import, or when a neighbourhood or lab they show changes). */
export interface PurgeScope {
  events?: Array<number | string>
  reloadEvents?: boolean
}

/**
 * Asks the public site to drop its cache. Never throws: a slow or absent site must not fail a save;
 * the site keeps entries short-lived right after a purge to cover a read racing the commit.
 */

export async function purgeSite(payload: Payload, reason: string, scope: PurgeScope = {}): Promise<void> {
  const siteUrl = process.env.SITE_INTERNAL_URL || process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`
  const secret = purgeSecret()
  if (!secret) return
  try {
    const res = await fetch(new URL('/api/cache/purge', siteUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason, ...scope }),
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    })
    if (!res.ok) payload.logger.warn(`Site cache purge answered ${res.status} (${reason})`)
  } catch (err) {
    payload.logger.warn(`Site cache purge failed (${reason}): ${String(err)}`)
  }
}

const COALESCE_MS = 100
let pending: { timer: NodeJS.Timeout; reason: string; events: Set<number | string>; reloadEvents: boolean } | null = null

/** Purges in the background, after the current request has finished writing; a burst of writes makes one purge. */
export function requestSitePurge(payload: Payload, reason: string, scope: PurgeScope = {}): void {
  if (!pending) {
    const batch = {
      reason,
      events: new Set<number | string>(),
      reloadEvents: false,
      timer: setTimeout(() => {
        pending = null
        void purgeSite(payload, batch.reason, batch.reloadEvents ? { reloadEvents: true } : { events: [...batch.events] })
      }, COALESCE_MS),
    }
    pending = batch
  }
  for (const id of scope.events ?? []) pending.events.add(id)
  if (scope.reloadEvents) pending.reloadEvents = true
}

/** Events show their neighbourhood's and lab's name and address: a change to those reloads every event. */
function scopeOf(collection: string, id: number | string): PurgeScope {
  if (collection === 'events') return { events: [id] }
  if (collection === 'neighbourhoods' || collection === 'laboratories') return { reloadEvents: true }
  return {}
}

type Versioned = { _status?: string | null }

/** Purges when a published document changes, is published or is unpublished; drafts of never-published documents leave the site alone. */
export const purgeSiteOnPublish: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  if (req.context.skipSitePurge) return doc
  const now = (doc as Versioned)._status
  const before = (previousDoc as Versioned | undefined)?._status
  if (now === 'published' || before === 'published' || now === undefined) {
    requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}`, scopeOf(collection.slug, doc.id))
  }
  return doc
}

export const purgeSiteOnDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}:deleted`, scopeOf(collection.slug, doc.id))
  return doc
}

export const purgeSiteOnGlobalChange: GlobalAfterChangeHook = ({ doc, req, global }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `global:${global.slug}`)
  return doc
}
