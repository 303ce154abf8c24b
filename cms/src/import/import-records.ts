import { createHash } from 'node:crypto'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import type { ImportFile } from '@quartieri/shared/import/import-file'
import type { NeighbourhoodRecord } from '@quartieri/shared/import/neighbourhood-record'
import { purgeSite } from '../site-cache/purge-site.ts'

export type RecordOutcome = 'created' | 'updated' | 'unchanged'

export interface ImportReport {
  created: number
  updated: number
  unchanged: number
}

export type ImportProgress = (event: { collection: string; slug: string; outcome: RecordOutcome; index: number; total: number }) => void

function fingerprint(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex')
}

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

function neighbourhoodData(editorConfig: EditorConfig, record: NeighbourhoodRecord) {
  return {
    name: record.name,
    slug: record.slug,
    summary: record.summary ?? null,
    description: record.description ? convertMarkdownToLexical({ editorConfig, markdown: record.description.join('\n\n') }) : null,
    figures: record.figures ?? {},
    worksProgress: record.worksProgress ?? [],
    venue: record.venue ?? {},
    centre: record.centre ?? {},
    boundary: record.boundary ?? null,
    contacts: record.contacts ?? [],
    _status: record.status,
  }
}

/**
 * Writes a validated import file in one transaction: each record is created or updated by slug,
 * and left alone when it is unchanged since the last import. Any failure rolls everything back.
 */
export async function importRecords(payload: Payload, file: ImportFile, onProgress?: ImportProgress): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0 }
  const req = await createLocalReq({ context: { skipSitePurge: true } }, payload)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const ownsTransaction = await initTransaction(req)
  try {
    const records = file.neighbourhoods ?? []
    for (const [index, record] of records.entries()) {
      const hash = fingerprint(record)
      const existing = await payload.find({
        collection: 'neighbourhoods',
        where: { slug: { equals: record.slug } },
        draft: true,
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
      const current = existing.docs[0]
      const data = { ...neighbourhoodData(editorConfig, record), importFingerprint: hash }
      const draft = record.status === 'draft'
      let outcome: RecordOutcome
      if (!current) {
        await payload.create({ collection: 'neighbourhoods', data, draft, req, overrideAccess: true, depth: 0 })
        outcome = 'created'
      } else if (current.importFingerprint === hash) {
        outcome = 'unchanged'
      } else {
        await payload.update({ collection: 'neighbourhoods', id: current.id, data, draft, req, overrideAccess: true, depth: 0 })
        outcome = 'updated'
      }
      report[outcome]++
      onProgress?.({ collection: 'neighbourhoods', slug: record.slug, outcome, index, total: records.length })
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (err) {
    if (ownsTransaction) await killTransaction(req)
    throw err
  }
  if (report.created + report.updated > 0) await purgeSite(payload, 'import')
  return report
}
