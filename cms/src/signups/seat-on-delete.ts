import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'
import { requestSitePurge } from '../platform/cache/purge-site.ts'
import { withActivityLock } from './activity-lock.ts'
import { activityOfRegistration, loadActivity } from './activity.ts'
import { promoteWaitlist } from './service.ts'

/**
 * A deleted sign-up gives its seat back first: a seat claim never outlives its person. It is marked cancelled
 * before its seat goes, so a crash before the deletion ends leaves a cancelled sign-up, never a seat holder
 * without a seat; the reconciler then passes the seat on.
 */
export const releaseSeatBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const registration = await req.payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  const ref = registration ? activityOfRegistration(registration) : null
  const release = async () => {
    if (registration && registration.status !== 'cancelled' && registration.status !== 'expired') {
      await req.payload.update({
        collection: 'registrations',
        id,
        data: { status: 'cancelled', holdExpiresAt: null, dedupeKey: `cancelled:${id}`, pendingMail: null },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    await req.payload.delete({ collection: 'seat-claims', where: { registration: { equals: id } }, overrideAccess: true, req })
  }
  await (ref ? withActivityLock(ref, release) : release())
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
