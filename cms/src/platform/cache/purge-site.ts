import fs from 'node:fs'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'
import { dataDirectory } from '../paths.ts'
import { config } from '../config.ts'
import { idOf, type Id } from '@quartieri/shared/platform/ids'

/** Kept in the data directory by `npm start` when PURGE_SECRET is not set. */
export const PURGE_SECRET_FILE = 'purge-secret'

const PURGE_TIMEOUT_MS = 3_000

/**
 * The secret the site expects on a purge: PURGE_SECRET, or the one `npm start` keeps in the data
 * directory, so a separate `npm run import` can purge too.
 */
export function purgeSecret(): string | undefined {
  if (config.PURGE_SECRET) return config.PURGE_SECRET
  const file = path.join(dataDirectory(), PURGE_SECRET_FILE)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || undefined : undefined
}

/**
 * What changed, so the site refreshes just that in its in-memory indexes: events and pacts by id, or
 * all of them (after an import, or when a neighbourhood, lab or organisation they show changes).
 */
export interface PurgeScope {
  events?: Array<number | string>
  pacts?: Array<number | string>
  reloadEvents?: boolean
  reloadPacts?: boolean
}

/**
 * Asks the public site to drop its cache: true when the site confirmed, false when it did not, null when no
 * site is configured (no purge secret). Never throws: a slow or absent site must not fail a save; the site
 * keeps entries short-lived right after a purge to cover a read racing the commit. `attempts` and
 * `timeoutMs` are for callers that can wait, like the importer: a process that has just written thousands
 * of records may be too busy to hear the answer in the usual time.
 */
export async function purgeSite(payload: Payload, reason: string, scope: PurgeScope = {}, options: { attempts?: number; timeoutMs?: number } = {}): Promise<boolean | null> {
  const siteUrl = config.SITE_INTERNAL_URL
  const secret = purgeSecret()
  if (!secret) return null
  const attempts = options.attempts ?? 1
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(new URL('/api/cache/purge', siteUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ reason, ...scope }),
        signal: AbortSignal.timeout(options.timeoutMs ?? PURGE_TIMEOUT_MS),
      })
      if (res.ok) return true
      payload.logger.warn(`Site cache purge answered ${res.status} (${reason}, attempt ${attempt} of ${attempts})`)
    } catch (err) {
      payload.logger.warn(`Site cache purge failed (${reason}, attempt ${attempt} of ${attempts}): ${String(err)}`)
    }
  }
  return false
}

const COALESCE_MS = 100
interface Batch {
  timer: NodeJS.Timeout
  reason: string
  events: Set<number | string>
  pacts: Set<number | string>
  reloadEvents: boolean
  reloadPacts: boolean
}
let pending: Batch | null = null

function scopeOfBatch(batch: Batch): PurgeScope {
  return {
    ...(batch.reloadEvents ? { reloadEvents: true } : { events: [...batch.events] }),
    ...(batch.reloadPacts ? { reloadPacts: true } : { pacts: [...batch.pacts] }),
  }
}

/** Purges in the background, after the current request has finished writing; a burst of writes makes one purge. */
export function requestSitePurge(payload: Payload, reason: string, scope: PurgeScope = {}): void {
  if (!pending) {
    const batch: Batch = {
      reason,
      events: new Set(),
      pacts: new Set(),
      reloadEvents: false,
      reloadPacts: false,
      timer: setTimeout(() => {
        pending = null
        void purgeSite(payload, batch.reason, scopeOfBatch(batch))
      }, COALESCE_MS),
    }
    pending = batch
  }
  for (const id of scope.events ?? []) pending.events.add(id)
  for (const id of scope.pacts ?? []) pending.pacts.add(id)
  if (scope.reloadEvents) pending.reloadEvents = true
  if (scope.reloadPacts) pending.reloadPacts = true
}

/** The distinct ids among relation values (ids or populated documents), for a domain's purge scope. */
export const ids = (...values: unknown[]): Id[] => [...new Set(values.map(idOf).filter((v): v is Id => v !== undefined))]

/**
 * Which indexed documents a change to one of a domain's documents touches: each domain's collection says so
 * with the hooks it gets from `sitePurgeHooks`, so this file knows no domain. With no scope, only pages are purged.
 */
export type PurgeScopeOf = (change: { payload: Payload; doc: Record<string, unknown>; previousDoc?: Record<string, unknown> }) => PurgeScope | Promise<PurgeScope>

type Versioned = { _status?: string | null }

/**
 * The hooks that purge the site when a domain's published document changes, is published, is unpublished or is
 * deleted; drafts of never-published documents leave the site alone.
 */
export function sitePurgeHooks(scopeOf: PurgeScopeOf = () => ({})): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, previousDoc, req, collection }) => {
      if (req.context.skipSitePurge) return doc
      const now = (doc as Versioned)._status
      const before = (previousDoc as Versioned | undefined)?._status
      if (now === 'published' || before === 'published' || now === undefined) {
        requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}`, await scopeOf({ payload: req.payload, doc, previousDoc }))
      }
      return doc
    },
    afterDelete: async ({ doc, req, collection }) => {
      if (!req.context.skipSitePurge) requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}:deleted`, await scopeOf({ payload: req.payload, doc }))
      return doc
    },
  }
}

export const purgeSiteOnGlobalChange: GlobalAfterChangeHook = ({ doc, req, global }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `global:${global.slug}`)
  return doc
}
