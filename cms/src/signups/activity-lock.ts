import type { ActivityKind } from './activity.ts'

// One map per process, also when Next.js bundles this module into more than one chunk.
const LOCKS = Symbol.for('quartieri.signups.activity-locks')
const store = globalThis as typeof globalThis & { [LOCKS]?: Map<string, Promise<void>> }

/**
 * Runs `work` alone for one activity (laboratory or event) in this process: the steps of its sign-ups
 * (sign up, confirm, cancel, expire, promote, repair) take turns, so each decides on what the previous one
 * wrote. Across processes the database's uniqueness rules still guard the seats.
 */
export async function withActivityLock<T>(activity: { kind: ActivityKind; id: number | string }, work: () => Promise<T>): Promise<T> {
  const locks = store[LOCKS] ?? new Map<string, Promise<void>>()
  store[LOCKS] = locks
  const key = `${activity.kind}:${activity.id}`
  const previous = locks.get(key) ?? Promise.resolve()
  let release!: () => void
  const mine = new Promise<void>((resolve) => (release = resolve))
  const tail = previous.then(() => mine)
  locks.set(key, tail)
  await previous
  try {
    return await work()
  } finally {
    release()
    if (locks.get(key) === tail) locks.delete(key)
  }
}
