import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startSmtpCapture } from './smtp.ts'
import { MEDIA_MAX_BYTES, startTestPortal } from './test-portal.ts'

/** Signing up in the tests comes from one address: a limit high enough for the suite, still finite. */
export const E2E_SIGNUP_RATE_LIMIT = 200

/** Starts a loopback SMTP server and the portal (built when sources changed) once for the whole run. */
export default async function globalSetup() {
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-mail-'))
  const smtp = await startSmtpCapture(mailDir)
  const portal = await startTestPortal('e2e', (line) => console.log(line), {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SIGNUP_RATE_LIMIT: String(E2E_SIGNUP_RATE_LIMIT),
  })
  // Workers start after this returns and inherit these.
  process.env.E2E_CMS_URL = portal.cmsUrl
  process.env.E2E_SITE_URL = portal.siteUrl
  process.env.E2E_DATA_DIR = portal.dataDir
  // What the portal runs with beyond this process's environment, so a test can run the importer against it.
  process.env.E2E_PORTAL_ENV = JSON.stringify(Object.fromEntries(Object.entries(portal.env).filter(([key, value]) => process.env[key] !== value)))
  process.env.E2E_MEDIA_MAX_BYTES = String(MEDIA_MAX_BYTES)
  process.env.E2E_MAIL_DIR = mailDir
  process.env.E2E_SIGNUP_RATE_LIMIT = String(E2E_SIGNUP_RATE_LIMIT)
  return async () => {
    await portal.stop()
    await smtp.stop()
    fs.rmSync(mailDir, { recursive: true, force: true })
  }
}
