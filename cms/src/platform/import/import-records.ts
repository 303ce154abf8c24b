import { createHash } from 'node:crypto'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { ImportFile } from '@quartieri/shared/platform/import-file'
import type { EventRecord } from '@quartieri/shared/events/import-record'
import type { LaboratoryRecord } from '@quartieri/shared/laboratories/import-record'
import type { NeighbourhoodRecord } from '@quartieri/shared/neighbourhoods/import-record'
import type { IndicatorRecord, OrganizationRecord, PactRecord, ProjectRecord } from '@quartieri/shared/pacts/import-record'
import type { GrantRecord, ResultRecord } from '@quartieri/shared/results/import-record'
import { purgeSite } from '../cache/purge-site.ts'
import { italianOf } from '@quartieri/shared/platform/localized-text'
import { DEFAULT_LOCALE, type LocaleCode } from '@quartieri/shared/platform/locales'
import { dataInLocale, translated, translationLocales, writeTranslations } from './translations.ts'

export type RecordOutcome = 'created' | 'updated' | 'unchanged'

export interface ImportReport {
  created: number
  updated: number
  unchanged: number
  /** Set when a site was told: whether it confirmed it reloads what it shows (else it catches up within its index TTL). */
  sitePurged?: boolean
}

type Importable = 'neighbourhoods' | 'laboratories' | 'events' | 'organizations' | 'pacts' | 'projects' | 'results' | 'grants'

/** The portal's locales, as Payload was configured with them. */
const localesOf = (payload: Payload): LocaleCode[] => (payload.config.localization ? (payload.config.localization.localeCodes as LocaleCode[]) : [DEFAULT_LOCALE])

/**
 * Writes a record's document: in Italian first, then its translations locale by locale. A new document
 * gets the translations the record has; an updated one gets every locale, so a translation the record
 * no longer has is cleared.
 */
async function writeDocument(
  payload: Payload,
  req: PayloadRequest,
  collection: Importable | 'indicators',
  current: { id: number | string } | undefined,
  data: Record<string, unknown>,
  draft: boolean,
): Promise<void> {
  const italian = dataInLocale(data, DEFAULT_LOCALE) as never
  const written = current
    ? await payload.update({ collection, id: current.id, data: italian, locale: DEFAULT_LOCALE, draft, req, overrideAccess: true, depth: 0 })
    : await payload.create({ collection, data: italian, locale: DEFAULT_LOCALE, draft, req, overrideAccess: true, depth: 0 })
  const portal = localesOf(payload)
  const locales = current ? portal : [...translationLocales(data)].filter((locale) => portal.includes(locale))
  await writeTranslations(payload, req, collection, written as unknown as { id: number | string }, data, locales, draft)
}

/** Creates the document with this slug, updates it when the record changed, leaves it alone otherwise. */
async function upsertBySlug(
  payload: Payload,
  req: PayloadRequest,
  collection: Importable,
  data: { slug: string; importFingerprint: string } & Record<string, unknown>,
  draft: boolean,
): Promise<RecordOutcome> {
  const existing = await payload.find({ collection, where: { slug: { equals: data.slug } }, draft: true, limit: 1, depth: 0, locale: DEFAULT_LOCALE, req, overrideAccess: true })
  const current = existing.docs[0]
  if (current && current.importFingerprint === data.importFingerprint) return 'unchanged'
  await writeDocument(payload, req, collection, current, data, draft)
  return current ? 'updated' : 'created'
}

export type ImportProgress = (event: { collection: string; slug: string; outcome: RecordOutcome; index: number; total: number }) => void

function fingerprint(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex')
}

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Paragraphs of Markdown, in each locale the record gives, as the rich text staff edit in the admin. */
const richText = (editorConfig: EditorConfig, paragraphs: Parameters<typeof translated<string[]>>[0]) =>
  translated(paragraphs, (list) => convertMarkdownToLexical({ editorConfig, markdown: list.join('\n\n') }))

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
      ? { frequency: 'weekly' as const, byDay: record.recurrence.byDay, until: record.recurrence.until ?? null, exceptions: (record.recurrence.exceptions ?? []).map((date) => ({ date })) }
      : { frequency: 'none' as const, byDay: [], until: null, exceptions: [] },
    registration: record.registration ? { mode: 'required' as const, ...record.registration } : { mode: 'none' as const },
    cancelled: Boolean(record.cancelled),
    cancellationReason: translated(record.cancelled?.reason),
    attendees: record.attendees ?? null,
    _status: record.status,
  }
}

/** A calendar date kept at midday UTC, so it is the same day in Rome. */
const day = (value: string | undefined) => (value ? `${value}T12:00:00.000Z` : null)
type Id = number | string
type Lookup = (kind: string, slug: string, path: string) => Id

function organizationData(record: OrganizationRecord, neighbourhood: (slug: string, path: string) => Id, index: number) {
  return {
    name: record.name,
    slug: record.slug,
    kind: record.kind,
    neighbourhoods: (record.neighbourhoods ?? []).map((n, i) => neighbourhood(n, `organizations[${index}].neighbourhoods[${i}]`) as number),
    website: record.website ?? null,
    taxCode: record.taxCode ?? null,
    description: record.description ?? null,
    _status: record.status,
  }
}

function pactData(editorConfig: EditorConfig, record: PactRecord, ref: Lookup, index: number) {
  const at = (path: string) => `pacts[${index}].${path}`
  return {
    code: record.code,
    title: translated(record.title),
    slug: record.slug,
    kind: record.kind,
    status: record.pactStatus,
    neighbourhoods: record.neighbourhoods.map((n, i) => ref('neighbourhoods', n, at(`neighbourhoods[${i}]`)) as number),
    laboratory: record.laboratory ? (ref('laboratories', record.laboratory, at('laboratory')) as number) : null,
    renews: record.renews ? (ref('pacts', record.renews, at('renews')) as number) : null,
    summary: translated(record.summary),
    objectives: richText(editorConfig, record.objectives),
    approvalAct: record.approvalAct ? { number: record.approvalAct.number, date: day(record.approvalAct.date) } : { number: null, date: null },
    signedAt: day(record.signedAt),
    validFrom: day(record.validFrom),
    validUntil: day(record.validUntil),
    signatories: (record.signatories ?? []).map((s, i) => ({
      organization: s.organization ? (ref('organizations', s.organization, at(`signatories[${i}].organization`)) as number) : null,
      office: s.office ?? null,
      role: translated(s.role),
      signedAt: day(s.signedAt),
    })),
    volunteers: record.volunteers ?? 0,
    commitments: (record.commitments ?? []).map((c, i) => ({
      party: c.party,
      organization: c.organization ? (ref('organizations', c.organization, at(`commitments[${i}].organization`)) as number) : null,
      description: translated(c.description),
      resourceKind: c.resourceKind,
      amount: c.amount ?? null,
      quantity: c.quantity ?? null,
    })),
    _status: record.status,
  }
}

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
async function upsertIndicator(payload: Payload, req: PayloadRequest, record: IndicatorRecord, parent: { pact: Id } | { project: Id }, status: 'published' | 'draft'): Promise<RecordOutcome> {
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

/** Pacts that renew another pact of the same file come after it. */
function renewalOrder(pacts: PactRecord[]): PactRecord[] {
  const bySlug = new Map(pacts.map((p) => [p.slug, p]))
  const done = new Set<string>()
  const out: PactRecord[] = []
  const visit = (pact: PactRecord, trail: Set<string>) => {
    if (done.has(pact.slug) || trail.has(pact.slug)) return
    trail.add(pact.slug)
    const renewed = pact.renews ? bySlug.get(pact.renews) : undefined
    if (renewed) visit(renewed, trail)
    done.add(pact.slug)
    out.push(pact)
  }
  for (const pact of pacts) visit(pact, new Set())
  return out
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
    const total =
      records.length +
      (file.laboratories?.length ?? 0) +
      (file.events?.length ?? 0) +
      (file.organizations?.length ?? 0) +
      (file.pacts ?? []).reduce((n, p) => n + 1 + (p.projects?.length ?? 0), 0) +
      (file.results?.length ?? 0) +
      (file.grants?.length ?? 0)
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
    index = await importPacts(payload, req, editorConfig, file, report, index, total, onProgress)
    index = await importTransparency(payload, req, editorConfig, file, report, index, total, onProgress)
    if (ownsTransaction) await commitTransaction(req)
  } catch (err) {
    if (ownsTransaction) await killTransaction(req)
    throw err
  }
  if (report.created + report.updated > 0) {
    const purged = await purgeSite(payload, 'import', { reloadEvents: true, reloadPacts: true }, { attempts: 3, timeoutMs: 30_000 })
    if (purged !== null) report.sitePurged = purged
  }
  return report
}

const REFERENCE_NAMES: Record<string, { it: string; en: string }> = {
  neighbourhoods: { it: 'Quartiere', en: 'neighbourhood' },
  projects: { it: 'Progetto', en: 'project' },
  laboratories: { it: 'Laboratorio', en: 'laboratory' },
  organizations: { it: 'Organizzazione', en: 'organization' },
  pacts: { it: 'Patto', en: 'pact' },
}

/** Organizations, then pacts (renewed ones first) with their projects and indicators. */
async function importPacts(payload: Payload, req: PayloadRequest, editorConfig: EditorConfig, file: ImportFile, report: ImportReport, index: number, total: number, onProgress?: ImportProgress): Promise<number> {
  const organizations = file.organizations ?? []
  const pacts = renewalOrder(file.pacts ?? [])
  if (organizations.length === 0 && pacts.length === 0) return index
  const known = { neighbourhoods: new Map<string, Id>(), laboratories: new Map<string, Id>(), organizations: new Map<string, Id>(), pacts: new Map<string, Id>() }
  const load = async (collection: keyof typeof known, slugs: string[]) => {
    const wanted = [...new Set(slugs)].filter((s) => !known[collection].has(s))
    if (wanted.length === 0) return
    const found = await payload.find({ collection, where: { slug: { in: wanted } }, draft: true, depth: 0, pagination: false, req, overrideAccess: true, select: { slug: true } })
    for (const doc of found.docs) known[collection].set(doc.slug as string, doc.id)
  }
  await load('neighbourhoods', [...organizations.flatMap((o) => o.neighbourhoods ?? []), ...pacts.flatMap((p) => [...p.neighbourhoods, ...(p.projects ?? []).flatMap((x) => (x.neighbourhood ? [x.neighbourhood] : []))])])
  await load('laboratories', pacts.flatMap((p) => (p.laboratory ? [p.laboratory] : [])))
  const problems: Array<{ path: string; message: string }> = []
  const ref: Lookup = (kind, slug, path) => {
    const id = known[kind as keyof typeof known].get(slug)
    if (id === undefined) problems.push({ path, message: `${REFERENCE_NAMES[kind]?.it ?? kind} "${slug}" inesistente / unknown ${REFERENCE_NAMES[kind]?.en ?? kind}` })
    return id ?? 0
  }
  const inFile = new Set(pacts.map((p) => p.slug))
  // References are checked before anything of this part is written.
  organizations.forEach((o, i) => organizationData(o, (n, path) => ref('neighbourhoods', n, path), i))
  await load('organizations', [...organizations.map((o) => o.slug), ...pacts.flatMap((p) => [...(p.signatories ?? []), ...(p.commitments ?? [])].flatMap((s) => (s.organization ? [s.organization] : [])))])
  const orgsInFile = new Set(organizations.map((o) => o.slug))
  await load('pacts', pacts.flatMap((p) => (p.renews && !inFile.has(p.renews) ? [p.renews] : [])))
  const fileIndex = new Map((file.pacts ?? []).map((p, i) => [p.slug, i]))
  for (const p of pacts) {
    const i = fileIndex.get(p.slug)!
    const check: Lookup = (kind, slug, path) => {
      if ((kind === 'organizations' && orgsInFile.has(slug)) || (kind === 'pacts' && inFile.has(slug))) return 0
      return ref(kind, slug, path)
    }
    pactData(editorConfig, { ...p, objectives: undefined }, check, i)
    ;(p.projects ?? []).forEach((x, j) => x.neighbourhood && ref('neighbourhoods', x.neighbourhood, `pacts[${i}].projects[${j}].neighbourhood`))
  }
  // Renewals go back in time: a loop (A renews B, B renews A) is a mistake in the file.
  const renewsOf = new Map(pacts.map((p) => [p.slug, p.renews]))
  for (const p of pacts) {
    const seen = new Set([p.slug])
    for (let next = p.renews; next !== undefined && renewsOf.has(next); next = renewsOf.get(next)) {
      if (seen.has(next)) {
        problems.push({ path: `pacts[${fileIndex.get(p.slug)}].renews`, message: `I rinnovi formano un cerchio ("${p.slug}" rinnova se stesso attraverso "${p.renews}") / renewals form a loop` })
        break
      }
      seen.add(next)
    }
  }
  if (problems.length > 0) throw new ImportReferenceError(problems)

  for (const [i, record] of organizations.entries()) {
    const data = { ...organizationData(record, (n, path) => ref('neighbourhoods', n, path), i), importFingerprint: fingerprint(record) }
    const outcome = await upsertBySlug(payload, req, 'organizations', data, record.status === 'draft')
    report[outcome]++
    onProgress?.({ collection: 'organizations', slug: record.slug, outcome, index: index++, total })
  }
  await load('organizations', organizations.map((o) => o.slug))
  for (const record of pacts) {
    const data = { ...pactData(editorConfig, record, ref, fileIndex.get(record.slug)!), importFingerprint: fingerprint(record) }
    const outcome = await upsertBySlug(payload, req, 'pacts', data, record.status === 'draft')
    report[outcome]++
    onProgress?.({ collection: 'pacts', slug: record.slug, outcome, index: index++, total })
    await load('pacts', [record.slug])
    const pactId = known.pacts.get(record.slug)!
    for (const indicator of record.indicators ?? []) report[await upsertIndicator(payload, req, indicator, { pact: pactId }, record.status)]++
    for (const project of record.projects ?? []) {
      const neighbourhood = known.neighbourhoods.get(project.neighbourhood ?? record.neighbourhoods[0]!)!
      const projectData_ = { ...projectData(editorConfig, project, pactId, neighbourhood, record.status), importFingerprint: fingerprint({ project, pact: record.slug, status: record.status, neighbourhood }) }
      const projectOutcome = await upsertBySlug(payload, req, 'projects', projectData_, record.status === 'draft')
      report[projectOutcome]++
      onProgress?.({ collection: 'projects', slug: project.slug, outcome: projectOutcome, index: index++, total })
      if ((project.indicators ?? []).length > 0) {
        const found = await payload.find({ collection: 'projects', where: { slug: { equals: project.slug } }, draft: true, depth: 0, limit: 1, req, overrideAccess: true, select: { slug: true } })
        for (const indicator of project.indicators ?? []) report[await upsertIndicator(payload, req, indicator, { project: found.docs[0]!.id }, record.status)]++
      }
    }
  }
  return index
}

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

function grantData(record: GrantRecord, ref: Lookup, index: number) {
  const at = (path: string) => `grants[${index}].${path}`
  return {
    title: translated(record.title),
    slug: record.slug,
    year: record.year,
    totalBudget: record.totalBudget ?? null,
    deadline: day(record.deadline),
    neighbourhoods: (record.neighbourhoods ?? []).map((n, i) => ref('neighbourhoods', n, at(`neighbourhoods[${i}]`)) as number),
    summary: translated(record.summary),
    awards: (record.awards ?? []).map((a, i) => ({
      beneficiary: ref('organizations', a.beneficiary, at(`awards[${i}].beneficiary`)) as number,
      amount: a.amount,
      awardedAt: day(a.awardedAt),
      project: a.project ? (ref('projects', a.project, at(`awards[${i}].project`)) as number) : null,
      purpose: translated(a.purpose),
      neighbourhood: a.neighbourhood ? (ref('neighbourhoods', a.neighbourhood, at(`awards[${i}].neighbourhood`)) as number) : null,
      legalBasis: a.legalBasis,
      office: a.office,
      responsible: a.responsible ?? null,
      selectionMethod: a.selectionMethod,
    })),
    _status: record.status,
  }
}

/** Results publications and grant calls, after the organizations and projects they name. */
async function importTransparency(payload: Payload, req: PayloadRequest, editorConfig: EditorConfig, file: ImportFile, report: ImportReport, index: number, total: number, onProgress?: ImportProgress): Promise<number> {
  const results = file.results ?? []
  const grants = file.grants ?? []
  if (results.length === 0 && grants.length === 0) return index
  const known = { neighbourhoods: new Map<string, Id>(), organizations: new Map<string, Id>(), projects: new Map<string, Id>() }
  const load = async (collection: keyof typeof known, slugs: string[]) => {
    const wanted = [...new Set(slugs)]
    if (wanted.length === 0) return
    const found = await payload.find({ collection, where: { slug: { in: wanted } }, draft: true, depth: 0, pagination: false, req, overrideAccess: true, select: { slug: true } })
    for (const doc of found.docs) known[collection].set(doc.slug as string, doc.id)
  }
  await load('neighbourhoods', [...results.flatMap((r) => r.neighbourhoods ?? []), ...grants.flatMap((g) => [...(g.neighbourhoods ?? []), ...(g.awards ?? []).flatMap((a) => (a.neighbourhood ? [a.neighbourhood] : []))])])
  await load('organizations', grants.flatMap((g) => (g.awards ?? []).map((a) => a.beneficiary)))
  await load('projects', grants.flatMap((g) => (g.awards ?? []).flatMap((a) => (a.project ? [a.project] : []))))
  const problems: Array<{ path: string; message: string }> = []
  const ref: Lookup = (kind, slug, path) => {
    const id = known[kind as keyof typeof known].get(slug)
    if (id === undefined) problems.push({ path, message: `${REFERENCE_NAMES[kind]?.it ?? kind} "${slug}" inesistente / unknown ${REFERENCE_NAMES[kind]?.en ?? kind}` })
    return id ?? 0
  }
  const resultRecords = results.map((r, i) => ({ record: r, data: resultData(editorConfig, r, ref, i) }))
  const grantRecords = grants.map((g, i) => ({ record: g, data: grantData(g, ref, i) }))
  if (problems.length > 0) throw new ImportReferenceError(problems)
  for (const { record, data } of resultRecords) {
    const outcome = await upsertBySlug(payload, req, 'results', { ...data, importFingerprint: fingerprint(record) }, record.status === 'draft')
    report[outcome]++
    onProgress?.({ collection: 'results', slug: record.slug, outcome, index: index++, total })
  }
  for (const { record, data } of grantRecords) {
    const outcome = await upsertBySlug(payload, req, 'grants', { ...data, importFingerprint: fingerprint(record) }, record.status === 'draft')
    report[outcome]++
    onProgress?.({ collection: 'grants', slug: record.slug, outcome, index: index++, total })
  }
  return index
}
