import type { LaboratoryRecord } from '@quartieri/shared/laboratories/import-record'
import { fingerprint, ImportReferenceError, richText, unknownReference, upsertBySlug, type EditorConfig, type ImportPart } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'

/* The laboratories' part of an import file, after the neighbourhoods they are in. */

function laboratoryData(editorConfig: EditorConfig, record: LaboratoryRecord, neighbourhood: number | string) {
  return {
    title: translated(record.title),
    slug: record.slug,
    neighbourhood: neighbourhood as number,
    phase: record.phase,
    summary: translated(record.summary),
    description: richText(editorConfig, record.description),
    themes: translated(record.themes) ?? [],
    venue: record.venue ?? {},
    sessions: (record.sessions ?? []).map((session) => ({ ...session, topic: translated(session.topic) })),
    capacity: record.capacity,
    signupOpensAt: record.signupOpensAt ?? null,
    signupClosesAt: record.signupClosesAt ?? null,
    _status: record.status,
  }
}

export const laboratoriesImport: ImportPart = {
  name: 'laboratories',
  count: (file) => file.laboratories?.length ?? 0,
  async run({ payload, req, editorConfig, file, record: done, load }) {
    const labs = file.laboratories ?? []
    if (labs.length === 0) return
    const neighbourhoodIds = await load(
      'neighbourhoods',
      labs.map((l) => l.neighbourhood),
    )
    const missing = labs.flatMap((lab, i) =>
      neighbourhoodIds.has(lab.neighbourhood) ? [] : [unknownReference('neighbourhoods', lab.neighbourhood, `laboratories[${i}].neighbourhood`)],
    )
    if (missing.length > 0) throw new ImportReferenceError(missing)
    for (const record of labs) {
      const data = { ...laboratoryData(editorConfig, record, neighbourhoodIds.get(record.neighbourhood)!), importFingerprint: fingerprint(record) }
      done('laboratories', record.slug, await upsertBySlug(payload, req, 'laboratories', data, record.status === 'draft'))
    }
  },
}
