import type { Payload } from 'payload'
import { IDENTITY_VARIABLES, type CityIdentity } from '@quartieri/shared/platform/identity'
import type { ImportPart } from '../import/import-records.ts'
import { config } from '../config.ts'

/** The identity the CITY_* variables give (only those set). */
export function identityFromConfig(values: Readonly<Record<string, unknown>> = config): CityIdentity {
  const identity: Record<string, string> = {}
  for (const [field, variable] of Object.entries(IDENTITY_VARIABLES)) {
    const value = values[variable]
    if (typeof value === 'string' && value.trim()) identity[field] = value.trim()
  }
  return identity as CityIdentity
}

/**
 * On the first start, the city's identity from the CITY_* variables into the settings; once only (the date is kept
 * in the settings), so that what administrators later change in the admin stays. True when it wrote.
 */
export async function applyIdentityOnce(payload: Payload, identity: CityIdentity = identityFromConfig()): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })
  if (settings.identitySetAt) return false
  await payload.updateGlobal({ slug: 'settings', data: { ...identity, identitySetAt: new Date().toISOString() }, overrideAccess: true, depth: 0 })
  return true
}

/**
 * The import file's `settings` block: the identity fields it names, written over the settings when they differ
 * (the block is no record: it counts in no total, and an import that changes nothing changes no setting).
 */
export const settingsImport: ImportPart = {
  name: 'settings',
  count: () => 0,
  async run({ payload, req, file, settingsChanged }) {
    if (!file.settings) return
    const current = (await payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0, req })) as unknown as Record<string, unknown>
    const changes = Object.fromEntries(Object.entries(file.settings).filter(([field, value]) => current[field] !== value))
    if (Object.keys(changes).length === 0) return
    await payload.updateGlobal({ slug: 'settings', data: changes, overrideAccess: true, depth: 0, req })
    settingsChanged()
  },
}
