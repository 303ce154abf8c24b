import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'
import { formatProblem, validateImportText } from '@quartieri/shared/platform/import-file'
import config from '../../payload.config.ts'
import { config as cmsConfig } from '../config.ts'
import { portalLocales } from '../locales.ts'
import { ImportReferenceError, type ImportReport, importRecords } from './import-records.ts'

const outcomeLabel = { created: 'creato', updated: 'aggiornato', unchanged: 'invariato' } as const

/** `npm run import -- <file>`: validates the whole file, then imports it, or imports nothing. */
async function main(): Promise<number> {
  // `payload run` leaves the script's own arguments after node and its bin.
  const fileArg = process.argv[2]
  if (!fileArg) {
    console.error('Uso / usage: npm run import -- <file.json>   (formato: docs/import-format.md)')
    return 2
  }
  // npm runs workspace scripts from cms/; resolve the path from where the user typed it.
  const file = path.resolve(cmsConfig.INIT_CWD || process.cwd(), fileArg)
  if (!fs.existsSync(file)) {
    console.error(`File non trovato / file not found: ${file}`)
    return 2
  }
  const validation = validateImportText(fs.readFileSync(file, 'utf8'), portalLocales())
  if (!validation.ok) {
    console.error(`${path.basename(file)}: ${validation.problems.length} problemi, nessun record importato / ${validation.problems.length} problem(s), nothing imported:`)
    for (const problem of validation.problems) console.error(`  - ${formatProblem(problem)}`)
    return 1
  }
  const payload = await getPayload({ config })
  let report: ImportReport
  try {
    report = await importRecords(payload, validation.data, ({ collection, slug, outcome, index, total }) => {
      console.log(`[${index + 1}/${total}] ${collection} ${slug}: ${outcomeLabel[outcome]}`)
    })
  } catch (err) {
    if (!(err instanceof ImportReferenceError)) throw err
    console.error(`${path.basename(file)}: ${err.problems.length} problemi, nessun record importato / ${err.problems.length} problem(s), nothing imported:`)
    for (const problem of err.problems) console.error(`  - ${problem.path}: ${problem.message}`)
    return 1
  }
  console.log(`Importazione completata / import done: ${report.created} creati, ${report.updated} aggiornati, ${report.unchanged} invariati.`)
  if (report.settingsUpdated) console.log('Impostazioni del sito aggiornate / site settings updated.')
  if (report.sitePurged === false) {
    const minutes = Math.ceil(cmsConfig.SITE_PACT_INDEX_TTL_SECONDS / 60)
    console.warn(
      `Il sito pubblico non ha confermato l’aggiornamento: mostrerà i nuovi dati entro ${minutes} minuti, o subito se riavviato. / The public site did not confirm the refresh: it will show the new data within ${minutes} minutes, or at once when restarted.`,
    )
  }
  return 0
}

// `payload run` imports this module, then exits with 0: await here and exit with our own code.
try {
  process.exit(await main())
} catch (err) {
  console.error('Importazione annullata, nessuna modifica salvata / import aborted, nothing saved:', err)
  process.exit(1)
}
