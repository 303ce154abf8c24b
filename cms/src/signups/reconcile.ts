import type { Payload } from 'payload'
import { planRepairs, type Repair, type SignupMail } from '@quartieri/shared/signups/reconcile'
import { holdExpiry } from '@quartieri/shared/signups/seat-rules'
import type { Registration } from '../payload-types.ts'
import { requestSitePurge } from '../platform/cache/purge-site.ts'
import { withActivityLock } from './activity-lock.ts'
import { activityField, activityOfRegistration, loadActivity, type Activity, type ActivityKind } from './activity.ts'
import { claimSeat, deliverMails, HOLD_HOURS, releaseExpiredHolds, seatClaimedFor, type OwedMail } from './service.ts'
import { newToken } from './tokens.ts'
import { idOf } from '@quartieri/shared/platform/ids'

export type RepairCounts = Record<Repair['kind'], number>

export interface ReconcileReport {
  /** Activities whose records were read. */
  checked: number
  /** Holds that had run out, released first (as the expiry job does). */
  expired: number
  repairs: RepairCounts
}

const emptyCounts = (): RepairCounts => ({ 'drop-claim': 0, 'take-held-seat': 0, 'give-seat': 0, promote: 0, 'send-mail': 0, 'forget-mail': 0 })

export const totalRepairs = (report: ReconcileReport) => Object.values(report.repairs).reduce((a, b) => a + b, 0)

/** Every activity that has a seat claim, or a sign-up that holds, waits or is owed a mail. */
async function activitiesToCheck(payload: Payload): Promise<Array<{ kind: ActivityKind; id: number | string }>> {
  const found = new Map<string, { kind: ActivityKind; id: number | string }>()
  const add = (doc: { laboratory?: unknown; event?: unknown }) => {
    const ref = activityOfRegistration(doc)
    if (ref) found.set(`${ref.kind}:${ref.id}`, ref)
  }
  const claims = await payload.find({ collection: 'seat-claims', depth: 0, pagination: false, overrideAccess: true, select: { laboratory: true, event: true } })
  claims.docs.forEach(add)
  const live = await payload.find({
    collection: 'registrations',
    where: { or: [{ status: { in: ['awaiting', 'confirmed', 'waitlisted'] } }, { pendingMail: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { laboratory: true, event: true },
  })
  live.docs.forEach(add)
  return [...found.values()]
}

/** Applies the repairs of one activity, holding its lock; returns the mails owed, to send after. */
async function repairActivity(payload: Payload, activity: Activity, now: Date, mailGraceMs: number, counts: RepairCounts): Promise<{ mails: OwedMail[]; seatsChanged: boolean }> {
  return withActivityLock(activity, async () => {
    const where = { [activityField(activity.kind)]: { equals: activity.id } }
    const registrations = (await payload.find({ collection: 'registrations', where, depth: 0, pagination: false, overrideAccess: true })).docs
    const claims = (await payload.find({ collection: 'seat-claims', where, depth: 0, pagination: false, overrideAccess: true })).docs
    const byId = new Map(registrations.map((r) => [String(r.id), r]))
    const plan = planRepairs({
      capacity: activity.capacity,
      registrations,
      claims: claims.map((c) => ({ id: c.id, seat: c.seat, registration: idOf(c.registration) ?? null })),
    })
    const mails: OwedMail[] = []
    let seatsChanged = false
    // A sign-up written moments ago may still be in the hands of the step writing it (in another CMS instance):
    // leave it, and everyone after it in the queue, to the next round.
    const recent = (id: number | string) => mailGraceMs > 0 && now.getTime() - Date.parse(byId.get(String(id))!.updatedAt) < mailGraceMs
    let queueHeld = false
    for (const repair of plan) {
      if ((repair.kind === 'promote' || repair.kind === 'take-held-seat' || repair.kind === 'give-seat') && (queueHeld || recent(repair.registration))) {
        if (repair.kind === 'promote') queueHeld = true
        continue
      }
      if (repair.kind === 'drop-claim') {
        await payload.delete({ collection: 'seat-claims', id: repair.claim, overrideAccess: true, depth: 0 })
        seatsChanged = true
      } else if (repair.kind === 'give-seat') {
        if (!(await claimSeat(payload, activity, repair.registration))) continue
        seatsChanged = true
      } else if (repair.kind === 'take-held-seat' || repair.kind === 'promote') {
        if (repair.kind === 'promote' && !(await claimSeat(payload, activity, repair.registration))) continue
        mails.push(await seatClaimedFor(payload, activity, byId.get(String(repair.registration))!, repair.status, repair.mail, now))
        seatsChanged = true
      } else {
        // A mail marked moments ago is probably being sent by the step that marked it: leave it to that step.
        const registration = byId.get(String(repair.registration))!
        if (recent(registration.id)) continue
        if (repair.kind === 'forget-mail') {
          await payload.update({ collection: 'registrations', id: registration.id, data: { pendingMail: null }, overrideAccess: true, depth: 0 })
        } else {
          mails.push(await withFreshLinks(payload, activity, registration, repair.mail))
        }
      }
      counts[repair.kind]++
    }
    return { mails, seatsChanged }
  })
}

/** A mail owed and never sent: its links were lost with the process, so it goes with new ones (the old ones stop working). */
async function withFreshLinks(payload: Payload, activity: Activity, registration: Registration, kind: SignupMail): Promise<OwedMail> {
  const confirm = newToken()
  const cancel = newToken()
  const updated = await payload.update({
    collection: 'registrations',
    id: registration.id,
    data: { confirmTokenHash: confirm.hash, cancelTokenHash: cancel.hash, pendingMail: kind },
    overrideAccess: true,
    depth: 0,
  })
  const holdUntil = updated.holdExpiresAt ? new Date(updated.holdExpiresAt) : holdExpiry(new Date(), HOLD_HOURS())
  return { registration: updated, activity, kind, confirm, cancel, holdUntil }
}

/**
 * Brings every activity's sign-ups back to a state the seat rules produce, after a crash between two writes of a
 * step: claims without their sign-up go, a step that stopped after claiming a seat is finished, free seats go to
 * the waitlist in arrival order, and mails still owed are sent. Runs when the CMS starts and every minute after.
 * `mailGraceMs` leaves alone sign-ups written that recently (a step, maybe of another instance, may still be at work on
 * them): the sweep every minute uses it, the run at start does not.
 */
export async function reconcileSignups(payload: Payload, { now = new Date(), mailGraceMs = 0 }: { now?: Date; mailGraceMs?: number } = {}): Promise<ReconcileReport> {
  const expired = await releaseExpiredHolds(payload, undefined, now)
  const counts = emptyCounts()
  const refs = await activitiesToCheck(payload)
  for (const ref of refs) {
    const activity = await loadActivity(payload, ref.kind, ref.id, false)
    if (!activity) continue
    const { mails, seatsChanged } = await repairActivity(payload, activity, now, mailGraceMs, counts)
    await deliverMails(payload, mails, { unlessQueued: true })
    if (seatsChanged) requestSitePurge(payload, `repair:${activity.kind}:${activity.id}`)
  }
  return { checked: refs.length, expired, repairs: counts }
}
