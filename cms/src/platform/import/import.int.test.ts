import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateImportText } from '@quartieri/shared/platform/import-file'
import { DEMO_DATA_FILE } from '../bootstrap/bootstrap.ts'
import { childEnvironment } from '../config.ts'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'
import { importRecords } from './import-records.ts'

const run = promisify(execFile)
let t: TestPayload
let payload: Payload

/** Runs `npm run import -- <file>` as a user would, against the test database. */
async function importCli(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', 'import', '--workspace', 'cms', '--', file], {
      cwd: path.resolve(import.meta.dirname, '..', '..', '..', '..'),
      env: childEnvironment({ DATABASE_URI: t.databaseUri, DATA_DIR: t.dataDir, NODE_ENV: 'development' }),
    })
    return { code: 0, output: stdout + stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, output: e.stdout + e.stderr }
  }
}

type DemoPact = { indicators?: unknown[]; projects?: Array<{ indicators?: unknown[] }> }
const demoFile = () =>
  JSON.parse(fs.readFileSync(DEMO_DATA_FILE, 'utf8')) as {
    neighbourhoods: unknown[]
    laboratories: unknown[]
    events?: unknown[]
    organizations?: unknown[]
    pacts?: DemoPact[]
    results?: unknown[]
    grants?: unknown[]
  }
/** Every record the demo file holds: each collection's, plus each pact's projects and indicators. */
const demoRecords = () => {
  const file = demoFile()
  const pacts = file.pacts ?? []
  const nested = pacts.reduce((n, p) => n + (p.indicators?.length ?? 0) + (p.projects ?? []).reduce((m, x) => m + 1 + (x.indicators?.length ?? 0), 0), 0)
  return (
    file.neighbourhoods.length +
    file.laboratories.length +
    (file.events?.length ?? 0) +
    (file.organizations?.length ?? 0) +
    pacts.length +
    nested +
    (file.results?.length ?? 0) +
    (file.grants?.length ?? 0)
  )
}

const count = async () => (await payload.count({ collection: 'neighbourhoods', overrideAccess: true })).totalDocs
const versions = async () => (await payload.countVersions({ collection: 'neighbourhoods', overrideAccess: true })).totalDocs

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})

afterAll(async () => {
  await t?.cleanup()
})

describe('the importer', () => {
  it('rejects a bad file with every problem located, and imports nothing', async () => {
    const demo = JSON.parse(fs.readFileSync(DEMO_DATA_FILE, 'utf8'))
    // A file whose first records are fine and whose last ones are not: nothing at all may land.
    demo.neighbourhoods[3].figures.inhabitants = -12
    demo.neighbourhoods[4].slug = 'Mazzini Centro'
    const file = path.join(t.dataDir, 'bad.json')
    fs.writeFileSync(file, JSON.stringify(demo, null, 2))
    const { code, output } = await importCli(file)
    expect(code).toBe(1)
    expect(output).toContain('nessun record importato')
    expect(output).toMatch(/neighbourhoods\[3\]\.figures\.inhabitants \(riga \d+, colonna \d+\)/)
    expect(output).toMatch(/neighbourhoods\[4\]\.slug \(riga \d+, colonna \d+\)/)
    expect(await count()).toBe(0)
  })

  it('imports the demo file, and a second run changes nothing', async () => {
    const first = await importCli(DEMO_DATA_FILE)
    expect(first.code).toBe(0)
    expect(first.output).toContain(`${demoRecords()} creati`)
    expect(await count()).toBe(demoFile().neighbourhoods.length)
    expect((await payload.count({ collection: 'laboratories', overrideAccess: true })).totalDocs).toBe(demoFile().laboratories.length)
    const versionsAfterFirst = await versions()

    const second = await importCli(DEMO_DATA_FILE)
    expect(second.code).toBe(0)
    expect(second.output).toContain(`0 creati, 0 aggiornati, ${demoRecords()} invariati`)
    expect(await versions()).toBe(versionsAfterFirst)

    const sanSiro = await payload.find({ collection: 'neighbourhoods', where: { slug: { equals: 'san-siro' } }, overrideAccess: false })
    expect(sanSiro.docs[0]?.figures?.inhabitants).toBe(6647)
    expect(sanSiro.docs[0]?.descriptionHtml).toContain('San Siro')
  })

  it('updates a record whose content changed, by slug', async () => {
    const validation = validateImportText(fs.readFileSync(DEMO_DATA_FILE, 'utf8'))
    if (!validation.ok) throw new Error('demo file invalid')
    const changed = structuredClone(validation.data)
    changed.neighbourhoods![0]!.figures!.inhabitants = 7000
    const report = await importRecords(payload, changed)
    expect(report).toEqual({ created: 0, updated: 1, unchanged: demoRecords() - 1 })
    const doc = await payload.find({ collection: 'neighbourhoods', where: { slug: { equals: changed.neighbourhoods![0]!.slug } }, overrideAccess: true })
    expect(doc.docs[0]?.figures?.inhabitants).toBe(7000)
    expect(await count()).toBe(demoFile().neighbourhoods.length)
  })

  it('refuses a lab whose neighbourhood does not exist, and imports nothing of the file', async () => {
    const file = path.join(t.dataDir, 'orphan.json')
    const before = await payload.count({ collection: 'laboratories', overrideAccess: true })
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'quartieri-import',
        version: 1,
        neighbourhoods: [{ slug: 'nuovo-quartiere', name: 'Nuovo' }],
        laboratories: [{ slug: 'orfano', title: 'Orfano', neighbourhood: 'non-esiste', capacity: 10 }],
      }),
    )
    const { code, output } = await importCli(file)
    expect(code).toBe(1)
    expect(output).toContain('laboratories[0].neighbourhood')
    expect((await payload.find({ collection: 'neighbourhoods', where: { slug: { equals: 'nuovo-quartiere' } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'laboratories', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('imports pacts with signatories, commitments, projects and indicators, and links a renewal to the pact it renews', async () => {
    const renewal = await payload.find({ collection: 'pacts', where: { slug: { equals: 'cortile-via-abbiati-rinnovo' } }, depth: 1, overrideAccess: false })
    const pact = renewal.docs[0]!
    expect(pact.code).toBe('PC-2020-004')
    expect(typeof pact.renews === 'object' && pact.renews?.slug).toBe('cortile-via-abbiati')
    expect(pact.signatories?.map((s) => (typeof s.organization === 'object' && s.organization ? s.organization.name : s.office))).toEqual([
      'Direzione Casa – Laboratori di Quartiere',
      'Associazione Abitanti San Siro',
      'Cooperativa sociale Il Cortile',
    ])
    expect(pact.commitments?.map((c) => [c.party, c.resourceKind, c.amount])).toEqual([
      ['municipality', 'money', 4000],
      ['partner', 'hours', 6000],
      ['partner', 'space', 1200],
    ])
    // Dates of a day stay that day in Rome.
    expect(new Date(pact.signedAt!).toLocaleDateString('it-IT', { timeZone: 'Europe/Rome' })).toBe('10/06/2020')
    const projects = await payload.find({ collection: 'projects', where: { 'pact.slug': { equals: 'orti-condivisi-torri-gratosoglio' } }, sort: 'slug', overrideAccess: false })
    expect(projects.docs.map((p) => [p.slug, p.domain, p.progress])).toEqual([
      ['orti-torri-impianto', 'care-of-city', 60],
      ['orti-torri-scuole', 'care-of-community', 40],
    ])
    const indicator = await payload.find({ collection: 'indicators', where: { name: { equals: 'Orti assegnati' } }, depth: 0, overrideAccess: false })
    expect(indicator.docs[0]?.project).toBe(projects.docs[0]!.id)
    expect(indicator.docs[0]?.measurements?.map((m) => m.value)).toEqual([20, 32])
  })

  it('refuses a pact that names an unknown organization, and imports nothing of the file', async () => {
    const file = path.join(t.dataDir, 'pact-orphan.json')
    const before = await payload.count({ collection: 'pacts', overrideAccess: true })
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'quartieri-import',
        version: 1,
        organizations: [{ slug: 'nuova-associazione', name: 'Nuova associazione', kind: 'association' }],
        pacts: [{ slug: 'patto-orfano', code: 'PC-X-1', title: 'Orfano', pactStatus: 'drafting', neighbourhoods: ['mazzini'], signatories: [{ organization: 'non-esiste' }] }],
      }),
    )
    const { code, output } = await importCli(file)
    expect(code).toBe(1)
    expect(output).toContain('pacts[0].signatories[0].organization')
    expect((await payload.count({ collection: 'pacts', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    expect((await payload.find({ collection: 'organizations', where: { slug: { equals: 'nuova-associazione' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('imports grant calls with their awards and results publications; an award naming an unknown beneficiary is refused at its place', async () => {
    const grants = await payload.find({ collection: 'grants', where: { slug: { equals: 'bando-contributi-cdq-2019' } }, depth: 1, overrideAccess: false })
    const call = grants.docs[0]!
    expect([call.year, call.totalBudget]).toEqual([2019, 80000])
    expect(call.awards?.map((a) => [typeof a.beneficiary === 'object' ? a.beneficiary.name : a.beneficiary, a.amount])).toEqual([
      ['Panificio del Lambro', 900],
      ['Associazione Abitanti San Siro', 24000],
      ['Fondazione di comunità di quartiere', 35000],
    ])
    const result = await payload.find({ collection: 'results', where: { slug: { equals: 'orti-gratosoglio-primo-anno' } }, depth: 0, overrideAccess: false })
    expect(result.docs[0]?.keyFigures?.map((f) => [f.label, f.value])).toEqual([
      ['Aiuole assegnate', 24],
      ['Classi coinvolte', 2],
    ])

    const file = path.join(t.dataDir, 'grant-orphan.json')
    const before = await payload.count({ collection: 'grants', overrideAccess: true })
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'quartieri-import',
        version: 1,
        grants: [
          {
            slug: 'bando-orfano',
            title: 'Bando',
            year: 2024,
            awards: [{ beneficiary: 'non-esiste', amount: 1200, awardedAt: '2024-05-01', legalBasis: 'Det. 1/2024', office: 'Ufficio' }],
          },
        ],
      }),
    )
    const { code, output } = await importCli(file)
    expect(code).toBe(1)
    expect(output).toContain('grants[0].awards[0].beneficiary')
    expect(output).toContain('Organizzazione "non-esiste" inesistente')
    expect((await payload.count({ collection: 'grants', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})
