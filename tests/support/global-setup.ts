import { MEDIA_MAX_BYTES, startTestPortal } from './test-portal.ts'

/** Builds (when sources changed) and starts the portal once for the whole end-to-end run. */
export default async function globalSetup() {
  const portal = await startTestPortal('e2e', (line) => console.log(line))
  // Workers start after this returns and inherit these.
  process.env.E2E_CMS_URL = portal.cmsUrl
  process.env.E2E_SITE_URL = portal.siteUrl
  process.env.E2E_DATA_DIR = portal.dataDir
  process.env.E2E_MEDIA_MAX_BYTES = String(MEDIA_MAX_BYTES)
  return async () => {
    await portal.stop()
  }
}
