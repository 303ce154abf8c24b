import type { Access, PayloadRequest, Where } from 'payload'
import { assignedNeighbourhoodIds, hasRole } from '../platform/access/roles.ts'
import { MEDIA_SLUG } from './media-references.ts'
import { idKey } from '@quartieri/shared/platform/ids'

type MaybeUser = PayloadRequest['user']

/** What the rules below read of a file: the flags kept by track-media-use.ts and who uploaded it. */
export interface MediaScope {
  inUse?: boolean | null
  cityWide?: boolean | null
  neighbourhoods?: unknown[] | null
  createdBy?: unknown
}

/** The files anyone may read: those a published document uses, and those staff marked public. */
export const publicMediaQuery: Where = { or: [{ public: { equals: true } }, { usedByPublished: { equals: true } }] }

/** Staff read every file (and its sizes, through /api/media/file/…); everyone else the public ones only. */
export const readMedia: Access = ({ req }) => (hasRole(req.user, 'admin', 'editor', 'operator') ? true : publicMediaQuery)

const uploadedBy = (user: MaybeUser, media: MediaScope) => user != null && idKey(media.createdBy) === String(user.id)

/**
 * May this user change (metadata, alt text, the file itself) this file? Editors and admins any; an
 * operator one whose every using document belongs only to their neighbourhoods, or one no document uses
 * that they uploaded; nobody else.
 */
export function mayUpdateMedia(user: MaybeUser, media: MediaScope): boolean {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'operator')) return false
  if (!media.inUse) return uploadedBy(user, media)
  if (media.cityWide) return false
  const own = assignedNeighbourhoodIds(user).map(String)
  const used = (media.neighbourhoods ?? []).map(idKey)
  return used.length > 0 && used.every((id) => id !== undefined && own.includes(id))
}

/**
 * May this user delete this file? Editors and admins any; an operator only one no document uses that they
 * uploaded (deleting a file in use would change documents, published ones too, without an editor's review).
 */
export function mayDeleteMedia(user: MaybeUser, media: MediaScope): boolean {
  if (hasRole(user, 'admin', 'editor')) return true
  return hasRole(user, 'operator') && !media.inUse && uploadedBy(user, media)
}

/**
 * A Payload access function from a rule over (user, file): with a document id (a save or delete of one
 * file) the answer for that file, hence a 403 when refused; without one (bulk writes, the admin's
 * permissions) a query naming the files the operator may change.
 */
export function mediaRuleAccess(rule: (user: MaybeUser, media: MediaScope) => boolean): Access {
  return async ({ req, id }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!hasRole(req.user, 'operator') || !req.user) return false
    if (id !== undefined && id !== null) {
      const media = await req.payload.db.findOne({ collection: MEDIA_SLUG, where: { id: { equals: id } }, req })
      return media ? rule(req.user, media as MediaScope) : false
    }
    const own = assignedNeighbourhoodIds(req.user)
    const candidates = await req.payload.db.find({
      collection: MEDIA_SLUG,
      where: { or: [...(own.length ? [{ neighbourhoods: { in: own } }] : []), { createdBy: { equals: req.user.id } }] },
      pagination: false,
      limit: 0,
      req,
    })
    const ids = candidates.docs.filter((media) => rule(req.user, media as MediaScope)).map((media) => media.id)
    return ids.length > 0 ? { id: { in: ids } } : false
  }
}

/** Update access of media: mayUpdateMedia. */
export const updateMedia: Access = mediaRuleAccess(mayUpdateMedia)

/** Delete access of media: mayDeleteMedia. */
export const deleteMedia: Access = mediaRuleAccess(mayDeleteMedia)
