import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Migration, type Payload } from 'payload'
import type { Env } from '@quartieri/shared/platform/env-schema'
import { loadConfig } from '../config.ts'

export interface TestPayload {
  payload: Payload
  dataDir: string
  databaseUri: string
  cleanup: () => Promise<void>
}

/**
 * Payload on a fresh temporary SQLite database with every migration applied; `settings` are environment
 * variables on top of this process's (see loadConfig), e.g. a small rate limit.
 */
export async function createTestPayload(settings: Env = {}): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-int-'))
  const databaseUri = `file:${path.join(dataDir, 'test.db')}`
  // No site to purge: no SITE_URL, no PURGE_SECRET.
  loadConfig({ DATA_DIR: dataDir, DATABASE_URI: databaseUri, SITE_URL: undefined, PURGE_SECRET: undefined, ...settings })
  // Payload's config and the modules it imports read the configuration when they are first imported.
  const { default: config } = await import('../../payload.config.ts')
  const payload = await getPayload({ config })
  // Passed in, not read from disk: the committed migrations, as vitest compiles them.
  const { migrations } = await import('../../migrations/index.ts')
  // The generated files type their arguments for the SQLite adapter specifically.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  return {
    payload,
    dataDir,
    databaseUri,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
