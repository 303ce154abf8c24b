import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * Only the configuration modules read the environment: everything else imports their validated, typed values.
 * This scans every workspace's sources and start scripts (one guard for the whole repository, run with the
 * site's unit tests) for `process.env`.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..')

/** The configuration modules themselves (and this guard, which names what it looks for). */
const CONFIG_MODULES = ['cms/src/platform/config.ts', 'site/src/platform/config.ts']
const GUARD = 'site/src/platform/config-guard.test.ts'

/**
 * What else may name `process.env`, and why; each entry is a file and the exact lines allowed there.
 * Keep it short: a new setting belongs in a configuration module.
 */
const ALLOWED: Record<string, string[]> = {
  // Sets (does not read) the Astro Node adapter's switch, so that the adapter does not start a server of its own.
  'site/server.mjs': ["process.env.ASTRO_NODE_AUTOSTART = 'disabled'"],
}

/** Folders scanned whole, and single files at workspace roots (servers, start scripts, framework configs). */
const FOLDERS = ['cms/src', 'cms/scripts', 'site/src', 'shared/src']
const ROOT_FILES = /\.(c|m)?(j|t)sx?$/
const WORKSPACES = ['cms', 'site', 'shared']
const SOURCE = /\.(c|m)?(j|t)sx?$|\.astro$/
const SKIPPED = new Set(['node_modules', 'dist', '.next', '.astro'])

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sources(rel)
    return SOURCE.test(entry.name) ? [rel] : []
  })
}

const files = () => [
  ...FOLDERS.flatMap(sources),
  ...WORKSPACES.flatMap((ws) =>
    fs
      .readdirSync(path.join(ROOT, ws), { withFileTypes: true })
      .filter((entry) => entry.isFile() && ROOT_FILES.test(entry.name))
      .map((entry) => `${ws}/${entry.name}`),
  ),
]

describe('reading the environment', () => {
  it('happens only in the configuration modules', () => {
    const scanned = files()
    // The scan sees what it must (a broken path would make this test pass on nothing).
    for (const file of [
      ...CONFIG_MODULES,
      'cms/server.mjs',
      'cms/scripts/start.mjs',
      'cms/src/payload.config.ts',
      'site/server.mjs',
      'site/astro.config.mjs',
      'site/src/middleware.ts',
    ])
      expect(scanned).toContain(file)
    const offences = scanned
      .filter((file) => !CONFIG_MODULES.includes(file) && file !== GUARD)
      .flatMap((file) =>
        fs
          .readFileSync(path.join(ROOT, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
          .filter(({ text }) => /process\s*\.\s*env\b|process\s*\[\s*['"`]env/.test(text) && !(ALLOWED[file] ?? []).includes(text)),
      )
      .map(({ file, line, text }) => `${file}:${line}: ${text}`)
    expect(offences, 'read settings through cms/src/platform/config.ts or site/src/platform/config.ts').toEqual([])
  })

  it('reads only variables that .env.example lists', async () => {
    const { VARIABLES: site } = await import('./config.ts')
    const { VARIABLES: cms } = await import('../../../cms/src/platform/config.ts')
    const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8')
    const listed = (name: string) => new RegExp(`^# ${name}=`, 'm').test(example) || new RegExp(`^# .*set by the tools.*\\b${name}\\b`, 'm').test(example)
    expect(site.length).toBeGreaterThan(10)
    expect(cms.length).toBeGreaterThan(10)
    expect([...new Set([...cms, ...site])].filter((name) => !listed(name))).toEqual([])
  })

  it('keeps its allowlist current', () => {
    for (const [file, lines] of Object.entries(ALLOWED)) {
      const text = fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .map((line) => line.trim())
      for (const line of lines) expect(text, `${file} no longer has: ${line}`).toContain(line)
    }
  })
})
