import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rebuildMediaUsesIfPending } from './track-media-use.ts'
import { loadConfig } from '../platform/config.ts'

let payload: Payload
let dataDir: string

/** Whether an anonymous reader can fetch the file by id. */
async function anonymousCanRead(id: number): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false })
  return totalDocs === 1
}

// A database from before files had flags: every earlier migration, files attached to a published and a draft pact.
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-int-'))
  loadConfig({ DATA_DIR: dataDir, DATABASE_URI: `file:${path.join(dataDir, 'test.db')}`, SITE_URL: undefined, PURGE_SECRET: undefined })
  const { default: config } = await import('../payload.config.ts')
  payload = await getPayload({ config })
  const { migrations } = (await import('../migrations/index.ts')) as unknown as { migrations: Migration[] }
  const last = migrations.findIndex((m) => m.name.endsWith('_media_use'))
  await payload.db.migrate({ migrations: migrations.slice(0, last) })
  const db = (payload.db as unknown as SQLiteAdapter).drizzle
  await db.run(sql`INSERT INTO neighbourhoods (id, name, slug, _status) VALUES (1, 'Quartiere', 'quartiere', 'published')`)
  await db.run(
    sql`INSERT INTO media (id, alt, filename, mime_type) VALUES (1, 'Patto firmato', 'firmato.pdf', 'application/pdf'), (2, 'Bozza', 'bozza.pdf', 'application/pdf'), (3, 'Non usato', 'libero.pdf', 'application/pdf')`,
  )
  await db.run(
    sql`INSERT INTO pacts (id, code, title, slug, kind, status, _status) VALUES (1, 'PC-1', 'Pubblicato', 'pubblicato', 'collaboration-pact', 'signed', 'published'), (2, 'PC-2', 'Bozza', 'bozza', 'collaboration-pact', 'drafting', 'draft')`,
  )
  await db.run(sql`INSERT INTO pacts_rels (id, "order", parent_id, path, neighbourhoods_id) VALUES (1, 1, 1, 'neighbourhoods', 1), (2, 1, 2, 'neighbourhoods', 1)`)
  await db.run(sql`INSERT INTO pacts_attachments (_order, _parent_id, id, file_id, label) VALUES (1, 1, 'a1', 1, 'Firmato'), (1, 2, 'a2', 2, 'Bozza')`)
  await payload.db.migrate({ migrations })
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('the migration that introduced file flags', () => {
  it('keeps a file of a published pact public on an existing database, and not one of a draft or an unused one', async () => {
    expect(await anonymousCanRead(1)).toBe(true)
    expect(await anonymousCanRead(2)).toBe(false)
    expect(await anonymousCanRead(3)).toBe(false)
  })

  it('leaves the bootstrap to record every use, once', async () => {
    expect(await rebuildMediaUsesIfPending(payload)).toBe(true)
    const signed = await payload.findByID({ collection: 'media', id: 1, overrideAccess: true, depth: 0 })
    expect(signed).toMatchObject({ usedByPublished: true, inUse: true, neighbourhoods: [1] })
    const draft = await payload.findByID({ collection: 'media', id: 2, overrideAccess: true, depth: 0 })
    expect(draft).toMatchObject({ usedByPublished: false, inUse: true, neighbourhoods: [1] })
    expect(await anonymousCanRead(1)).toBe(true)
    expect(await anonymousCanRead(2)).toBe(false)
    expect(await rebuildMediaUsesIfPending(payload)).toBe(false)
  })
})
