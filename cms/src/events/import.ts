import type { EventRecord } from '@quartieri/shared/events/import-record'
import { fingerprint, ImportReferenceError, richText, unknownReference, upsertBySlug, type EditorConfig, type ImportPart } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'

/* The events' part of an import file, after the neighbourhoods and labs they belong to. */

function eventData(editorConfig: EditorConfig, record: EventRecord, neighbourhood: number | string, laboratory: number | string | null) {
  return {
    title: translated(record.title),
    slug: record.slug,
    type: record.type,
    neighbourhood: neighbourhood as number,
    laboratory: laboratory as number | null,
    start: record.start,
    end: record.end ?? null,
    allDay: record.allDay ?? false,
    summary: translated(record.summary),
    description: richText(editorConfig, record.description),
    venue: record.venue ?? {},
    recurrence: record.recurrence
      ? {
          frequency: 'weekly' as const,
          byDay: record.recurrence.byDay,
          until: record.recurrence.until ?? null,
          exceptions: (record.recurrence.exceptions ?? []).map((date) => ({ date })),
        }
      : { frequency: 'none' as const, byDay: [], until: null, exceptions: [] },
    registration: record.registration ? { mode: 'required' as const, ...record.registration } : { mode: 'none' as const },
    cancelled: Boolean(record.cancelled),
    cancellationReason: translated(record.cancelled?.reason),
    attendees: record.attendees ?? null,
    _status: record.status,
  }
}

export const eventsImport: ImportPart = {
  name: 'events',
  count: (file) => file.events?.length ?? 0,
  async run({ payload, req, editorConfig, file, record: done, load }) {
    const events = file.events ?? []
    if (events.length === 0) return
    const neighbourhoodIds = await load(
      'neighbourhoods',
      events.map((e) => e.neighbourhood),
    )
    const missing = events.flatMap((event, i) =>
      neighbourhoodIds.has(event.neighbourhood) ? [] : [unknownReference('neighbourhoods', event.neighbourhood, `events[${i}].neighbourhood`)],
    )
    if (missing.length > 0) throw new ImportReferenceError(missing)
    const labIds = await load(
      'laboratories',
      events.flatMap((e) => (e.laboratory ? [e.laboratory] : [])),
    )
    const missingLabs = events.flatMap((event, i) =>
      !event.laboratory || labIds.has(event.laboratory) ? [] : [unknownReference('laboratories', event.laboratory, `events[${i}].laboratory`)],
    )
    if (missingLabs.length > 0) throw new ImportReferenceError(missingLabs)
    for (const record of events) {
      const data = {
        ...eventData(editorConfig, record, neighbourhoodIds.get(record.neighbourhood)!, record.laboratory ? labIds.get(record.laboratory)! : null),
        importFingerprint: fingerprint(record),
      }
      done('events', record.slug, await upsertBySlug(payload, req, 'events', data, record.status === 'draft'))
    }
  },
}
