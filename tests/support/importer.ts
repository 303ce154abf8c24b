import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

/**
 * Runs `npm run import` on these records against the test portal's database, as staff would from a shell;
 * the importer purges the site's cache when it is done. Throws with the importer's output when it fails.
 */
export async function importRecords(name: string, records: Record<string, unknown>): Promise<string> {
  const file = path.join(process.env.E2E_DATA_DIR!, `${name}.json`)
  fs.writeFileSync(file, JSON.stringify({ format: 'quartieri-import', version: 1, ...records }, null, 2))
  const env = { ...process.env, ...(JSON.parse(process.env.E2E_PORTAL_ENV ?? '{}') as Record<string, string>) }
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', 'import', '--workspace', 'cms', '--', file], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 })
    return stdout
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: string; stderr?: string }
    throw new Error(`import failed:\n${stdout ?? ''}\n${stderr ?? ''}`)
  }
}
