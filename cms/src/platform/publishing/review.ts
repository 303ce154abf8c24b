import type { CollectionBeforeChangeHook, CollectionConfig, Endpoint, Field, Payload, PayloadRequest, TypedUser } from 'payload'
import { actorOf, mayOnDocument } from '../access/apply-access-matrix.ts'
import { scopeOf } from '../access/matrix.ts'
import { isStaffField } from '../access/is-staff.ts'
import { isDocumentId } from '../http/document-ids.ts'
import { jsonObjectBody } from '../http/json-body.ts'

export const REVIEW_STATES = ['none', 'requested', 'returned'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

type Message = { it: string; en: string }

const MESSAGES = {
  'signed-out': { it: 'Accedi per continuare.', en: 'Sign in to continue.' },
  'not-found': { it: 'Documento non trovato.', en: 'Document not found.' },
  forbidden: { it: 'Non puoi chiedere la revisione di questo documento.', en: 'You may not ask for a review of this document.' },
  'not-editor': { it: 'Solo la redazione e gli amministratori rimandano una bozza.', en: 'Only editors and administrators send a draft back.' },
  'nothing-to-review': {
    it: 'Non ci sono modifiche da rivedere: salva prima la bozza con le modifiche.',
    en: 'There are no changes to review: save the draft with your changes first.',
  },
  'note-missing': { it: 'Scrivi una nota per chi ha preparato la bozza (da 3 a 1000 caratteri).', en: 'Write a note for whoever prepared the draft (3 to 1000 characters).' },
  'note-too-long': { it: 'La nota può avere al massimo 1000 caratteri.', en: 'The note may have at most 1000 characters.' },
  'bad-request': { it: 'Richiesta non valida.', en: 'Invalid request.' },
  requested: { it: 'Bozza inviata in revisione: la redazione la troverà nella sua bacheca.', en: 'Draft sent for review: editors will find it on their dashboard.' },
  returned: { it: 'Bozza rimandata con la tua nota.', en: 'Draft sent back with your note.' },
} satisfies Record<string, Message>

const answer = (status: number, code: keyof typeof MESSAGES) =>
  Response.json({ ok: status < 400, code, message: MESSAGES[code] }, { status, headers: { 'cache-control': 'no-store' } })

/** Where a draft is in its review; staff only (never in the public API), changed through the review endpoints. */
const reviewField: Field = {
  name: 'review',
  type: 'group',
  label: { it: 'Revisione', en: 'Review' },
  access: { read: isStaffField },
  admin: { position: 'sidebar', components: { Field: '/src/platform/publishing/review-controls#ReviewControls' } },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'none',
      options: [
        { value: 'none', label: { it: 'Nessuna', en: 'None' } },
        { value: 'requested', label: { it: 'Da rivedere', en: 'To review' } },
        { value: 'returned', label: { it: 'Rimandata', en: 'Sent back' } },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 1000 },
    { name: 'by', type: 'relationship', relationTo: 'users' },
    { name: 'at', type: 'date' },
  ],
}

/** A publication ends the review: what was asked is now public. */
const clearOnPublish: CollectionBeforeChangeHook = ({ data }) => {
  if (data?._status === 'published') data.review = { state: 'none', note: null, by: null, at: null }
  return data
}

const hasDrafts = (collection: CollectionConfig) => Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** The review of drafts on every collection with drafts: the state in the sidebar, cleared when the draft is published. */
export function withReview(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          fields: [...collection.fields, reviewField],
          hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), clearOnPublish] },
        }
      : collection,
  )
}

/** The collections whose drafts are reviewed (those with drafts), as the endpoints and the dashboard see them. */
export function reviewedCollections(payload: Payload): string[] {
  return payload.config.collections.filter((c) => c.versions && typeof c.versions === 'object' && c.versions.drafts).map((c) => c.slug)
}

/** The newest version of a document (its draft when there is one), as staff edit it. */
async function latestOf(payload: Payload, collection: string, id: string) {
  const doc = await payload.findByID({ collection: collection as 'laboratories', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  return doc as (Record<string, unknown> & { id: number | string; _status?: string }) | null
}

/** The document `/api/review/:collection/:id/…` names, in its newest version; null when there is none to review. */
async function documentOfRoute(req: PayloadRequest) {
  const collection = String(req.routeParams?.collection ?? '')
  const id = String(req.routeParams?.id ?? '')
  if (!reviewedCollections(req.payload).includes(collection) || !isDocumentId(req.payload, collection, id)) return null
  const doc = await latestOf(req.payload, collection, id)
  return doc ? { collection, id, doc } : null
}

function reviewEndpoint(action: 'request' | 'return'): Endpoint {
  return {
    path: `/review/:collection/:id/${action}`,
    method: 'post',
    handler: async (req) => {
      if (!req.user) return answer(401, 'signed-out')
      const found = await documentOfRoute(req)
      if (!found) return answer(404, 'not-found')
      const { collection, id, doc } = found
      const body = await jsonObjectBody(req)
      if (!body) return answer(400, 'bad-request')
      const note = typeof body.note === 'string' ? body.note.trim() : ''
      if (note.length > 1000) return answer(400, 'note-too-long')
      if (action === 'request') {
        if (!mayOnDocument(collection, 'update', req.user, doc)) return answer(403, 'forbidden')
        if (doc._status === 'published') return answer(409, 'nothing-to-review')
      } else {
        if (scopeOf(collection, 'publish', actorOf(req.user)) === 'none') return answer(403, 'not-editor')
        if (note.length < 3) return answer(400, 'note-missing')
      }
      // As the staff member, saved as a draft: the access matrix decides as for any save, and nothing public changes.
      await req.payload.update({
        collection: collection as 'laboratories',
        id,
        draft: true,
        data: { review: { state: action === 'request' ? 'requested' : 'returned', note: note || null, by: req.user.id as number, at: new Date().toISOString() } },
        depth: 0,
        overrideAccess: false,
        user: req.user as TypedUser,
      })
      req.payload.logger.info({ msg: `Review ${action === 'request' ? 'requested' : 'sent back'}: ${collection} ${id}`, user: req.user.id })
      return answer(200, action === 'request' ? 'requested' : 'returned')
    },
  }
}

/**
 * GET /api/review/:collection/:id/scheduled: the publications and withdrawals scheduled for a document, for staff who
 * may edit it, so the document says what will happen to it and when.
 */
const scheduledEndpoint: Endpoint = {
  path: '/review/:collection/:id/scheduled',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return answer(401, 'signed-out')
    const found = await documentOfRoute(req)
    if (!found) return answer(404, 'not-found')
    const { collection, id, doc } = found
    if (!mayOnDocument(collection, 'update', req.user, doc)) return answer(403, 'forbidden')
    const jobs = await req.payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { waitUntil: { greater_than: new Date().toISOString() } }] },
      sort: 'waitUntil',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const scheduled = jobs.docs
      .map((job) => ({ input: (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: unknown } }, at: job.waitUntil }))
      .filter(({ input }) => input.doc?.relationTo === collection && String(input.doc?.value) === id)
      .map(({ input, at }) => ({ type: input.type === 'unpublish' ? 'unpublish' : 'publish', at }))
    return Response.json({ scheduled }, { headers: { 'cache-control': 'no-store' } })
  },
}

/** POST /api/review/:collection/:id/request {note?} (who may edit the draft) and …/return {note} (who may publish it); GET …/scheduled. */
export const REVIEW_ENDPOINTS: Endpoint[] = [reviewEndpoint('request'), reviewEndpoint('return'), scheduledEndpoint]
