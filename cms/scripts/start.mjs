// `npm start`: the portal with demo data on the embedded database, until Ctrl-C.
import fs from 'node:fs'
import path from 'node:path'
import { ROOT, startPortal } from './portal.mjs'

const envFile = path.join(ROOT, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

const cmsPort = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)

try {
  const portal = await startPortal({ cmsPort, sitePort, restartCms: true })
  const email = process.env.ADMIN_EMAIL || 'admin@quartieri.local'
  const password = process.env.ADMIN_PASSWORD ? '(ADMIN_PASSWORD)' : 'quartieri-demo'
  console.log(`
Quartieri è pronto / is ready
  Sito pubblico / public site:  ${portal.env.SITE_URL}
  Amministrazione / admin:      ${portal.env.CMS_PUBLIC_URL}/admin
  Accesso / login:              ${email} / ${password}
${process.env.SMTP_HOST ? '' : `  Posta dimostrativa / demo mail: ${portal.env.CMS_PUBLIC_URL}/mailbox\n`}  Log: ${path.relative(ROOT, path.join(portal.env.DATA_DIR, 'cms.log'))}, ${path.relative(ROOT, path.join(portal.env.DATA_DIR, 'site.log'))}
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
  console.error('Avvio non riuscito / start failed:', err instanceof Error ? err.message : err)
  process.exit(1)
}
