import fs from 'node:fs'
import path from 'node:path'
import { config } from './config.ts'

/**
 * The repository root, found by walking up from the working directory to the workspace root.
 * Compiled server code lives under .next/, so paths cannot be derived from this file's URL.
 */
export function repositoryRoot(): string {
  let dir = process.cwd()
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { workspaces?: unknown }
      if (Array.isArray(pkg.workspaces)) return dir
    }
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

/** Where files that belong to this installation live (SQLite database, uploads): `data/` at the root. */
export function dataDirectory(): string {
  return path.resolve(repositoryRoot(), config.DATA_DIR)
}

/** The cms workspace folder. */
export function cmsRoot(): string {
  return path.join(repositoryRoot(), 'cms')
}
