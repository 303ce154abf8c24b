import { getPayload } from 'payload'
import config from '../../payload.config.ts'
import { config as cmsConfig } from '../config.ts'
import { rebuildMediaUsesIfPending } from '../../media/track-media-use.ts'
import { ensureFirstAdmin, loadDemoDataOnce } from './bootstrap.ts'
import { applyIdentityOnce } from '../settings/identity.ts'

/** Run by `npm start` after migrations: first admin, then (in the demo) the demo data. */
async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const email = cmsConfig.ADMIN_EMAIL
  const password = cmsConfig.ADMIN_PASSWORD
  if (await ensureFirstAdmin(payload, email, password)) console.log(`Creato l'amministratore / admin created: ${email}`)
  if (await rebuildMediaUsesIfPending(payload)) console.log('Usi dei file ricostruiti / file uses rebuilt')
  if (cmsConfig.QUARTIERI_DEMO === true && (await loadDemoDataOnce(payload, console.log))) {
    console.log('Dati dimostrativi caricati / demo data loaded')
  }
  // After the demo data: a city that names itself (CITY_NAME…) is itself, demo or not.
  if (await applyIdentityOnce(payload)) console.log('Identità del Comune impostata / city identity set')
}

// `payload run` imports this module, then exits with 0: await here and exit with our own code.
try {
  await main()
  process.exit(0)
} catch (err) {
  console.error('Avvio non riuscito / bootstrap failed:', err)
  process.exit(1)
}
