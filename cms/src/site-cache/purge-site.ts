import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload } from 'payload'

const PURGE_TIMEOUT_MS = 3_000

/**
 * Asks the public site to drop its cache. Runs detached from the request, so a slow or absent
 * site never fails a save; the site keeps entries short-lived right after a purge to cover a read racing the commit.
 */
export function requestSitePurge(payload: Payload, reason: string): void {
  const siteUrl = process.env.SITE_INTERNAL_URL ?? process.env.SITE_URL
  const secret = process.env.PURGE_SECRET
  if (!siteUrl || !secret) return
  setTimeout(() => {
    fetch(new URL('/api/cache/purge', siteUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason }),
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    })
      .then((res) => {
        if (!res.ok) payload.logger.warn(`Site cache purge answered ${res.status} (${reason})`)
      })
      .catch((err: unknown) => payload.logger.warn(`Site cache purge failed (${reason}): ${String(err)}`))
  }, 0)
}

type Versioned = { _status?: string | null }

/** Purges when a published document changes, is published or is unpublished; drafts of never-published documents leave the site alone. */
export const purgeSiteOnPublish: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  if (req.context.skipSitePurge) return doc
  const now = (doc as Versioned)._status
  const before = (previousDoc as Versioned | undefined)?._status
  if (now === 'published' || before === 'published' || now === undefined) {
    requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}`)
  }
  return doc
}

export const purgeSiteOnDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `${collection.slug}:${String(doc.id)}:deleted`)
  return doc
}

export const purgeSiteOnGlobalChange: GlobalAfterChangeHook = ({ doc, req, global }) => {
  if (!req.context.skipSitePurge) requestSitePurge(req.payload, `global:${global.slug}`)
  return doc
}
