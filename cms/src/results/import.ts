import type { ResultRecord } from '@quartieri/shared/results/import-record'
import { day, fingerprint, ImportReferenceError, richText, upsertBySlug, type EditorConfig, type ImportPart, type Lookup } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'

/* The results publications' part of an import file, after the neighbourhoods they report on. */

function resultData(editorConfig: EditorConfig, record: ResultRecord, ref: Lookup, index: number) {
  return {
    title: translated(record.title),
    slug: record.slug,
    periodFrom: day(record.periodFrom),
    periodTo: day(record.periodTo),
    neighbourhoods: (record.neighbourhoods ?? []).map((n, i) => ref('neighbourhoods', n, `results[${index}].neighbourhoods[${i}]`) as number),
    summary: translated(record.summary),
    body: richText(editorConfig, record.body),
    keyFigures: (record.keyFigures ?? []).map((f) => ({ label: translated(f.label), value: f.value, unit: translated(f.unit) })),
    _status: record.status,
  }
}

export const resultsImport: ImportPart = {
  name: 'results',
  count: (file) => file.results?.length ?? 0,
  async run(context) {
    const { payload, req, editorConfig, file, load } = context
    const results = file.results ?? []
    if (results.length === 0) return
    await load(
      'neighbourhoods',
      results.flatMap((r) => r.neighbourhoods ?? []),
    )
    const { ref, problems } = context.references()
    const records = results.map((r, i) => ({ record: r, data: resultData(editorConfig, r, ref, i) }))
    if (problems.length > 0) throw new ImportReferenceError(problems)
    for (const { record, data } of records) {
      context.record('results', record.slug, await upsertBySlug(payload, req, 'results', { ...data, importFingerprint: fingerprint(record) }, record.status === 'draft'))
    }
  },
}
