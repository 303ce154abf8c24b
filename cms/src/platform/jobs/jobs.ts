import type { CollectionConfig, JobsConfig, SanitizedConfig, TaskConfig } from 'payload'
import { hasRole } from '../access/roles.ts'
import { config } from '../config.ts'

/** A task of ours: its input and output are plain objects (the generated job types come from these). */
export type Task = TaskConfig<{ input: object; output: object }>

/** Queues: `default` runs what is due now (mail, scheduled publications), `housekeeping` the periodic sweeps. */
export const QUEUES = { now: 'default', housekeeping: 'housekeeping' } as const

/**
 * Whether this process runs the jobs: the web server only (not the command-line tools, the tests' own
 * Payload or the build), and only where QUARTIERI_HOUSEKEEPING is on, so that of several instances one runs them.
 */
export function jobsRunHere(): boolean {
  return Boolean(config.NEXT_RUNTIME) && config.NEXT_PHASE !== 'phase-production-build' && config.QUARTIERI_HOUSEKEEPING
}

/**
 * Payload's jobs queue. Work is written to the database as a job and run by the instance that runs jobs:
 * due jobs every two seconds (a scheduled publication shows on the site within seconds of its time, a mail
 * leaves right after the step that owes it), periodic ones on their own schedule. Queuing and running by hand
 * are for administrators; Payload's scheduled publishing queues its jobs itself, for those who may publish.
 */
export function jobsConfig(tasks: Task[]): JobsConfig {
  const admins = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as never, 'admin')
  return {
    tasks: tasks as JobsConfig['tasks'],
    autoRun: [
      { cron: '*/2 * * * * *', queue: QUEUES.now, limit: 20, silent: { info: true } },
      { cron: '*/20 * * * * *', queue: QUEUES.housekeeping, limit: 5, silent: { info: true } },
    ],
    shouldAutoRun: () => jobsRunHere(),
    deleteJobOnComplete: true,
    // Tasks may keep related jobs apart (one person's mails one at a time).
    enableConcurrencyControl: true,
    access: { queue: admins, run: admins, cancel: admins },
  }
}

/**
 * Payload adds a global of job statistics once a task has a schedule, open to every signed-in user; only the
 * job system writes it, so no one may change it and only administrators may read it.
 */
export function closeJobStats(sanitized: SanitizedConfig): SanitizedConfig {
  for (const global of sanitized.globals) {
    if ((global.slug as string) !== 'payload-jobs-stats') continue
    global.access = {
      ...global.access,
      read: ({ req }) => hasRole(req.user, 'admin'),
      readVersions: () => false,
      update: () => false,
    }
  }
  return sanitized
}

/**
 * Payload's scheduled publishing on every collection with drafts: those who may publish pick a date to publish
 * or unpublish, the jobs queue does it then (as them, so the access matrix still decides) and the site is told.
 */
export function withScheduledPublishing(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const versions = collection.versions
    if (!versions || typeof versions !== 'object' || !versions.drafts) return collection
    const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
    // To the minute, in 24-hour time, as Italian offices write it.
    return { ...collection, versions: { ...versions, drafts: { ...drafts, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 } } } }
  })
}
