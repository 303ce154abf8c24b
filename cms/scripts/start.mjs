// `npm start`: the portal with demo data on the embedded database, until Ctrl-C.
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../src/platform/config.ts'
import { checkPortalConfig, ROOT, startPortal } from './portal.mjs'

const envFile = path.join(ROOT, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

/** Every setting of both servers, validated before anything else: bad ones stop the start here, each named. */
function configOrExit() {
  try {
    return checkPortalConfig().cms
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    console.error(err.message)
    process.exit(1)
  }
}
const config = configOrExit()
const DEFAULT_ADMIN_PASSWORD = 'quartieri-demo'

try {
  const portal = await startPortal({ cmsPort: config.CMS_PORT, sitePort: config.SITE_PORT, restartCms: true })
  const email = config.ADMIN_EMAIL
  const password = config.ADMIN_PASSWORD === DEFAULT_ADMIN_PASSWORD ? DEFAULT_ADMIN_PASSWORD : '(ADMIN_PASSWORD)'
  console.log(`
Quartieri è pronto / is ready
  Sito pubblico / public site:  ${portal.env.SITE_URL}
  Amministrazione / admin:      ${portal.env.CMS_PUBLIC_URL}/admin
  Accesso / login:              ${email} / ${password}
${config.SMTP_HOST ? '' : `  Posta dimostrativa / demo mail: ${portal.env.CMS_PUBLIC_URL}/mailbox\n`}  Log: ${path.relative(ROOT, path.join(portal.env.DATA_DIR, 'cms.log'))}, ${path.relative(ROOT, path.join(portal.env.DATA_DIR, 'site.log'))}
Ctrl-C per fermare / to stop.`)
  let stopping = false
  const shutdown = async (code) => {
    if (stopping) return
    stopping = true
    console.log('\nArresto in corso / stopping…')
    await portal.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))
  // A CMS that dies is started again by the portal (with backoff) while the site keeps serving; a site that dies stops everything.
  portal.site.on('exit', (code) => {
    if (!stopping) {
      console.error(`Il sito si è fermato / the site stopped (exit ${code}); see the logs above.`)
      void shutdown(1)
    }
  })
} catch (err) {
  if (err instanceof ConfigError) console.error(err.message)
  else console.error('Avvio non riuscito / start failed:', err instanceof Error ? err.message : err)
  process.exit(1)
}
