import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload, type Migration, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from './config.ts'

let payload: Payload
let dataDir: string
let migrations: Migration[]
const db = () => (payload.db as unknown as SQLiteAdapter).drizzle

const lexical = (text: string) =>
  JSON.stringify({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: [
        { type: 'paragraph', format: '', indent: 0, version: 1, direction: null, children: [{ type: 'text', text, version: 1, format: 0, mode: 'normal', style: '', detail: 0 }] },
      ],
    },
  })

// A database from before content was translatable: every earlier migration, Italian texts in the old columns.
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-int-'))
  loadConfig({ DATA_DIR: dataDir, DATABASE_URI: `file:${path.join(dataDir, 'test.db')}`, SITE_URL: undefined, PURGE_SECRET: undefined })
  const { default: config } = await import('../payload.config.ts')
  payload = await getPayload({ config })
  migrations = ((await import('../migrations/index.ts')) as unknown as { migrations: Migration[] }).migrations
  const localised = migrations.findIndex((m) => m.name.endsWith('_localised_content'))
  await payload.db.migrate({ migrations: migrations.slice(0, localised) })
  const run = (query: ReturnType<typeof sql>) => db().run(query)
  await run(
    sql`INSERT INTO neighbourhoods (id, name, slug, summary, description, _status) VALUES (1, 'Corvetto', 'corvetto', 'Un quartiere vivace', ${lexical('Case popolari e orti.')}, 'published')`,
  )
  await run(sql`INSERT INTO neighbourhoods_works_progress (_order, _parent_id, id, label, percent) VALUES (1, 1, 'w1', 'Tetti rifatti', 40)`)
  await run(
    sql`INSERT INTO neighbourhoods_venue_opening_hours (_order, _parent_id, id, day, opens, closes, note) VALUES (1, 1, 'h1', 'mon', '09:00', '12:00', 'Solo su appuntamento')`,
  )
  await run(
    sql`INSERT INTO laboratories (id, title, slug, neighbourhood_id, summary, capacity, _status) VALUES (1, 'Orti condivisi', 'orti', 1, 'Coltiviamo insieme', 20, 'published')`,
  )
  await run(sql`INSERT INTO laboratories_texts (id, "order", parent_id, path, text) VALUES (1, 1, 1, 'themes', 'Verde'), (2, 2, 1, 'themes', 'Cibo')`)
  await run(
    sql`INSERT INTO events (id, title, slug, type, neighbourhood_id, start, summary, cancelled, cancellation_reason, _status) VALUES (1, 'Festa di primavera', 'festa', 'festival', 1, '2027-04-01T15:00:00.000Z', 'Musica e merenda', 1, 'Pioggia prevista', 'published')`,
  )
  await run(
    sql`INSERT INTO pacts (id, code, title, slug, kind, status, summary, objectives, objectives_text, _status) VALUES (1, 'PC-1', 'Patto del verde', 'patto-verde', 'collaboration-pact', 'drafting', 'Cura delle aiuole', ${lexical('Aiuole fiorite.')}, 'Aiuole fiorite.', 'published')`,
  )
  await run(sql`INSERT INTO pacts_rels (id, "order", parent_id, path, neighbourhoods_id) VALUES (1, 1, 1, 'neighbourhoods', 1)`)
  await run(sql`INSERT INTO pacts_commitments (_order, _parent_id, id, party, description, resource_kind) VALUES (1, 1, 'c1', 'municipality', 'Fornisce gli attrezzi', 'in-kind')`)
  await run(sql`INSERT INTO pacts_signatories (_order, _parent_id, id, office, role) VALUES (1, 1, 's1', 'Ufficio Verde', 'Capofila')`)
  await run(
    sql`INSERT INTO _pacts_v (id, parent_id, version_code, version_title, version_slug, version_summary, version__status, latest) VALUES (1, 1, 'PC-1', 'Patto del verde', 'patto-verde', 'Cura delle aiuole', 'published', 1)`,
  )
  await run(
    sql`INSERT INTO _pacts_v_version_commitments (_order, _parent_id, id, _uuid, party, description, resource_kind) VALUES (1, 1, 1, 'c1', 'municipality', 'Fornisce gli attrezzi', 'in-kind')`,
  )
  await run(sql`INSERT INTO _pacts_v_rels (id, "order", parent_id, path, neighbourhoods_id) VALUES (1, 1, 1, 'version.neighbourhoods', 1)`)
  await run(
    sql`INSERT INTO projects (id, title, slug, pact_id, neighbourhood_id, domain, status, _status) VALUES (1, 'Aiuole fiorite', 'aiuole', 1, 1, 'care-of-city', 'planned', 'published')`,
  )
  await run(sql`INSERT INTO projects_milestones (_order, _parent_id, id, date, title, note) VALUES (1, 1, 'm1', '2027-03-01T12:00:00.000Z', 'Semina', 'Con le scuole')`)
  await run(sql`INSERT INTO indicators (id, name, unit, pact_id, _status) VALUES (1, 'Alberi piantati', 'alberi', 1, 'published')`)
  await run(
    sql`INSERT INTO results (id, title, slug, period_from, period_to, summary, _status) VALUES (1, 'Un anno di patti', 'un-anno', '2026-01-01T12:00:00.000Z', '2026-12-31T12:00:00.000Z', 'Che cosa è cambiato', 'published')`,
  )
  await run(sql`INSERT INTO results_key_figures (_order, _parent_id, id, label, value, unit) VALUES (1, 1, 'k1', 'Volontari', 120, 'persone')`)
  await run(sql`INSERT INTO organizations (id, name, slug, kind, _status) VALUES (1, 'Amici del parco', 'amici-parco', 'association', 'published')`)
  await run(sql`INSERT INTO grants (id, title, slug, year, summary, _status) VALUES (1, 'Bando quartieri 2026', 'bando-2026', 2026, 'Contributi alle associazioni', 'published')`)
  await run(
    sql`INSERT INTO grants_awards (_order, _parent_id, id, beneficiary_id, amount, awarded_at, purpose, legal_basis, office, selection_method) VALUES (1, 1, 'g1', 1, 5000, '2026-06-01T12:00:00.000Z', 'Feste di via', 'Regolamento comunale', 'Ufficio Partecipazione', 'public-call')`,
  )
  await payload.db.migrate({ migrations })
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const read = <T extends 'neighbourhoods' | 'laboratories' | 'events' | 'pacts' | 'projects' | 'indicators' | 'results' | 'grants'>(collection: T, locale: 'it' | 'all' = 'it') =>
  payload.findByID({ collection, id: 1, depth: 0, overrideAccess: true, locale, draft: false })

describe('the migration that made content translatable', () => {
  it('keeps every existing text of documents and array rows, as the Italian one', async () => {
    const neighbourhood = await read('neighbourhoods')
    expect(neighbourhood.summary).toBe('Un quartiere vivace')
    expect(neighbourhood.descriptionHtml).toContain('Case popolari e orti.')
    expect(neighbourhood.worksProgress?.[0]).toMatchObject({ label: 'Tetti rifatti', percent: 40 })
    expect(neighbourhood.venue?.openingHours?.[0]).toMatchObject({ day: 'mon', note: 'Solo su appuntamento' })
    const lab = await read('laboratories')
    expect(lab).toMatchObject({ title: 'Orti condivisi', summary: 'Coltiviamo insieme', themes: ['Verde', 'Cibo'] })
    expect(await read('events')).toMatchObject({ title: 'Festa di primavera', summary: 'Musica e merenda', cancellationReason: 'Pioggia prevista' })
    const pact = await read('pacts')
    expect(pact).toMatchObject({ title: 'Patto del verde', summary: 'Cura delle aiuole', objectivesText: 'Aiuole fiorite.' })
    expect(pact.objectivesHtml).toContain('Aiuole fiorite.')
    expect(pact.commitments?.[0]?.description).toBe('Fornisce gli attrezzi')
    expect(pact.signatories?.[0]).toMatchObject({ office: 'Ufficio Verde', role: 'Capofila' })
    expect((await read('projects')).milestones?.[0]).toMatchObject({ title: 'Semina', note: 'Con le scuole' })
    expect(await read('indicators')).toMatchObject({ name: 'Alberi piantati', unit: 'alberi' })
    expect((await read('results')).keyFigures?.[0]).toMatchObject({ label: 'Volontari', unit: 'persone', value: 120 })
    const grant = await read('grants')
    expect(grant).toMatchObject({ title: 'Bando quartieri 2026', summary: 'Contributi alle associazioni' })
    expect(grant.awards?.[0]?.purpose).toBe('Feste di via')
  })

  it('stores them under Italian only: with every locale asked for, English is absent', async () => {
    const all = (await read('pacts', 'all')) as unknown as { title: Record<string, string>; commitments: Array<{ description: Record<string, string> }> }
    expect(all.title).toEqual({ it: 'Patto del verde' })
    expect(all.commitments[0]!.description).toEqual({ it: 'Fornisce gli attrezzi' })
  })

  it('keeps the texts of stored versions, which the public change log reads', async () => {
    const { docs } = await payload.findVersions({ collection: 'pacts', where: { parent: { equals: 1 } }, depth: 0, overrideAccess: true, locale: 'it' })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.version).toMatchObject({ title: 'Patto del verde', summary: 'Cura delle aiuole' })
    expect(docs[0]!.version.commitments?.[0]?.description).toBe('Fornisce gli attrezzi')
  })

  it('lets an English translation be added next to the migrated Italian text', async () => {
    await payload.update({ collection: 'events', id: 1, locale: 'en', data: { title: 'Spring party' }, overrideAccess: true, depth: 0 })
    expect((await read('events')).title).toBe('Festa di primavera')
    expect(((await read('events', 'all')) as unknown as { title: Record<string, string> }).title).toEqual({ it: 'Festa di primavera', en: 'Spring party' })
  })

  it('puts the Italian texts back in their columns when rolled back', async () => {
    // Run directly: `migrateDown` would read the migration files from disk, outside vitest's compilation.
    const down = migrations.find((m) => m.name.endsWith('_localised_content'))!.down as unknown as (args: { db: unknown; payload: Payload; req: unknown }) => Promise<void>
    await down({ db: db(), payload, req: {} })
    const { rows } = await db().run(sql`SELECT title, cancellation_reason FROM events WHERE id = 1`)
    expect(rows[0]).toMatchObject({ title: 'Festa di primavera', cancellation_reason: 'Pioggia prevista' })
    const commitments = await db().run(sql`SELECT description FROM pacts_commitments WHERE id = 'c1'`)
    expect(commitments.rows[0]).toMatchObject({ description: 'Fornisce gli attrezzi' })
    const themes = await db().run(sql`SELECT text FROM laboratories_texts ORDER BY "order"`)
    expect(themes.rows.map((r) => (r as unknown as { text: string }).text)).toEqual(['Verde', 'Cibo'])
  })
})
