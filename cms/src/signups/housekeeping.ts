import type { Payload } from 'payload'
import { anonymiseExpiredSignups } from './privacy.ts'
import { releaseExpiredHolds } from './service.ts'

const HOLD_SWEEP_MS = 60_000
const RETENTION_SWEEP_MS = 6 * 60 * 60_000

/**
 * Scheduled jobs of the running CMS server: expired holds are released every minute (their seats go to
 * the waitlist), and sign-ups past the retention period are anonymised every six hours.
 */
export function startHousekeeping(payload: Payload): void {
  // Only the web server runs them: not the CLI (import, migrate), not the tests, not the build.
  if (!process.env.NEXT_RUNTIME || process.env.NEXT_PHASE === 'phase-production-build' || process.env.QUARTIERI_HOUSEKEEPING === '0') return
  const run = (name: string, job: () => Promise<number>) => () =>
    job()
      .then((count) => count > 0 && payload.logger.info(`${name}: ${count}`))
      .catch((err: unknown) => payload.logger.error({ err, msg: `${name} failed` }))
  setInterval(run('expired holds released', () => releaseExpiredHolds(payload)), HOLD_SWEEP_MS).unref()
  const retention = run('sign-ups anonymised after retention', () => anonymiseExpiredSignups(payload))
  setTimeout(retention, 30_000).unref()
  setInterval(retention, RETENTION_SWEEP_MS).unref()
}
