import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Migration, type Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  databaseUri: string
  cleanup: () => Promise<void>
}

/** Payload on a fresh temporary SQLite database with every migration applied. */
export async function createTestPayload(): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-int-'))
  const databaseUri = `file:${path.join(dataDir, 'test.db')}`
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = databaseUri
  delete process.env.SITE_URL
  delete process.env.PURGE_SECRET
  // The config reads the environment when it is first imported.
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
