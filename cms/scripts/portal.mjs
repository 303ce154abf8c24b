// Starts the whole portal (CMS + site) as child processes: used by `npm start`, the end-to-end tests and the benchmarks.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig as parseSiteConfig, parseVariables as parseSiteVariables } from '../../site/src/platform/config.ts'
import { ConfigError, childEnvironment, parseConfig as parseCmsConfig, parseVariables as parseCmsVariables } from '../src/platform/config.ts'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const READY_TIMEOUT_MS = 180_000

/**
 * Runs an npm script of a workspace to completion; rejects with its output tail when it fails.
 * @param {string} workspace
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} log
 */
function runNpm(workspace, args, env, log) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args.slice(0, 1), '--workspace', workspace, ...(args.length > 1 ? ['--', ...args.slice(1)] : [])], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let tail = ''
    const collect = (chunk) => {
      const text = chunk.toString()
      tail = (tail + text).slice(-8_000)
      for (const line of text.split('\n')) if (line.trim() && !line.includes('Unknown user config')) log(`    ${line}`)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`npm run ${args[0]} (${workspace}) failed with ${code}:\n${tail}`))))
  })
}

/**
 * Starts a long-running npm script in its own process group, so stopping it stops its children too.
 * @param {string} workspace
 * @param {string} script
 * @param {NodeJS.ProcessEnv} env
 * @param {string} logFile
 */
function serve(workspace, script, env, logFile) {
  const out = fs.openSync(logFile, 'a')
  const child = spawn('npm', ['run', '--silent', script, '--workspace', workspace], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  return child
}

/** @param {string} url */
async function waitFor(url, child, name, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-4_000)}`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${name} did not answer ${url} within ${READY_TIMEOUT_MS / 1000}s; see ${logFile}`)
}

/** @param {import('node:child_process').ChildProcess} child */
function stopProcessGroup(child) {
  return new Promise((resolve) => {
    // A child killed by a signal has no exit code, only a signal code: either way it is gone.
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve(undefined)
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
    kill('SIGTERM')
  })
}

const RESTART_BASE_MS = 1_000
const RESTART_MAX_MS = 30_000
/** A CMS that stayed up this long starts the backoff again from its first step when it next dies. */
const RESTART_STABLE_MS = 60_000

/**
 * Keeps the CMS running: when it exits without being asked to, it is started again after 1 s, 2 s, 4 s, … up to
 * 30 s, and polled until it answers (its first request reconciles the sign-ups). The site keeps running meanwhile
 * and serves what it has cached.
 * @param {() => import('node:child_process').ChildProcess} start
 * @param {string} readyUrl
 * @param {string} logFile
 * @param {(line: string) => void} log
 */
function superviseCms(start, readyUrl, logFile, log) {
  let stopping = false
  let failures = 0
  let restarts = 0
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  let child = start()
  let startedAt = Date.now()
  const watch = (current) =>
    current.once('exit', (code, signal) => {
      if (stopping) return
      if (Date.now() - startedAt >= RESTART_STABLE_MS) failures = 0
      const delay = Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** failures)
      failures++
      log(
        `• Il CMS si è fermato (${signal ?? `exit ${code}`}): nuovo avvio tra ${delay / 1000} s / the CMS stopped (${signal ?? `exit ${code}`}): restarting in ${delay / 1000} s; see ${logFile}`,
      )
      timer = setTimeout(() => {
        if (stopping) return
        restarts++
        child = start()
        startedAt = Date.now()
        watch(child)
        const restarted = child
        waitFor(readyUrl, restarted, 'CMS', logFile)
          .then(() => !stopping && restarted === child && log('• CMS di nuovo in servizio / CMS back in service'))
          .catch(() => {
            // It died again while starting: its exit is handled like any other.
          })
      }, delay)
    })
  watch(child)
  return {
    get child() {
      return child
    },
    get restarts() {
      return restarts
    },
    stop() {
      stopping = true
      clearTimeout(timer)
      return stopProcessGroup(child)
    },
  }
}

/** True when a build output is missing or older than any source file or folder in `sources` (configs included). */
function needsBuild(marker, sources) {
  if (!fs.existsSync(marker)) return true
  const builtAt = fs.statSync(marker).mtimeMs
  const newer = (target) => {
    const stat = fs.statSync(target)
    if (!stat.isDirectory()) return stat.mtimeMs > builtAt
    return fs.readdirSync(target).some((name) => name !== 'node_modules' && newer(path.join(target, name)))
  }
  return sources.some((source) => fs.existsSync(source) && newer(source))
}

/**
 * What each parser (one per server) makes of `env`; one ConfigError naming every bad variable of any of them
 * (a variable both servers read is named once).
 * @template {unknown[]} T
 * @param {Record<string, string | undefined>} env
 * @param {{ [K in keyof T]: (env: Record<string, string | undefined>) => T[K] }} parsers
 * @returns {T}
 */
function parseEach(env, ...parsers) {
  /** @type {import('@quartieri/shared/platform/env-schema').ConfigProblem[]} */
  const problems = []
  const results = parsers.map((parse) => {
    try {
      return parse(env)
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      for (const problem of err.problems) if (!problems.some((known) => known.variable === problem.variable)) problems.push(problem)
      return undefined
    }
  })
  if (problems.length > 0) throw new ConfigError(problems)
  return /** @type {T} */ (results)
}

/**
 * The configurations both servers would start with under `env` (this process's environment by default): a
 * ConfigError names every bad variable of either. For `npm start`, before it does anything.
 * @param {Record<string, string | undefined>} [env]
 */
export function checkPortalConfig(env = childEnvironment()) {
  const [cms, site] = parseEach(env, parseCmsConfig, parseSiteConfig)
  return { cms, site }
}

/** PURGE_SECRET (`given`), or one kept in the data directory (as the CMS's `npm run import` finds it there too). */
function purgeSecret(given, dataDir) {
  if (given) return given
  const file = path.join(dataDir, 'purge-secret')
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

/**
 * @typedef {object} PortalOptions
 * @property {number} cmsPort
 * @property {number} sitePort
 * @property {string} [dataDir] where the SQLite file and uploads go (default: data/)
 * @property {boolean} [demo] load the demo data once (default true)
 * @property {'if-needed' | 'always' | 'never'} [build] when to build cms and site (default: if-needed)
 * @property {Record<string, string>} [env] extra environment for both servers
 * @property {string} [logDir] where server logs go (default: the data directory)
 * @property {boolean} [restartCms] start the CMS again, with backoff, when it exits unexpectedly (default false; `npm start` turns it on)
 * @property {(line: string) => void} [log]
 */

/**
 * Checks the configuration of both servers (a ConfigError naming every bad variable, before anything else), then
 * builds what is needed, migrates, creates the first admin, loads the demo data once, starts both servers and
 * waits until they answer.
 * @param {PortalOptions} options
 */
export async function startPortal(options) {
  const log = options.log ?? ((line) => console.log(line))
  // What this process was given (its environment, then the caller's extra), validated as each server reads it.
  const [given, givenToSite] = parseEach(childEnvironment(options.env), parseCmsVariables, parseSiteVariables)
  const dataDir = path.resolve(ROOT, options.dataDir || given.DATA_DIR)
  fs.mkdirSync(dataDir, { recursive: true })
  const logDir = options.logDir ?? dataDir
  fs.mkdirSync(logDir, { recursive: true })
  const cmsUrl = `http://localhost:${options.cmsPort}`
  const siteUrl = `http://localhost:${options.sitePort}`
  /** @type {Record<string, string | undefined>} */
  const env = childEnvironment({
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    CMS_PORT: String(options.cmsPort),
    SITE_PORT: String(options.sitePort),
    PORT: String(options.sitePort),
    HOST: given.HOST,
    CMS_PUBLIC_URL: given.CMS_PUBLIC_URL ?? cmsUrl,
    CMS_INTERNAL_URL: givenToSite.CMS_INTERNAL_URL ?? cmsUrl,
    SITE_URL: given.SITE_URL ?? siteUrl,
    SITE_INTERNAL_URL: given.SITE_INTERNAL_URL ?? siteUrl,
    PURGE_SECRET: purgeSecret(given.PURGE_SECRET, dataDir),
    // Unset, the demo data is on under `npm start` (the CMS alone starts empty).
    QUARTIERI_DEMO: options.demo === false || given.QUARTIERI_DEMO === false ? '0' : '1',
    ...options.env,
  })
  // The configuration each server will start with, checked before any build or database work.
  checkPortalConfig(env)

  const build = options.build ?? 'if-needed'
  const cmsStale =
    build === 'always' ||
    (build === 'if-needed' &&
      needsBuild(
        path.join(ROOT, 'cms', '.next', 'BUILD_ID'),
        ['cms/src', 'cms/next.config.ts', 'cms/package.json', 'shared/src', 'package-lock.json'].map((p) => path.join(ROOT, p)),
      ))
  const siteStale =
    build === 'always' ||
    (build === 'if-needed' &&
      needsBuild(
        path.join(ROOT, 'site', 'dist', 'server', 'entry.mjs'),
        ['site/src', 'site/public', 'site/astro.config.mjs', 'site/package.json', 'shared/src', 'package-lock.json'].map((p) => path.join(ROOT, p)),
      ))
  if (cmsStale) {
    log('• Compilazione del CMS (circa un minuto) / building the CMS (about a minute)…')
    await runNpm('cms', ['build'], env, () => {})
  }
  if (siteStale) {
    log('• Compilazione del sito / building the site…')
    await runNpm('site', ['build'], env, () => {})
  }
  log('• Migrazioni del database / database migrations…')
  await runNpm('cms', ['migrate'], env, () => {})
  log('• Amministratore e dati dimostrativi / first admin and demo data…')
  await runNpm('cms', ['bootstrap'], env, (line) => {
    if (!line.includes('WARN')) log(line)
  })

  log('• Avvio dei server / starting the servers…')
  const cmsLog = path.join(logDir, 'cms.log')
  const siteLog = path.join(logDir, 'site.log')
  const cmsReadyUrl = `${cmsUrl}/api/globals/settings`
  const supervisor = options.restartCms ? superviseCms(() => serve('cms', 'serve', env, cmsLog), cmsReadyUrl, cmsLog, log) : null
  const cms = supervisor ? supervisor.child : serve('cms', 'serve', env, cmsLog)
  const site = serve('site', 'serve', env, siteLog)
  const stop = () => Promise.all([stopProcessGroup(site), supervisor ? supervisor.stop() : stopProcessGroup(cms)]).then(() => undefined)
  try {
    await Promise.all([waitFor(cmsReadyUrl, cms, 'CMS', cmsLog), waitFor(`${siteUrl}/robots.txt`, site, 'site', siteLog)])
  } catch (err) {
    await stop()
    throw err
  }
  return {
    cmsUrl,
    siteUrl,
    env,
    /** The CMS process as first started (under `restartCms`, `cmsProcess()` is the one running now). */
    cms,
    site,
    stop,
    cmsLog,
    cmsProcess: () => (supervisor ? supervisor.child : cms),
    cmsRestarts: () => (supervisor ? supervisor.restarts : 0),
  }
}
