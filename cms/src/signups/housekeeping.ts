import type { Payload } from 'payload'
import { config } from '../platform/config.ts'
import { applyRetention } from './privacy.ts'
import { reconcileSignups, totalRepairs, type ReconcileReport } from './reconcile.ts'

const HOLD_SWEEP_MS = 60_000
const RETENTION_SWEEP_MS = 6 * 60 * 60_000
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
 * Scheduled jobs of the running CMS server. At start, before the first request is answered, the sign-ups are
 * reconciled with the seat rules (a crash may have stopped a step between two writes); then every minute
 * expired holds are released (their seats go to the waitlist) and the reconciliation runs again; sign-ups past
 * their retention periods (after the activity, after a cancellation, after an open lab's last meeting) are
 * anonymised every six hours.
 */
export async function startHousekeeping(payload: Payload): Promise<void> {
  // Only the web server runs them: not the CLI (import, migrate), not the tests, not the build.
  if (!config.NEXT_RUNTIME || config.NEXT_PHASE === 'phase-production-build' || !config.QUARTIERI_HOUSEKEEPING) return
  try {
    const report = await reconcileSignups(payload)
    payload.logger.info(`Iscrizioni riconciliate all'avvio / sign-ups reconciled at start: ${describe(report)}`)
  } catch (err) {
    payload.logger.error({ err, msg: 'Riconciliazione delle iscrizioni non riuscita / sign-up reconciliation failed' })
  }
  const run = (name: string, job: () => Promise<number>) => () =>
    job()
      .then((count) => count > 0 && payload.logger.info(`${name}: ${count}`))
      .catch((err: unknown) => payload.logger.error({ err, msg: `${name} failed` }))
  setInterval(
    () =>
      reconcileSignups(payload, { mailGraceMs: MAIL_GRACE_MS })
        .then((report) => (report.expired > 0 || totalRepairs(report) > 0) && payload.logger.info(`sign-up housekeeping: ${describe(report)}`))
        .catch((err: unknown) => payload.logger.error({ err, msg: 'sign-up housekeeping failed' })),
    HOLD_SWEEP_MS,
  ).unref()
  const retention = run('sign-ups anonymised after retention', () => applyRetention(payload))
  setTimeout(retention, 30_000).unref()
  setInterval(retention, RETENTION_SWEEP_MS).unref()
}
