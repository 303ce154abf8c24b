import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations/index.ts'
import { config } from './config.ts'
import { cmsRoot, dataDirectory, repositoryRoot } from './paths.ts'

const MONGO_URI = /^mongodb(\+srv)?:\/\//

/**
 * Turns DATABASE_URI into an absolute SQLite file URL: empty means data/quartieri.db;
 * a relative `file:` path is taken from the repository root, whatever the working directory.
 */
export function sqliteFileUrl(uri: string | undefined): string {
  if (!uri) return `file:${path.join(dataDirectory(), 'quartieri.db')}`
  if (!uri.startsWith('file:')) return uri
  const file = uri.slice('file:'.length)
  return `file:${path.isAbsolute(file) ? file : path.resolve(repositoryRoot(), file)}`
}

/** MongoDB when DATABASE_URI says so (production), otherwise the embedded SQLite file. */
export function databaseAdapter(): DatabaseAdapterObj {
  const uri = config.DATABASE_URI
  if (uri && MONGO_URI.test(uri)) {
    // MongoDB needs no schema migrations; its own folder keeps `payload migrate` off the SQLite ones.
    return mongooseAdapter({ url: uri, migrationDir: path.join(cmsRoot(), 'src', 'migrations-mongodb') })
  }
  const url = sqliteFileUrl(uri)
  if (url.startsWith('file:')) fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
  return sqliteAdapter({
    client: { url },
    wal: true,
    busyTimeout: 10_000,
    // Schema changes are committed migrations; they run on start (prodMigrations) and via `npm run migrate`.
    push: false,
    migrationDir: path.join(cmsRoot(), 'src', 'migrations'),
    prodMigrations: migrations,
    // Off in the servers: one synchronous connection serialises every write, and uniqueness constraints guard
    // the seat rules. On for the importer, which runs alone and must write a whole file or nothing.
    transactionOptions: config.QUARTIERI_SQLITE_TRANSACTIONS ? { behavior: 'immediate' } : undefined,
  })
}
