import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateImportText } from '@quartieri/shared/platform/import-file'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'
import { importRecords } from './import-records.ts'

let t: TestPayload
let payload: Payload

/** An import file with translated texts in documents, rich text and array rows. */
const file = (pactTitle: unknown, commitment: unknown) => {
  const text = JSON.stringify({
    format: 'quartieri-import',
    version: 1,
    neighbourhoods: [
      {
        slug: 'corvetto',
        name: 'Corvetto',
        summary: { it: 'Un quartiere vivace', en: 'A lively neighbourhood' },
        description: { it: ['Case **popolari**.'], en: ['Public **housing**.'] },
        worksProgress: [
          { label: { it: 'Tetti', en: 'Roofs' }, percent: 40 },
          { label: 'Facciate', percent: 10 },
        ],
      },
    ],
    organizations: [{ slug: 'amici', name: 'Amici del parco', kind: 'association' }],
    pacts: [
      {
        slug: 'patto-verde',
        code: 'PC-1',
        title: pactTitle,
        pactStatus: 'drafting',
        neighbourhoods: ['corvetto'],
        commitments: [{ party: 'municipality', description: commitment, resourceKind: 'in-kind' }],
        indicators: [{ name: { it: 'Alberi piantati', en: 'Trees planted' }, unit: { it: 'alberi', en: 'trees' }, target: 50 }],
      },
    ],
  })
  const validation = validateImportText(text, ['it', 'en'])
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems))
  return validation.data
}

const all = async <T>(collection: 'neighbourhoods' | 'pacts' | 'indicators') =>
  (await payload.find({ collection, locale: 'all', depth: 0, overrideAccess: true, limit: 1 })).docs[0] as unknown as T

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})

afterAll(async () => {
  await t?.cleanup()
})

describe('importing translated texts', () => {
  it('writes each locale: Italian as the default, English where the record has it', async () => {
    const report = await importRecords(payload, file({ it: 'Patto del verde', en: 'Green pact' }, { it: 'Fornisce gli attrezzi', en: 'Provides the tools' }))
    expect(report).toMatchObject({ created: 4, updated: 0 })
    const neighbourhood = await all<{ summary: Record<string, string>; descriptionHtml: Record<string, string>; worksProgress: Array<{ label: Record<string, string | null> }> }>(
      'neighbourhoods',
    )
    expect(neighbourhood.summary).toEqual({ it: 'Un quartiere vivace', en: 'A lively neighbourhood' })
    expect(neighbourhood.descriptionHtml.it).toContain('<strong>popolari</strong>')
    expect(neighbourhood.descriptionHtml.en).toContain('<strong>housing</strong>')
    expect(neighbourhood.worksProgress.map((row) => row.label.it)).toEqual(['Tetti', 'Facciate'])
    expect(neighbourhood.worksProgress[0]!.label.en).toBe('Roofs')
    expect(neighbourhood.worksProgress[1]!.label.en ?? null).toBeNull()
    const indicator = await all<{ name: Record<string, string>; unit: Record<string, string> }>('indicators')
    expect(indicator).toMatchObject({ name: { it: 'Alberi piantati', en: 'Trees planted' }, unit: { it: 'alberi', en: 'trees' } })
  })

  it('reads a locale with Italian where a text has no translation, and plain Italian without a locale', async () => {
    const english = await payload.find({ collection: 'neighbourhoods', locale: 'en', depth: 0, overrideAccess: true })
    expect(english.docs[0]!.worksProgress?.map((row) => row.label)).toEqual(['Roofs', 'Facciate'])
    const plain = await payload.find({ collection: 'pacts', depth: 0, overrideAccess: true })
    expect(plain.docs[0]).toMatchObject({ title: 'Patto del verde' })
    expect(plain.docs[0]!.commitments?.[0]?.description).toBe('Fornisce gli attrezzi')
  })

  it('on re-import, changes and clears translations as the file says, keeping each row’s Italian', async () => {
    const report = await importRecords(payload, file('Patto del verde pubblico', { it: 'Fornisce gli attrezzi e i semi', en: 'Provides tools and seeds' }))
    expect(report.updated).toBe(1)
    const pact = await all<{ title: Record<string, string | null>; commitments: Array<{ description: Record<string, string> }> }>('pacts')
    expect(pact.title.it).toBe('Patto del verde pubblico')
    expect(pact.title.en ?? null).toBeNull()
    expect(pact.commitments[0]!.description).toEqual({ it: 'Fornisce gli attrezzi e i semi', en: 'Provides tools and seeds' })
  })

  it('leaves the request in Italian for what follows: an unchanged file changes nothing', async () => {
    const report = await importRecords(payload, file('Patto del verde pubblico', { it: 'Fornisce gli attrezzi e i semi', en: 'Provides tools and seeds' }))
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 4 })
  })
})
