import type { CollectionBeforeChangeHook, CollectionConfig, Endpoint, Payload, PayloadRequest, Where } from 'payload'
import { isPermalinkCollection, PACT_CODE_PATTERN, PERMALINK_COLLECTIONS, type PermalinkCollection } from '@quartieri/shared/platform/permalinks'
import { isSlug } from '@quartieri/shared/platform/slug'

const HISTORY = 'slug-history' as const

/** Remembers that `slug` of `collection` now leads to `document` (a slug used before by another document moves to this one). */
async function remember(payload: Payload, collection: PermalinkCollection, slug: string, document: string, req: PayloadRequest): Promise<void> {
  const where: Where = { and: [{ collection: { equals: collection } }, { slug: { equals: slug } }] }
  const existing = await payload.find({ collection: HISTORY, where, limit: 1, depth: 0, overrideAccess: true, req })
  const found = existing.docs[0]
  if (found) {
    if (found.document !== document) await payload.update({ collection: HISTORY, id: found.id, data: { document }, overrideAccess: true, depth: 0, req })
    return
  }
  await payload.create({ collection: HISTORY, data: { collection, slug, document }, overrideAccess: true, depth: 0, req })
}

/**
 * Before a change that the public will see (a publication, or any save of a collection without drafts), the slug
 * the public sees now is remembered when the change gives the document another one. Drafts never reach it: the
 * public version is read as the public has it, and only a publication replaces it.
 */
function rememberReplacedSlug(collection: PermalinkCollection): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req, collection: config }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    const drafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
    if (drafts && data._status !== 'published') return data
    const nextSlug = 'slug' in data ? data.slug : originalDoc.slug
    const live = drafts
      ? ((await req.payload.findByID({ collection, id: originalDoc.id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })) as {
          slug?: unknown
          _status?: unknown
        } | null)
      : (originalDoc as { slug?: unknown; _status?: unknown })
    if (!live || (drafts && live._status !== 'published')) return data
    if (typeof live.slug === 'string' && live.slug && live.slug !== nextSlug) await remember(req.payload, collection, live.slug, String(originalDoc.id), req)
    return data
  }
}

/** The collections of the site's document pages, each with the hook that keeps its former slugs. */
export function keepFormerSlugs(collections: CollectionConfig[]): CollectionConfig[] {
  return [
    ...collections.map((collection) =>
      isPermalinkCollection(collection.slug)
        ? { ...collection, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberReplacedSlug(collection.slug)] } }
        : collection,
    ),
    SlugHistory,
  ]
}

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** The published document of `collection` that `where` finds, as the public sees it (drafts and unpublished ones never). */
async function publicSlug(payload: Payload, collection: PermalinkCollection, where: Record<string, unknown>): Promise<string | null> {
  const found = await payload.find({ collection, where: where as never, depth: 0, limit: 1, overrideAccess: false, select: { slug: true } as never })
  const slug = (found.docs[0] as { slug?: unknown } | undefined)?.slug
  return typeof slug === 'string' && slug ? slug : null
}

/**
 * GET /api/slug-history/resolve?collection=pacts&name=… — the current slug of the published document that a former
 * slug (or, for pacts, a code) names: `{ slug }`, or `{ slug: null }` when none does. Public: it tells only what a
 * 301 to a public page tells. A malformed question is a 400 in both languages.
 */
export const resolveEndpoint: Endpoint = {
  path: '/resolve',
  method: 'get',
  handler: async (req) => {
    const collection = req.searchParams.get('collection')
    const name = req.searchParams.get('name') ?? ''
    if (!isPermalinkCollection(collection)) return json(400, { error: 'Raccolta non valida / invalid collection' })
    const slug = isSlug(name) ? name : null
    const code = collection === 'pacts' && PACT_CODE_PATTERN.test(name) ? name : null
    if (slug === null && code === null) return json(400, { error: 'Indirizzo non valido / invalid address' })
    if (slug !== null) {
      const former = await req.payload.find({
        collection: HISTORY,
        where: { and: [{ collection: { equals: collection } }, { slug: { equals: slug } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const document = former.docs[0]?.document
      const current = document ? await publicSlug(req.payload, collection, { id: { equals: document } }) : null
      if (current !== null && current !== slug) return json(200, { slug: current })
    }
    // A pact's code names it too (/patti/PC-2024-002).
    const current = code !== null ? await publicSlug(req.payload, 'pacts', { code: { equals: code } }) : null
    return json(200, { slug: current !== null && current !== name ? current : null })
  },
}

/**
 * Every slug a document was published with and no longer has: (collection, slug) → document. Written by the hook
 * below when a publication replaces a public slug, read by the resolve endpoint. System data: no one reads or
 * writes it through the API; the public sees it as redirects to published documents only, and a pact's slug
 * changes in its public history.
 */
export const SlugHistory: CollectionConfig = {
  slug: HISTORY,
  labels: { singular: { it: 'Indirizzo precedente', en: 'Former address' }, plural: { it: 'Indirizzi precedenti', en: 'Former addresses' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['collection', 'slug'], unique: true }],
  endpoints: [resolveEndpoint],
  fields: [
    { name: 'collection', type: 'select', required: true, options: [...PERMALINK_COLLECTIONS] },
    { name: 'slug', type: 'text', required: true, index: true },
    // The document's id, as text (numbers on SQLite, object ids on MongoDB).
    { name: 'document', type: 'text', required: true, index: true },
  ],
}
