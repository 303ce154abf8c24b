import type { NeighbourhoodRecord } from '@quartieri/shared/neighbourhoods/import-record'
import { fingerprint, richText, upsertBySlug, type EditorConfig, type ImportPart } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'

/* The neighbourhoods' part of an import file: written first, as everything else is in a neighbourhood. */

function neighbourhoodData(editorConfig: EditorConfig, record: NeighbourhoodRecord) {
  return {
    name: record.name,
    slug: record.slug,
    summary: translated(record.summary),
    description: richText(editorConfig, record.description),
    figures: record.figures ?? {},
    worksProgress: (record.worksProgress ?? []).map((w) => ({ ...w, label: translated(w.label) })),
    venue: record.venue?.openingHours ? { ...record.venue, openingHours: record.venue.openingHours.map((h) => ({ ...h, note: translated(h.note) })) } : (record.venue ?? {}),
    centre: record.centre ?? {},
    boundary: record.boundary ?? null,
    contacts: (record.contacts ?? []).map((c) => ({ ...c, role: translated(c.role) })),
    _status: record.status,
  }
}

export const neighbourhoodsImport: ImportPart = {
  name: 'neighbourhoods',
  count: (file) => file.neighbourhoods?.length ?? 0,
  async run({ payload, req, editorConfig, file, record: done }) {
    for (const record of file.neighbourhoods ?? []) {
      const data = { ...neighbourhoodData(editorConfig, record), importFingerprint: fingerprint(record) }
      done('neighbourhoods', record.slug, await upsertBySlug(payload, req, 'neighbourhoods', data, record.status === 'draft'))
    }
  },
}
