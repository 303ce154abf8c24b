import type { Payload } from 'payload'
import type { Task } from '../platform/jobs/jobs.ts'
import { jobsRunHere, QUEUES } from '../platform/jobs/jobs.ts'
import type { Registration } from '../payload-types.ts'
import { activityOfRegistration, loadActivity } from './activity.ts'
import { JOB_MAILS, sendSignupMail, type JobMail } from './mails.ts'
import { applyRetention } from './privacy.ts'
import { reconcileSignups, totalRepairs, type ReconcileReport } from './reconcile.ts'
import { owedMailKey, sendOwedMail } from './service.ts'
import { SIGNUP_MAILS, type SignupMail } from '@quartieri/shared/signups/reconcile'

/** In the minute sweep, a mail marked as owed less than this long ago is left to the step sending it. */
const MAIL_GRACE_MS = 60_000

const describe = (report: ReconcileReport) =>
  `${report.expired} holds expired, ${
    Object.entries(report.repairs)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ') || 'no repairs'
  } (${report.checked} activities checked)`

/**
 * At start, before the first request is answered, the sign-ups are reconciled with the seat rules (a crash may
 * have stopped a step between two writes). The periodic work is on the jobs queue (SIGNUP_TASKS).
 */
export async function startHousekeeping(payload: Payload): Promise<void> {
  if (!jobsRunHere()) return
  try {
    const report = await reconcileSignups(payload)
    payload.logger.info(`Iscrizioni riconciliate all'avvio / sign-ups reconciled at start: ${describe(report)}`)
  } catch (err) {
    payload.logger.error({ err, msg: 'Riconciliazione delle iscrizioni non riuscita / sign-up reconciliation failed' })
  }
}

/**
 * The sign-ups' jobs: every minute expired holds are released (their seats go to the waitlist) and the
 * reconciliation runs again; every six hours sign-ups past their retention periods are anonymised; and every mail
 * of a sign-up is sent, retried when the mail server refuses it.
 */
export const SIGNUP_TASKS: Task[] = [
  {
    slug: 'signup-housekeeping',
    label: 'Iscrizioni: posti scaduti e riconciliazione',
    schedule: [{ cron: '0 * * * * *', queue: QUEUES.housekeeping }],
    retries: 0,
    handler: async ({ req }) => {
      const report = await reconcileSignups(req.payload, { mailGraceMs: MAIL_GRACE_MS })
      if (report.expired > 0 || totalRepairs(report) > 0) req.payload.logger.info(`sign-up housekeeping: ${describe(report)}`)
      return { output: { expired: report.expired, repairs: totalRepairs(report) } }
    },
  },
  {
    slug: 'signup-retention',
    label: 'Iscrizioni: cancellazione dei dati dopo i tempi di conservazione',
    schedule: [{ cron: '0 10 */6 * * *', queue: QUEUES.housekeeping }],
    retries: 0,
    handler: async ({ req }) => {
      const anonymised = await applyRetention(req.payload)
      if (anonymised > 0) req.payload.logger.info(`sign-ups anonymised after retention: ${anonymised}`)
      return { output: { anonymised } }
    },
  },
  {
    slug: 'signup-owed-mail',
    label: 'Iscrizioni: e-mail dovuta alla persona (conferma, lista d’attesa, posto liberato)',
    inputSchema: [
      { name: 'registration', type: 'number', required: true },
      { name: 'kind', type: 'select', options: [...SIGNUP_MAILS], required: true },
    ],
    // One person's mails one at a time, in the order they were owed.
    concurrency: { key: ({ input }) => owedMailKey((input as { registration: number }).registration), exclusive: true },
    retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
    handler: async ({ input, req }) => {
      const { registration, kind } = input as { registration: number; kind: SignupMail }
      return { output: { outcome: await sendOwedMail(req.payload, registration, kind) } }
    },
  },
  {
    slug: 'signup-mail',
    label: 'Iscrizioni: e-mail alla persona',
    inputSchema: [
      { name: 'registration', type: 'number', required: true },
      { name: 'kind', type: 'select', options: [...JOB_MAILS], required: true },
    ],
    retries: { attempts: 8, backoff: { type: 'exponential', delay: 15_000 } },
    handler: async ({ input, req }) => {
      const { registration: id, kind } = input as { registration: number; kind: JobMail }
      const registration = (await req.payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, disableErrors: true })) as Registration | null
      // Erased, or no longer in the state the mail tells of: nothing to say any more.
      if (!registration?.email || (kind === 'confirmed' && registration.status !== 'confirmed') || (kind === 'cancelled-by-staff' && registration.status !== 'cancelled'))
        return { output: { sent: false } }
      const ref = activityOfRegistration(registration)
      const activity = ref ? await loadActivity(req.payload, ref.kind, ref.id, false) : null
      if (!activity) return { output: { sent: false } }
      const sent = await sendSignupMail(req.payload, kind, {
        registration,
        activity,
        confirmToken: '',
        cancelToken: '',
        holdUntil: new Date(),
        reason: registration.cancellation?.reason ?? undefined,
      })
      // Thrown, so that the queue tries again later.
      if (!sent) throw new Error(`the ${kind} mail of sign-up ${id} could not be sent`)
      return { output: { sent: true } }
    },
  },
]
