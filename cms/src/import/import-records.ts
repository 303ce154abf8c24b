import { createHash } from 'node:crypto'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { ImportFile } from '@quartieri/shared/import/import-file'
import type { EventRecord } from '@quartieri/shared/import/event-record'
import type { LaboratoryRecord } from '@quartieri/shared/import/laboratory-record'
import type { NeighbourhoodRecord } from '@quartieri/shared/import/neighbourhood-record'
import { purgeSite } from '../site-cache/purge-site.ts'

export type RecordOutcome = 'created' | 'updated' | 'unchanged'

export interface ImportReport {
  created: number
  updated: number
  unchanged: number
}

type Importable = 'neighbourhoods' | 'laboratories' | 'events'

/** Creates the document with this slug, updates it when the record changed, leaves it alone otherwise. */
async function upsertBySlug(
  payload: Payload,
  req: PayloadRequest,
  collection: Importable,
  data: { slug: string; importFingerprint: string } & Record<string, unknown>,
  draft: boolean,
): Promise<RecordOutcome> {
  const existing = await payload.find({ collection, where: { slug: { equals: data.slug } }, draft: true, limit: 1, depth: 0, req, overrideAccess: true })
  const current = existing.docs[0]
  if (!current) {
    await payload.create({ collection, data: data as never, draft, req, overrideAccess: true, depth: 0 })
    return 'created'
  }
  if (current.importFingerprint === data.importFingerprint) return 'unchanged'
  await payload.update({ collection, id: current.id, data: data as never, draft, req, overrideAccess: true, depth: 0 })
  return 'updated'
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

function laboratoryData(editorConfig: EditorConfig, record: LaboratoryRecord, neighbourhood: number | string) {
  return {
    title: record.title,
    slug: record.slug,
    neighbourhood: neighbourhood as number,
    phase: record.phase,
    summary: record.summary ?? null,
    description: record.description ? convertMarkdownToLexical({ editorConfig, markdown: record.description.join('\n\n') }) : null,
    themes: record.themes ?? [],
    venue: record.venue ?? {},
    sessions: record.sessions ?? [],
    capacity: record.capacity,
    signupOpensAt: record.signupOpensAt ?? null,
    signupClosesAt: record.signupClosesAt ?? null,
    _status: record.status,
  }
}

function eventData(editorConfig: EditorConfig, record: EventRecord, neighbourhood: number | string, laboratory: number | string | null) {
  return {
    title: record.title,
    slug: record.slug,
    type: record.type,
    neighbourhood: neighbourhood as number,
    laboratory: laboratory as number | null,
    start: record.start,
    end: record.end ?? null,
    allDay: record.allDay ?? false,
    summary: record.summary ?? null,
    description: record.description ? convertMarkdownToLexical({ editorConfig, markdown: record.description.join('\n\n') }) : null,
    venue: record.venue ?? {},
    recurrence: record.recurrence
      ? { frequency: 'weekly' as const, byDay: record.recurrence.byDay, until: record.recurrence.until ?? null, exceptions: (record.recurrence.exceptions ?? []).map((date) => ({ date })) }
      : { frequency: 'none' as const, byDay: [], until: null, exceptions: [] },
    registration: record.registration ? { mode: 'required' as const, ...record.registration } : { mode: 'none' as const },
    cancelled: Boolean(record.cancelled),
    cancellationReason: record.cancelled?.reason ?? null,
    _status: record.status,
  }
}

/** A record that names something that does not exist (e.g. a lab's neighbourhood): nothing is imported. */
export class ImportReferenceError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    this.name = 'ImportReferenceError'
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
    const total = records.length + (file.laboratories?.length ?? 0) + (file.events?.length ?? 0)
    let index = 0
    for (const record of records) {
      const data = { ...neighbourhoodData(editorConfig, record), importFingerprint: fingerprint(record) }
      const outcome = await upsertBySlug(payload, req, 'neighbourhoods', data, record.status === 'draft')
      report[outcome]++
      onProgress?.({ collection: 'neighbourhoods', slug: record.slug, outcome, index: index++, total })
    }
    const labs = file.laboratories ?? []
    const events = file.events ?? []
    const bySlug = async (collection: 'neighbourhoods' | 'laboratories', slugs: string[]) => {
      if (slugs.length === 0) return new Map<string, number | string>()
      const found = await payload.find({ collection, where: { slug: { in: slugs } }, draft: true, depth: 0, pagination: false, req, overrideAccess: true, select: { slug: true } })
      return new Map(found.docs.map((d) => [d.slug, d.id]))
    }
    const neighbourhoodIds = await bySlug('neighbourhoods', [...new Set([...labs.map((l) => l.neighbourhood), ...events.map((e) => e.neighbourhood)])])
    const missing = [
      ...labs.flatMap((lab, i) => (neighbourhoodIds.has(lab.neighbourhood) ? [] : [{ path: `laboratories[${i}].neighbourhood`, message: `Quartiere "${lab.neighbourhood}" inesistente / unknown neighbourhood` }])),
      ...events.flatMap((event, i) => (neighbourhoodIds.has(event.neighbourhood) ? [] : [{ path: `events[${i}].neighbourhood`, message: `Quartiere "${event.neighbourhood}" inesistente / unknown neighbourhood` }])),
    ]
    if (missing.length > 0) throw new ImportReferenceError(missing)
    for (const record of labs) {
      const data = { ...laboratoryData(editorConfig, record, neighbourhoodIds.get(record.neighbourhood)!), importFingerprint: fingerprint(record) }
      const outcome = await upsertBySlug(payload, req, 'laboratories', data, record.status === 'draft')
      report[outcome]++
      onProgress?.({ collection: 'laboratories', slug: record.slug, outcome, index: index++, total })
    }
    const labIds = await bySlug('laboratories', [...new Set(events.flatMap((e) => (e.laboratory ? [e.laboratory] : [])))])
    const missingLabs = events.flatMap((event, i) => (!event.laboratory || labIds.has(event.laboratory) ? [] : [{ path: `events[${i}].laboratory`, message: `Laboratorio "${event.laboratory}" inesistente / unknown laboratory` }]))
    if (missingLabs.length > 0) throw new ImportReferenceError(missingLabs)
    for (const record of events) {
      const data = { ...eventData(editorConfig, record, neighbourhoodIds.get(record.neighbourhood)!, record.laboratory ? labIds.get(record.laboratory)! : null), importFingerprint: fingerprint(record) }
      const outcome = await upsertBySlug(payload, req, 'events', data, record.status === 'draft')
      report[outcome]++
      onProgress?.({ collection: 'events', slug: record.slug, outcome, index: index++, total })
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (err) {
    if (ownsTransaction) await killTransaction(req)
    throw err
  }
  if (report.created + report.updated > 0) await purgeSite(payload, 'import', { reloadEvents: (file.events?.length ?? 0) > 0 })
  return report
}
