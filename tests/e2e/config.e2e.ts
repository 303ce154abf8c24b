import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { ROOT, startPortal } from '../../cms/scripts/portal.mjs'

/*
 * A bad setting stops the start at once, naming the variable, in Italian and English, before any build or
 * database work: `npm start`, the portal the tests start, and each server's own start command. Nothing here needs
 * the shared portal; every start below is expected to fail within seconds.
 */

/** Quick enough that a start which went on to build or migrate would miss it. */
const FAIL_FAST_MS = 20_000

let dataDir: string

test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-config-'))
})

test.afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Runs `npm run <script>` (of a workspace, or the root's) with `env` on top of this environment, until it exits. */
function runNpm(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // gone already
      }
    }, FAIL_FAST_MS + 10_000)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}

/** The message names the variable in both languages, without a stack trace. */
function expectNamed(output: string, variable: string, english: string) {
  expect(output).toContain(`Configurazione non valida: ${variable} `)
  expect(output).toContain(`Invalid configuration: ${variable} ${english}`)
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

test('npm start with malformed settings exits at once, naming every one', async () => {
  const { code, output, ms } = await runNpm(['start'], { SITE_URL: 'notaurl', CMS_PORT: 'abc', MAP_LIST_LIMIT: 'lots' })
  expect(code).toBe(1)
  expect(ms).toBeLessThan(FAIL_FAST_MS)
  expectNamed(output, 'SITE_URL', 'must be an absolute http(s) URL (received "notaurl")')
  expectNamed(output, 'CMS_PORT', 'must be a port from 1 to 65535 (received "abc")')
  // A setting only the site reads is checked by `npm start` too.
  expectNamed(output, 'MAP_LIST_LIMIT', 'must be a positive whole number')
  expect(output).not.toContain('Compilazione')
  // Nothing was written: no database, no log.
  expect(fs.readdirSync(dataDir)).toEqual([])
})

test('the portal the tests start refuses a bad setting before building anything', async () => {
  const started = Date.now()
  const start = startPortal({
    cmsPort: 1,
    sitePort: 2,
    dataDir,
    build: 'always',
    log: () => {},
    env: { PAYLOAD_SECRET: 'e2e-secret-not-for-production', SITE_URL: 'ftp:x', SIGNUP_HOLD_HOURS: '0' },
  })
  await expect(start).rejects.toThrow(
    'Configurazione non valida: SITE_URL deve essere un URL assoluto http(s) (ricevuto "ftp:x") / Invalid configuration: SITE_URL must be an absolute http(s) URL (received "ftp:x")',
  )
  await expect(start).rejects.toThrow('Invalid configuration: SIGNUP_HOLD_HOURS must be a number above zero (received "0")')
  expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS)
})

test('a portal without the demo data requires PAYLOAD_SECRET, before building anything', async () => {
  const start = startPortal({ cmsPort: 1, sitePort: 2, dataDir, build: 'always', demo: false, log: () => {}, env: { PAYLOAD_SECRET: '' } })
  await expect(start).rejects.toThrow('Invalid configuration: PAYLOAD_SECRET is required in production')
})

test('each server’s start command stops on a bad setting, naming it', async () => {
  const cms = await runNpm(['serve', '--workspace', 'cms'], { CMS_PUBLIC_URL: 'cms.example.org', TRUSTED_PROXIES: '10.0.0.0/99' })
  expect(cms.code).toBe(1)
  expect(cms.ms).toBeLessThan(FAIL_FAST_MS)
  expectNamed(cms.output, 'CMS_PUBLIC_URL', 'must be an absolute http(s) URL')
  expectNamed(cms.output, 'TRUSTED_PROXIES', 'must be a comma-separated list of IP addresses or CIDR ranges')

  const site = await runNpm(['serve', '--workspace', 'site'], { SITE_URL: 'notaurl', PORT: '70000' })
  expect(site.code).toBe(1)
  expect(site.ms).toBeLessThan(FAIL_FAST_MS)
  expectNamed(site.output, 'SITE_URL', 'must be an absolute http(s) URL (received "notaurl")')
  expectNamed(site.output, 'PORT', 'must be a port from 1 to 65535 (received "70000")')
})
