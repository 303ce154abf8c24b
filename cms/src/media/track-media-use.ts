import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Field, Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import { canReferenceMedia, MEDIA_SLUG, mediaIdsIn, neighbourhoodIdsOf } from './media-references.ts'
import { MediaUses, REBUILD_PENDING } from './media-uses.ts'
import { idOf, type Id } from '@quartieri/shared/platform/ids'

type Doc = Record<string, unknown>

const USES = 'media-uses' as const

/** One document's use of one file, as stored in `media-uses`. */
interface Use {
  media: Id
  published: boolean
  neighbourhoods: Id[]
  cityWide: boolean
}

const ownerOf = (collection: string, id: Id) => `${collection}:${id}`
const sameIds = (a: Id[], b: Id[]) => a.length === b.length && a.map(String).sort().join() === b.map(String).sort().join()

/**
 * The files a document uses now: those of its main row (the published version, or the only one of a
 * document never published) and of its latest draft. Only the main row of a published document counts as
 * published; a collection without drafts counts as unpublished, so a file never goes public by mistake.
 */
function usesOf(collection: SanitizedCollectionConfig, main: Doc | null, latest: Doc | null): Use[] {
  const fields = collection.fields as Field[]
  const published =
    main && collection.versions && typeof collection.versions === 'object' && collection.versions.drafts && main._status === 'published' ? mediaIdsIn(fields, main).map(String) : []
  const versions = [main, latest].filter((d): d is Doc => d !== null)
  const neighbourhoods = [...new Map(versions.flatMap((d) => neighbourhoodIdsOf(collection.slug, d)).map((id) => [String(id), id])).values()]
  const media = [...new Map(versions.flatMap((d) => mediaIdsIn(fields, d)).map((id) => [String(id), id])).values()]
  return media.map((id) => ({ media: id, published: published.includes(String(id)), neighbourhoods, cityWide: neighbourhoods.length === 0 }))
}

async function storedUses(payload: Payload, where: Where, req?: PayloadRequest): Promise<Use[]> {
  const { docs } = await payload.find({ collection: USES, where, pagination: false, depth: 0, overrideAccess: true, req })
  return docs.flatMap((row) => {
    const media = idOf(row.media)
    if (media === undefined) return []
    const neighbourhoods = (row.neighbourhoods ?? []).map(idOf).filter((id): id is Id => id !== undefined)
    return [{ media, published: Boolean(row.published), neighbourhoods, cityWide: Boolean(row.cityWide) }]
  })
}

const sameUses = (a: Use[], b: Use[]) => {
  const key = (u: Use) => `${u.media}|${u.published}|${u.cityWide}|${u.neighbourhoods.map(String).sort().join()}`
  return a.map(key).sort().join('\n') === b.map(key).sort().join('\n')
}

/**
 * Works out a file's flags from its uses: public readers see it while a published version uses it;
 * operators change it only within the neighbourhoods of the documents using it.
 */
export async function refreshMediaFlags(payload: Payload, mediaId: Id, req?: PayloadRequest): Promise<void> {
  const media = (await payload.db.findOne({ collection: MEDIA_SLUG, where: { id: { equals: mediaId } }, req })) as Doc | null
  if (!media) return
  const uses = await storedUses(payload, { media: { equals: mediaId } }, req)
  const neighbourhoods = [...new Map(uses.flatMap((u) => u.neighbourhoods).map((id) => [String(id), id])).values()]
  const flags = {
    usedByPublished: uses.some((u) => u.published),
    inUse: uses.length > 0,
    cityWide: uses.some((u) => u.cityWide),
    neighbourhoods,
  }
  const storedNeighbourhoods = ((media.neighbourhoods as unknown[] | undefined) ?? []).map(idOf).filter((id): id is Id => id !== undefined)
  if (
    Boolean(media.usedByPublished) === flags.usedByPublished &&
    Boolean(media.inUse) === flags.inUse &&
    Boolean(media.cityWide) === flags.cityWide &&
    sameIds(storedNeighbourhoods, neighbourhoods)
  )
    return
  // A database write of the flags, skipping the collection's access, hooks and upload handling; the stored
  // document goes with them, as SQLite writes a row with its relationships whole.
  const { id: _id, ...stored } = media
  await payload.db.updateOne({ collection: MEDIA_SLUG, id: mediaId, data: { ...stored, ...flags }, req })
}

/**
 * Records which files a document uses now (main row and latest draft, read back from the database) and,
 * when that changed, refreshes the flags of the files it uses and used before.
 */
export async function recordMediaUse(payload: Payload, collection: SanitizedCollectionConfig, id: Id, req?: PayloadRequest): Promise<void> {
  const owner = ownerOf(collection.slug, id)
  const main = (await payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as Doc | null
  let latest: Doc | null = null
  if (main && collection.versions && typeof collection.versions === 'object' && collection.versions.drafts) {
    const { docs } = await payload.db.findVersions({
      collection: collection.slug,
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      limit: 1,
      pagination: false,
      req,
    })
    latest = (docs[0]?.version as Doc | undefined) ?? null
  }
  const now = usesOf(collection, main, latest)
  const before = await storedUses(payload, { owner: { equals: owner } }, req)
  if (sameUses(before, now)) return
  await payload.delete({ collection: USES, where: { owner: { equals: owner } }, overrideAccess: true, depth: 0, req })
  for (const use of now) {
    await payload.create({
      collection: USES,
      data: { owner, media: use.media as number, published: use.published, neighbourhoods: use.neighbourhoods as number[], cityWide: use.cityWide },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  const touched = new Map([...before, ...now].map((u) => [String(u.media), u.media]))
  for (const mediaId of touched.values()) await refreshMediaFlags(payload, mediaId, req)
}

/** After any save (draft, publish, unpublish, restore) of a document that can use files. */
const recordMediaUseAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await recordMediaUse(req.payload, collection, doc.id as Id, req)
  return doc
}

/** After a document is deleted: its files lose that use. */
const forgetMediaUseAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const owner = ownerOf(collection.slug, id)
  const before = await storedUses(req.payload, { owner: { equals: owner } }, req)
  if (before.length === 0) return
  await req.payload.delete({ collection: USES, where: { owner: { equals: owner } }, overrideAccess: true, depth: 0, req })
  for (const use of before) await refreshMediaFlags(req.payload, use.media, req)
}

/** After a file is deleted: its uses go with it. */
export const forgetDeletedMedia: CollectionAfterDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: USES, where: { media: { equals: id } }, overrideAccess: true, depth: 0, req })
}

/**
 * Every collection whose documents can use a file (an upload or relationship to media, or rich text that
 * embeds one) gets the hooks that keep `media-uses` and the files' flags up to date, first in line so the
 * flags are right before the site is told to refresh; the `media-uses` collection is added to the list.
 */
export function trackMediaUse(collections: CollectionConfig[]): CollectionConfig[] {
  const tracked = collections.map((collection) => {
    if (collection.slug === MEDIA_SLUG || !canReferenceMedia(collection.fields)) return collection
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...hooks,
        afterChange: [recordMediaUseAfterChange, ...(hooks.afterChange ?? [])],
        afterDelete: [forgetMediaUseAfterDelete, ...(hooks.afterDelete ?? [])],
      },
    }
  })
  return [...tracked, MediaUses]
}

/** The collections whose documents can use a file, as configured. */
function trackedCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter((c) => c.slug !== MEDIA_SLUG && c.slug !== USES && canReferenceMedia(c.fields as Field[]))
}

const PAGE = 200

/** Records the uses of every document and refreshes every file's flags: for databases that had files before uses were kept. */
export async function rebuildMediaUses(payload: Payload, req?: PayloadRequest): Promise<void> {
  for (const collection of trackedCollections(payload)) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find({ collection: collection.slug, limit: PAGE, page, sort: 'id', req })
      for (const doc of docs) await recordMediaUse(payload, collection, doc.id as Id, req)
      if (!hasNextPage) break
    }
  }
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find({ collection: MEDIA_SLUG, limit: PAGE, page, sort: 'id', req })
    for (const doc of docs) await refreshMediaFlags(payload, doc.id as Id, req)
    if (!hasNextPage) break
  }
  await payload.delete({ collection: USES, where: { owner: { equals: REBUILD_PENDING } }, overrideAccess: true, depth: 0, req })
}

/** Rebuilds the uses when a migration asked for it (a row owned by REBUILD_PENDING); true when it did. */
export async function rebuildMediaUsesIfPending(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: USES, where: { owner: { equals: REBUILD_PENDING } }, overrideAccess: true })
  if (totalDocs === 0) return false
  await rebuildMediaUses(payload)
  return true
}
