import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startPortal } from '../../cms/scripts/portal.mjs'
import { freePort } from './free-port.ts'

/** A small upload limit, so the size check can be exercised with a small file. */
export const MEDIA_MAX_BYTES = 2 * 1024 * 1024

export const ADMIN = { email: 'admin@quartieri.test', password: 'e2e-admin-password-123' }

/**
 * The whole portal on free ports with a fresh SQLite database, demo data loaded: for tests and benchmarks.
 * `restartCms` keeps the CMS running as `npm start` does (started again, with backoff, when it dies).
 */
export async function startTestPortal(label: string, log: (line: string) => void = () => {}, env: Record<string, string> = {}, options: { restartCms?: boolean } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `quartieri-${label}-`))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const portal = await startPortal({
    cmsPort,
    sitePort,
    dataDir,
    log,
    restartCms: options.restartCms,
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      PAYLOAD_SECRET: 'e2e-secret-not-for-production',
      HOST: '127.0.0.1',
      MEDIA_MAX_BYTES: String(MEDIA_MAX_BYTES),
      ...env,
    },
  })
  return {
    ...portal,
    dataDir,
    stop: async () => {
      await portal.stop()
      if (!process.env.KEEP_TEST_DATA) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
