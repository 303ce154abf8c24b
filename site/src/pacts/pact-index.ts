import { z } from 'zod'
import { publicPactSchema, publicStatus, refId, signingYear, type PublicPact, type PublicPactStatus } from '@quartieri/shared/pacts/pact'
import { publicIndicatorSchema, publicProjectSchema, type PublicIndicator, type PublicProject } from '@quartieri/shared/projects/project'
import { matchesTerms, normalizeText, queryTerms, type PactFilters } from '@quartieri/shared/pacts/registry'
import { fetchEveryPage } from '../platform/cms-pages.ts'

/**
 * Every published pact with its published projects and indicators, kept in memory: the registry's search,
 * filters and open data read it instead of asking the CMS for thousands of pacts on each request. The CMS
 * names the pacts it changes when it purges, and only those are fetched again; everything is reloaded after
 * an import, when a neighbourhood, lab or organisation changes, and at least every INDEX_TTL.
 */
const CMS_URL = process.env.CMS_INTERNAL_URL || process.env.CMS_URL || `http://localhost:${process.env.CMS_PORT || 3000}`
const INDEX_TTL_MS = Number(process.env.SITE_PACT_INDEX_TTL_SECONDS || 600) * 1000
const TIMEOUT_MS = Number(process.env.CMS_TIMEOUT_MS || 5_000) * 6
const IN_CHUNK = 200

export interface IndexedPact {
  pact: PublicPact
  projects: PublicProject[]
  indicators: PublicIndicator[]
  /** Pacts that renew this one (newest first). */
  renewedBy: Array<Pick<PublicPact, 'id' | 'slug' | 'code' | 'title'>>
  neighbourhoods: string[]
  year: number | null
  text: string
}

interface PactIndex {
  pacts: IndexedPact[]
  bySlug: Map<string, IndexedPact>
  projectsBySlug: Map<string, { project: PublicProject; pact: IndexedPact | null; indicators: PublicIndicator[] }>
  raw: { pacts: PublicPact[]; projects: PublicProject[]; indicators: PublicIndicator[] }
  loadedAt: number
}

let index: PactIndex | null = null
let loading: Promise<PactIndex> | null = null
/**
 * Bumped when the whole index is forgotten (after an import): a load that started before cannot store what
 * it read, which may predate the change, and a refresh under way leaves the index alone.
 */
let generation = 0

const fetchAll = <T>(collection: string, schema: z.ZodType<T>, where: Record<string, unknown>, extra: Record<string, unknown>): Promise<T[]> =>
  fetchEveryPage(CMS_URL, collection, schema, { where: { and: [{ _status: { equals: 'published' } }, where] }, ...extra }, { timeoutMs: TIMEOUT_MS })

const PACT_FIELDS = ['code', 'title', 'slug', 'kind', 'neighbourhoods', 'laboratory', 'status', 'approvalAct', 'signedAt', 'validFrom', 'validUntil', 'renews', 'summary', 'objectivesHtml', 'objectivesText', 'signatories', 'volunteers', 'commitments', 'attachments', 'updatedAt', 'createdAt']
const PROJECT_FIELDS = ['title', 'slug', 'pact', 'neighbourhood', 'domain', 'summary', 'descriptionHtml', 'budget', 'spent', 'status', 'progress', 'startDate', 'endDate', 'milestones', 'location', 'updatedAt']
const select = (fields: string[]) => Object.fromEntries(fields.map((f) => [f, true]))

const fetchPacts = (where: Record<string, unknown>) =>
  fetchAll('pacts', publicPactSchema, where, {
    depth: 1,
    sort: 'code,id',
    select: select(PACT_FIELDS),
    populate: {
      neighbourhoods: { name: true, slug: true },
      laboratories: { title: true, slug: true },
      organizations: { name: true, slug: true, kind: true, website: true },
      pacts: { code: true, title: true, slug: true },
      media: { url: true, filename: true, mimeType: true, filesize: true, alt: true },
    },
  })
const fetchProjects = (where: Record<string, unknown>) =>
  fetchAll('projects', publicProjectSchema, where, { depth: 1, sort: 'title,id', select: select(PROJECT_FIELDS), populate: { neighbourhoods: { name: true, slug: true }, pacts: { code: true, title: true, slug: true } } })
const fetchIndicators = (where: Record<string, unknown>) =>
  fetchAll('indicators', publicIndicatorSchema, where, { depth: 0, sort: 'name,id', select: select(['name', 'unit', 'baseline', 'target', 'measurements', 'pact', 'project']) })

/** Fetches with `field in ids`, a chunk of ids at a time (long URLs are refused by servers). */
async function inChunks<T>(ids: Array<number | string>, fetchSome: (where: Record<string, unknown>) => Promise<T[]>, field: string): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await fetchSome({ [field]: { in: ids.slice(i, i + IN_CHUNK) } })))
  return out
}

function build(raw: PactIndex['raw']): PactIndex {
  const projectsByPact = new Map<string, PublicProject[]>()
  for (const project of raw.projects) {
    const pact = refId(project.pact)
    if (pact === undefined) continue
    const list = projectsByPact.get(pact) ?? []
    list.push(project)
    projectsByPact.set(pact, list)
  }
  const indicatorsByParent = new Map<string, PublicIndicator[]>()
  for (const indicator of raw.indicators) {
    const key = indicator.project ? `project:${refId(indicator.project)}` : `pact:${refId(indicator.pact)}`
    const list = indicatorsByParent.get(key) ?? []
    list.push(indicator)
    indicatorsByParent.set(key, list)
  }
  const renewedBy = new Map<string, PublicPact[]>()
  for (const pact of raw.pacts) {
    const renewed = refId(pact.renews)
    if (renewed === undefined) continue
    renewedBy.set(renewed, [...(renewedBy.get(renewed) ?? []), pact])
  }
  const pacts = raw.pacts.map((pact): IndexedPact => {
    const projects = projectsByPact.get(String(pact.id)) ?? []
    const neighbourhoods = (pact.neighbourhoods ?? []).flatMap((n) => (typeof n === 'object' ? [n] : []))
    const signatories = (pact.signatories ?? []).map((s) => (typeof s.organization === 'object' && s.organization ? s.organization.name : (s.office ?? '')))
    const text = normalizeText([pact.code, pact.title, pact.summary ?? '', pact.objectivesText ?? '', ...signatories, ...projects.map((p) => `${p.title} ${p.summary ?? ''}`)].join(' '))
    return {
      pact,
      projects,
      indicators: indicatorsByParent.get(`pact:${pact.id}`) ?? [],
      renewedBy: (renewedBy.get(String(pact.id)) ?? []).sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? '')).map(({ id, slug, code, title }) => ({ id, slug, code, title })),
      neighbourhoods: neighbourhoods.map((n) => n.slug),
      year: signingYear(pact),
      text,
    }
  })
  const bySlug = new Map(pacts.map((p) => [p.pact.slug, p]))
  const byId = new Map(pacts.map((p) => [String(p.pact.id), p]))
  const projectsBySlug = new Map(
    raw.projects.map((project) => [project.slug, { project, pact: byId.get(refId(project.pact) ?? '') ?? null, indicators: indicatorsByParent.get(`project:${project.id}`) ?? [] }]),
  )
  return { pacts, bySlug, projectsBySlug, raw, loadedAt: Date.now() }
}

async function reload(): Promise<PactIndex> {
  if (loading) return loading
  const started = generation
  const load = Promise.all([fetchPacts({}), fetchProjects({}), fetchIndicators({})])
    .then(([pacts, projects, indicators]) => {
      const built = build({ pacts, projects, indicators })
      if (started === generation) index = built
      return built
    })
    .finally(() => {
      if (loading === load) loading = null
    })
  loading = load
  return load
}

/** The index, loading it on first use; an old one is served while a fresh one loads. */
export async function pactIndex(): Promise<PactIndex> {
  if (!index) return reload()
  if (Date.now() - index.loadedAt > INDEX_TTL_MS) void reload().catch((err: unknown) => console.error('pact index reload failed', err))
  return index
}

/** Fetches these pacts again with their projects and indicators (published or gone), and updates the index. */
export async function refreshPacts(ids: Array<number | string>): Promise<void> {
  if (loading) await loading.catch(() => undefined)
  if (!index || ids.length === 0) return
  const started = generation
  const changed = new Set(ids.map(String))
  const [pacts, projects] = await Promise.all([inChunks(ids, fetchPacts, 'id'), inChunks(ids, fetchProjects, 'pact')])
  const projectIds = [...new Set([...projects.map((p) => p.id), ...index.raw.projects.filter((p) => changed.has(refId(p.pact) ?? '')).map((p) => p.id)])]
  const [forPacts, forProjects] = await Promise.all([inChunks(ids, fetchIndicators, 'pact'), inChunks(projectIds, fetchIndicators, 'project')])
  const oldProjectIds = new Set(index.raw.projects.filter((p) => changed.has(refId(p.pact) ?? '')).map((p) => String(p.id)))
  const freshProjectIds = new Set(projects.map((p) => String(p.id)))
  // Forgotten meanwhile: the next request loads everything afresh.
  if (started !== generation || !index) return
  index = {
    ...build({
      pacts: [...index.raw.pacts.filter((p) => !changed.has(String(p.id))), ...pacts].sort((a, b) => a.code.localeCompare(b.code)),
      // A project that moved to another pact is dropped from its old one here and found under the new one.
      projects: [...index.raw.projects.filter((p) => !oldProjectIds.has(String(p.id)) && !freshProjectIds.has(String(p.id))), ...projects],
      indicators: [
        ...index.raw.indicators.filter((i) => !changed.has(refId(i.pact) ?? '') && !projectIds.map(String).includes(refId(i.project) ?? '')),
        ...forPacts.filter((i) => !i.project),
        ...forProjects,
      ],
    }),
    loadedAt: index.loadedAt,
  }
}

/** Forgets the index: the next request loads it again, from what the CMS holds now. */
export async function reloadPactIndex(): Promise<void> {
  generation++
  index = null
  loading = null
}

export interface PactResults {
  docs: IndexedPact[]
  totalDocs: number
  page: number
  totalPages: number
}

const byDate = (a: IndexedPact, b: IndexedPact) => (a.pact.signedAt ?? '').localeCompare(b.pact.signedAt ?? '') || a.pact.code.localeCompare(b.pact.code)

/** The pacts matching the registry's filters, sorted; all of them (for exports) or one page. */
export async function searchPacts(filters: Omit<PactFilters, 'page'> & { page?: number }, perPage: number | null = 20, now = new Date()): Promise<PactResults> {
  const { pacts } = await pactIndex()
  const terms = filters.q ? queryTerms(filters.q) : []
  const matches = pacts.filter(
    (p) =>
      (!filters.neighbourhood || p.neighbourhoods.includes(filters.neighbourhood)) &&
      (!filters.status || publicStatus(p.pact, now) === filters.status) &&
      (!filters.year || p.year === filters.year) &&
      (!filters.kind || p.pact.kind === filters.kind) &&
      (terms.length === 0 || matchesTerms(p.text, terms)),
  )
  switch (filters.sort) {
    case 'meno-recenti':
      matches.sort(byDate)
      break
    case 'codice':
      matches.sort((a, b) => a.pact.code.localeCompare(b.pact.code, 'it', { numeric: true }))
      break
    case 'titolo':
      matches.sort((a, b) => a.pact.title.localeCompare(b.pact.title, 'it'))
      break
    default:
      // Most recently signed first; pacts not yet signed (no date) come last.
      matches.sort((a, b) => -byDate(a, b))
  }
  if (perPage === null) return { docs: matches, totalDocs: matches.length, page: 1, totalPages: 1 }
  const totalPages = Math.max(1, Math.ceil(matches.length / perPage))
  const page = filters.page ?? 1
  return { docs: matches.slice((page - 1) * perPage, page * perPage), totalDocs: matches.length, page, totalPages }
}

/** The years in which published pacts were signed, newest first (for the filter). */
export async function signingYears(): Promise<number[]> {
  const { pacts } = await pactIndex()
  return [...new Set(pacts.flatMap((p) => (p.year ? [p.year] : [])))].sort((a, b) => b - a)
}

export async function getPact(slug: string): Promise<IndexedPact | null> {
  return (await pactIndex()).bySlug.get(slug) ?? null
}

/** Every published pact, project and indicator, as the CMS gave them (for the transparency report). */
export async function publishedPactRecords(): Promise<{ pacts: PublicPact[]; projects: PublicProject[]; indicators: PublicIndicator[] }> {
  return (await pactIndex()).raw
}

/** The published pacts that came out of a laboratory, most recently signed first. */
export async function pactsOfLaboratory(labId: number | string): Promise<PublicPact[]> {
  const { pacts } = await pactIndex()
  return pacts
    .filter((p) => refId(p.pact.laboratory) === String(labId))
    .map((p) => p.pact)
    .sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? '') || a.code.localeCompare(b.code))
}

export async function getProject(slug: string) {
  return (await pactIndex()).projectsBySlug.get(slug) ?? null
}

export type { PublicPactStatus }
