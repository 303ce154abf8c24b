import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { formatProblem, validateImportText } from '@quartieri/shared/platform/import-file'
import { KNOWN_LOCALE_CODES } from '@quartieri/shared/platform/locales'
import { importRecords } from '../import/import-records.ts'
import { cmsRoot } from '../paths.ts'
import { labActivity } from '../../signups/activity.ts'
import { claimSeat } from '../../signups/service.ts'
import { idOf } from '@quartieri/shared/platform/ids'

export const DEMO_DATA_FILE = path.join(cmsRoot(), 'src', 'demo', 'demo-data.json')

/** Creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD when there is no user yet. */
export async function ensureFirstAdmin(payload: Payload, email: string, password: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Amministratore', role: 'admin' },
    overrideAccess: true,
  })
  return true
}

/** Loads the demo neighbourhoods through the importer, once per database. */
export async function loadDemoDataOnce(payload: Payload, log: (line: string) => void): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  if (settings.demoDataLoadedAt) return false
  // The demo's translations are checked against every known locale: those the portal lacks are left out when writing.
  const validation = validateImportText(fs.readFileSync(DEMO_DATA_FILE, 'utf8'), KNOWN_LOCALE_CODES)
  if (!validation.ok) throw new Error(`Demo data file is invalid:\n${validation.problems.map(formatProblem).join('\n')}`)
  const report = await importRecords(payload, validation.data, ({ slug, outcome, index, total }) => log(`  [${index + 1}/${total}] ${slug}: ${outcome}`))
  await payload.updateGlobal({
    slug: 'settings',
    // The demo's city (Milan) is in the demo file's settings block, like any city's import.
    data: { demoDataLoadedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { skipSitePurge: true },
  })
  await fillDemoLab(payload, 'san-siro-biblioteca-di-quartiere', 3)
  log(`  dati dimostrativi: ${report.created} creati, ${report.updated} aggiornati, ${report.unchanged} invariati`)
  return true
}

/** Makes one demo lab full, with people waiting, so the waitlist can be seen (fictitious example.org people). */
async function fillDemoLab(payload: Payload, slug: string, waiting: number): Promise<void> {
  const lab = (await payload.find({ collection: 'laboratories', where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  if (!lab) return
  const neighbourhood = idOf(lab.neighbourhood)
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true })
  for (let n = 1; n <= lab.capacity + waiting; n++) {
    const email = `partecipante${n}@example.org`
    const registration = await payload.create({
      collection: 'registrations',
      data: {
        laboratory: lab.id,
        neighbourhood: neighbourhood as number | undefined,
        status: 'waitlisted',
        name: `Partecipante dimostrativo ${n}`,
        email,
        locale: 'it',
        emailVerified: true,
        consent: { privacyNoticeVersion: settings.privacyNoticeVersion, acceptedAt: new Date().toISOString() },
        dedupeKey: `laboratories:${lab.id}:${email}`,
      },
      overrideAccess: true,
      depth: 0,
    })
    if (await claimSeat(payload, labActivity(lab), registration.id)) {
      await payload.update({ collection: 'registrations', id: registration.id, data: { status: 'confirmed' }, overrideAccess: true, depth: 0 })
    }
  }
}
