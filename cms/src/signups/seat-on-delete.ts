import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'
import { requestSitePurge } from '../site-cache/purge-site.ts'
import { activityOfRegistration, loadActivity } from './activity.ts'
import { promoteWaitlist } from './service.ts'

/** A deleted sign-up gives its seat back first: a seat claim never outlives its person. */
export const releaseSeatBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'seat-claims', where: { registration: { equals: id } }, overrideAccess: true, req })
}

/** ...and the seat goes to the first person waiting, as after a cancellation. */
export const promoteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ref = activityOfRegistration(doc)
  const activity = ref ? await loadActivity(req.payload, ref.kind, ref.id, false) : null
  if (!activity) return doc
  await promoteWaitlist(req.payload, activity)
  requestSitePurge(req.payload, `delete:${activity.kind}:${activity.id}`)
  return doc
}
