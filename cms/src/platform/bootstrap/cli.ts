import { getPayload } from 'payload'
import config from '../../payload.config.ts'
import { rebuildMediaUsesIfPending } from '../../media/track-media-use.ts'
import { ensureFirstAdmin, loadDemoDataOnce } from './bootstrap.ts'

/** Run by `npm start` after migrations: first admin, then (in the demo) the demo data. */
async function main(): Promise<void> {
  const payload = await getPayload({ config })
  const email = process.env.ADMIN_EMAIL || 'admin@quartieri.local'
  const password = process.env.ADMIN_PASSWORD || 'quartieri-demo'
  if (await ensureFirstAdmin(payload, email, password)) console.log(`Creato l'amministratore / admin created: ${email}`)
  if (await rebuildMediaUsesIfPending(payload)) console.log('Usi dei file ricostruiti / file uses rebuilt')
  if (process.env.QUARTIERI_DEMO === '1' && (await loadDemoDataOnce(payload, console.log))) {
    console.log('Dati dimostrativi caricati / demo data loaded')
  }
}

// `payload run` imports this module, then exits with 0: await here and exit with our own code.
try {
  await main()
  process.exit(0)
} catch (err) {
  console.error('Avvio non riuscito / bootstrap failed:', err)
  process.exit(1)
}
