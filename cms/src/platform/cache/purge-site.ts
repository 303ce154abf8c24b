import fs from 'node:fs'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'
import { dataDirectory } from '../paths.ts'
import { config } from '../config.ts'

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

type Id = number | string
const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null ? (value as { id: Id }).id : typeof value === 'number' || typeof value === 'string' ? value : undefined
const ids = (...values: unknown[]): Id[] => [...new Set(values.map(idOf).filter((v): v is Id => v !== undefined))]

/**
 * Which indexed documents a change touches. Events and pacts show their neighbourhood's and lab's names,
 * and pacts their signatories': a change to those reloads every one. A pact also shows the pact it renews
 * (and is shown by it), its projects and its indicators.
 */
async function scopeOf(payload: Payload, collection: string, doc: Record<string, unknown>, previousDoc?: Record<string, unknown>): Promise<PurgeScope> {
  switch (collection) {
    case 'events':
      return { events: ids(doc.id) }
    case 'neighbourhoods':
    case 'laboratories':
      return { reloadEvents: true, reloadPacts: true }
    case 'organizations':
      return { reloadPacts: true }
    case 'pacts':
      return { pacts: ids(doc.id, doc.renews, previousDoc?.renews) }
    case 'projects':
      return { pacts: ids(doc.pact, previousDoc?.pact) }
    case 'indicators': {
      const projects = ids(doc.project, previousDoc?.project)
      const found = projects.length
        ? await payload.find({ collection: 'projects', where: { id: { in: projects } }, depth: 0, limit: projects.length, pagination: false, draft: true, overrideAccess: true })
        : { docs: [] }
      return { pacts: ids(doc.pact, previousDoc?.pact, ...found.docs.map((p) => (p as { pact?: unknown }).pact)) }
    }
    default:
      return {}
  }
}

type Versioned = { _status?: string | null }

/** Purges when a published document changes, is published or is unpublished; drafts of never-published documents leave the site alone. */
export const purgeSiteOnPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (req.context.skipSitePurge) return doc
  const now = (doc as Versioned)._status
  const before = (previousDoc as Versioned | undefined)?._status
  if (now === 'published' || before === 'published' || now === undefined) {
    requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}`, await scopeOf(req.payload, collection.slug, doc, previousDoc))
  }
  return doc
}

export const purgeSiteOnDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}:deleted`, await scopeOf(req.payload, collection.slug, doc))
  return doc
}

export const purgeSiteOnGlobalChange: GlobalAfterChangeHook = ({ doc, req, global }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `global:${global.slug}`)
  return doc
}
