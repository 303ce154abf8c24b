import type { IndicatorRecord, PactRecord, ProjectRecord } from '@quartieri/shared/pacts/import-record'
import { italianOf } from '@quartieri/shared/platform/localized-text'
import { DEFAULT_LOCALE } from '@quartieri/shared/platform/locales'
import { day, fingerprint, richText, upsertBySlug, writeDocument, type EditorConfig, type Id, type ImportContext, type RecordOutcome } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'

/*
 * Projects and indicators in an import file: they come inside their pact (a pact's projects and indicators,
 * a project's indicators), so the pacts' part writes them through the functions here.
 */

function projectData(editorConfig: EditorConfig, record: ProjectRecord, pact: Id, neighbourhood: Id, status: 'published' | 'draft') {
  return {
    title: translated(record.title),
    slug: record.slug,
    pact: pact as number,
    neighbourhood: neighbourhood as number,
    domain: record.domain,
    status: record.projectStatus,
    progress: record.progress ?? (record.projectStatus === 'completed' ? 100 : 0),
    summary: translated(record.summary),
    description: richText(editorConfig, record.description),
    budget: record.budget ?? null,
    spent: record.spent ?? null,
    startDate: day(record.startDate),
    endDate: day(record.endDate),
    location: record.location ?? {},
    milestones: (record.milestones ?? []).map((m) => ({ date: day(m.date), title: translated(m.title), note: translated(m.note) })),
    _status: status,
  }
}

/** Indicators have no slug: within their pact or project, the Italian name is the key. */
async function upsertIndicator(
  { payload, req }: Pick<ImportContext, 'payload' | 'req'>,
  record: IndicatorRecord,
  parent: { pact: Id } | { project: Id },
  status: 'published' | 'draft',
): Promise<RecordOutcome> {
  const [field, id] = 'pact' in parent ? ['pact', parent.pact] : ['project', parent.project]
  const data = {
    name: translated(record.name),
    unit: translated(record.unit),
    baseline: record.baseline ?? null,
    target: record.target ?? null,
    measurements: (record.measurements ?? []).map((m) => ({ date: day(m.date), value: m.value, note: translated(m.note) })),
    [field]: id,
    _status: status,
    importFingerprint: fingerprint({ record, status }),
  }
  const where = { and: [{ [field]: { equals: id } }, { name: { equals: italianOf(record.name) } }] }
  const existing = await payload.find({ collection: 'indicators', where, draft: true, limit: 1, depth: 0, locale: DEFAULT_LOCALE, req, overrideAccess: true })
  const current = existing.docs[0]
  if (current && current.importFingerprint === data.importFingerprint) return 'unchanged'
  await writeDocument(payload, req, 'indicators', current, data, status === 'draft')
  return current ? 'updated' : 'created'
}

/** How many progress lines a pact's projects add (indicators have none). */
export const projectCount = (pact: PactRecord) => pact.projects?.length ?? 0

/** A written pact's indicators, then its projects with theirs, published or drafted as the pact is. */
export async function importProjectsOf(context: ImportContext, record: PactRecord, pactId: Id): Promise<void> {
  const { payload, req, editorConfig } = context
  for (const indicator of record.indicators ?? []) context.count(await upsertIndicator(context, indicator, { pact: pactId }, record.status))
  const neighbourhoods = await context.load('neighbourhoods', [...record.neighbourhoods, ...(record.projects ?? []).flatMap((p) => (p.neighbourhood ? [p.neighbourhood] : []))])
  for (const project of record.projects ?? []) {
    const neighbourhood = neighbourhoods.get(project.neighbourhood ?? record.neighbourhoods[0]!)!
    const data = {
      ...projectData(editorConfig, project, pactId, neighbourhood, record.status),
      importFingerprint: fingerprint({ project, pact: record.slug, status: record.status, neighbourhood }),
    }
    context.record('projects', project.slug, await upsertBySlug(payload, req, 'projects', data, record.status === 'draft'))
    if ((project.indicators ?? []).length > 0) {
      const found = await payload.find({
        collection: 'projects',
        where: { slug: { equals: project.slug } },
        draft: true,
        depth: 0,
        limit: 1,
        req,
        overrideAccess: true,
        select: { slug: true },
      })
      for (const indicator of project.indicators ?? []) context.count(await upsertIndicator(context, indicator, { project: found.docs[0]!.id }, record.status))
    }
  }
}
