import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

/** The test portal's SQLite file, for the few things no role may do through the CMS (time passing). */
function portalDatabase() {
  const dataDir = process.env.E2E_DATA_DIR
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set: the e2e global setup starts the portal')
  return new DatabaseSync(path.join(dataDir, 'quartieri.db'), { timeout: 10_000 })
}

/** Moves a sign-up's seat hold to `until`, as the clock reaching it would. */
export function ageHold(registrationId: number | string, until: string) {
  const db = portalDatabase()
  try {
    const { changes } = db.prepare('UPDATE registrations SET hold_expires_at = ? WHERE id = ?').run(until, Number(registrationId))
    if (changes !== 1) throw new Error(`no sign-up ${registrationId} in the portal's database`)
  } finally {
    db.close()
  }
}
