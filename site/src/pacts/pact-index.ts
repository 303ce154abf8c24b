import type { z } from 'zod'
import { publicPactSchema, publicStatus, signingYear, type PublicPact, type PublicPactStatus } from '@quartieri/shared/pacts/pact'
import { idKey } from '@quartieri/shared/platform/ids'
import { publicIndicatorSchema, publicProjectSchema, type PublicIndicator, type PublicProject } from '@quartieri/shared/projects/project'
import { matchesTerms, normalizeText, queryTerms, type PactFilters } from '@quartieri/shared/pacts/registry'
import { fetchEveryPage } from '../platform/cms-pages.ts'
import { indexedCollection } from '../platform/indexed-collection.ts'
import { config } from '../platform/config.ts'
import { multilingual, type Multilingual } from '../platform/i18n/content.ts'
import { DEFAULT_LOCALE } from '../platform/i18n/locales.ts'

/**
 * Every published pact with its published projects and indicators, kept in memory: the registry's search,
 * filters and open data read it instead of asking the CMS for thousands of pacts on each request. The CMS
 * names the pacts it changes when it purges, and only those are fetched again; everything is reloaded after
 * an import, when a neighbourhood, lab or organisation changes, and at least every INDEX_TTL. The records are
 * read once in every locale (`locale=all`); the index of a language is built from them when first asked for.
 */
const INDEX_TTL_MS = config.SITE_PACT_INDEX_TTL_SECONDS * 1000
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

/** The records as read, each in every locale. */
interface RawRecords {
  pacts: Array<Multilingual<PublicPact>>
  projects: Array<Multilingual<PublicProject>>
  indicators: Array<Multilingual<PublicIndicator>>
}

/** The records of one language, as the index of that language is built from them. */
interface Records {
  pacts: PublicPact[]
  projects: PublicProject[]
  indicators: PublicIndicator[]
}

/** The index of one language. */
interface LocaleIndex {
  pacts: IndexedPact[]
  bySlug: Map<string, IndexedPact>
  projectsBySlug: Map<string, { project: PublicProject; pact: IndexedPact | null; indicators: PublicIndicator[] }>
  raw: Records
}

interface PactIndex {
  /** Every record in every locale, read once. */
  all: RawRecords
  /** The Italian records: what ids, slugs, codes and links are read from (the same in every language). */
  raw: Records
  /** The index of each language asked for so far. */
  byLocale: Map<string, LocaleIndex>
  loadedAt: number
}

const fetchAll = <T>(collection: string, schema: z.ZodType<T>, where: Record<string, unknown>, extra: Record<string, unknown>): Promise<Array<Multilingual<T>>> =>
  fetchEveryPage(collection, multilingual(schema), { where: { and: [{ _status: { equals: 'published' } }, where] }, ...extra, locale: 'all' })

const PACT_FIELDS = [
  'code',
  'title',
  'slug',
  'kind',
  'neighbourhoods',
  'laboratory',
  'status',
  'approvalAct',
  'signedAt',
  'validFrom',
  'validUntil',
  'renews',
  'summary',
  'objectivesHtml',
  'objectivesText',
  'signatories',
  'volunteers',
  'commitments',
  'attachments',
  'updatedAt',
  'createdAt',
]
const PROJECT_FIELDS = [
  'title',
  'slug',
  'pact',
  'neighbourhood',
  'domain',
  'summary',
  'descriptionHtml',
  'budget',
  'spent',
  'status',
  'progress',
  'startDate',
  'endDate',
  'milestones',
  'location',
  'updatedAt',
]
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
  fetchAll('projects', publicProjectSchema, where, {
    depth: 1,
    sort: 'title,id',
    select: select(PROJECT_FIELDS),
    populate: { neighbourhoods: { name: true, slug: true }, pacts: { code: true, title: true, slug: true } },
  })
const fetchIndicators = (where: Record<string, unknown>) =>
  fetchAll('indicators', publicIndicatorSchema, where, { depth: 0, sort: 'name,id', select: select(['name', 'unit', 'baseline', 'target', 'measurements', 'pact', 'project']) })

/** Fetches with `field in ids`, a chunk of ids at a time (long URLs are refused by servers). */
async function inChunks<T>(ids: Array<number | string>, fetchSome: (where: Record<string, unknown>) => Promise<T[]>, field: string): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await fetchSome({ [field]: { in: ids.slice(i, i + IN_CHUNK) } })))
  return out
}

const inLocale = <T>(docs: Array<Multilingual<T>>, locale: string) => docs.map((doc) => doc.in(locale))

/** The index of one language: its records, and the Italian ones (searched too, so a reader finds a pact by either text). */
function build(raw: Records, italian: Records | null): LocaleIndex {
  const italianText = new Map<string, string>()
  if (italian) {
    const projectsOf = new Map<string, PublicProject[]>()
    for (const project of italian.projects) {
      const pact = idKey(project.pact)
      if (pact !== undefined) projectsOf.set(pact, [...(projectsOf.get(pact) ?? []), project])
    }
    for (const pact of italian.pacts) {
      const projects = projectsOf.get(String(pact.id)) ?? []
      italianText.set(String(pact.id), [pact.title, pact.summary ?? '', pact.objectivesText ?? '', ...projects.map((p) => `${p.title} ${p.summary ?? ''}`)].join(' '))
    }
  }
  const projectsByPact = new Map<string, PublicProject[]>()
  for (const project of raw.projects) {
    const pact = idKey(project.pact)
    if (pact === undefined) continue
    const list = projectsByPact.get(pact) ?? []
    list.push(project)
    projectsByPact.set(pact, list)
  }
  const indicatorsByParent = new Map<string, PublicIndicator[]>()
  for (const indicator of raw.indicators) {
    const key = indicator.project ? `project:${idKey(indicator.project)}` : `pact:${idKey(indicator.pact)}`
    const list = indicatorsByParent.get(key) ?? []
    list.push(indicator)
    indicatorsByParent.set(key, list)
  }
  const renewedBy = new Map<string, PublicPact[]>()
  for (const pact of raw.pacts) {
    const renewed = idKey(pact.renews)
    if (renewed === undefined) continue
    renewedBy.set(renewed, [...(renewedBy.get(renewed) ?? []), pact])
  }
  const pacts = raw.pacts.map((pact): IndexedPact => {
    const projects = projectsByPact.get(String(pact.id)) ?? []
    const neighbourhoods = (pact.neighbourhoods ?? []).flatMap((n) => (typeof n === 'object' ? [n] : []))
    const signatories = (pact.signatories ?? []).map((s) => (typeof s.organization === 'object' && s.organization ? s.organization.name : (s.office ?? '')))
    const text = normalizeText(
      [
        pact.code,
        pact.title,
        pact.summary ?? '',
        pact.objectivesText ?? '',
        ...signatories,
        ...projects.map((p) => `${p.title} ${p.summary ?? ''}`),
        italianText.get(String(pact.id)) ?? '',
      ].join(' '),
    )
    return {
      pact,
      projects,
      indicators: indicatorsByParent.get(`pact:${pact.id}`) ?? [],
      renewedBy: (renewedBy.get(String(pact.id)) ?? [])
        .sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? ''))
        .map(({ id, slug, code, title }) => ({ id, slug, code, title })),
      neighbourhoods: neighbourhoods.map((n) => n.slug),
      year: signingYear(pact),
      text,
    }
  })
  const bySlug = new Map(pacts.map((p) => [p.pact.slug, p]))
  const byId = new Map(pacts.map((p) => [String(p.pact.id), p]))
  const projectsBySlug = new Map(
    raw.projects.map((project) => [
      project.slug,
      { project, pact: byId.get(idKey(project.pact) ?? '') ?? null, indicators: indicatorsByParent.get(`project:${project.id}`) ?? [] },
    ]),
  )
  return { pacts, bySlug, projectsBySlug, raw }
}

/** An index of the records read: the Italian one built at once, the others when first asked for. */
function indexOf(all: RawRecords, loadedAt = Date.now()): PactIndex {
  const raw = { pacts: inLocale(all.pacts, DEFAULT_LOCALE), projects: inLocale(all.projects, DEFAULT_LOCALE), indicators: inLocale(all.indicators, DEFAULT_LOCALE) }
  return { all, raw, byLocale: new Map([[DEFAULT_LOCALE, build(raw, null)]]), loadedAt }
}

/** The index of a language, built from the records read on first use. */
function inLanguage(whole: PactIndex, locale: string): LocaleIndex {
  let built = whole.byLocale.get(locale)
  if (!built) {
    const records = { pacts: inLocale(whole.all.pacts, locale), projects: inLocale(whole.all.projects, locale), indicators: inLocale(whole.all.indicators, locale) }
    built = build(records, whole.raw)
    whole.byLocale.set(locale, built)
  }
  return built
}

const italianOf = <T>(doc: Multilingual<T>) => doc.in(DEFAULT_LOCALE)

/** Reads these pacts again with their projects and indicators (published or gone); applies them to the index as it then stands. */
async function fetchChanges(ids: Array<number | string>, current: PactIndex): Promise<(latest: PactIndex) => PactIndex> {
  const changed = new Set(ids.map(String))
  const projectsUnderChanged = (whole: PactIndex) => whole.raw.projects.filter((p) => changed.has(idKey(p.pact) ?? ''))
  const [pacts, projects] = await Promise.all([inChunks(ids, fetchPacts, 'id'), inChunks(ids, fetchProjects, 'pact')])
  const projectIds = [...new Set([...projects.map((p) => italianOf(p).id), ...projectsUnderChanged(current).map((p) => p.id)])]
  const [forPacts, forProjects] = await Promise.all([inChunks(ids, fetchIndicators, 'pact'), inChunks(projectIds, fetchIndicators, 'project')])
  const freshProjectIds = new Set(projects.map((p) => String(italianOf(p).id)))
  const changedProjects = new Set(projectIds.map(String))
  return (latest) => {
    const oldProjectIds = new Set(projectsUnderChanged(latest).map((p) => String(p.id)))
    const { all } = latest
    return indexOf(
      {
        pacts: [...all.pacts.filter((p) => !changed.has(String(italianOf(p).id))), ...pacts].sort((a, b) => italianOf(a).code.localeCompare(italianOf(b).code)),
        // A project that moved to another pact is dropped from its old one here and found under the new one.
        projects: [...all.projects.filter((p) => !oldProjectIds.has(String(italianOf(p).id)) && !freshProjectIds.has(String(italianOf(p).id))), ...projects],
        indicators: [
          ...all.indicators.filter((i) => !changed.has(idKey(italianOf(i).pact) ?? '') && !changedProjects.has(idKey(italianOf(i).project) ?? '')),
          ...forPacts.filter((i) => !italianOf(i).project),
          ...forProjects,
        ],
      },
      latest.loadedAt,
    )
  }
}

const index = indexedCollection<PactIndex>({
  name: 'pact',
  ttlMs: INDEX_TTL_MS,
  load: async () => {
    const [pacts, projects, indicators] = await Promise.all([fetchPacts({}), fetchProjects({}), fetchIndicators({})])
    return indexOf({ pacts, projects, indicators })
  },
  fetchChanges,
})

/** The index, loading it on first use; an old one is served while a fresh one loads, and through a CMS outage. */
const wholeIndex = (): Promise<PactIndex> => index.get()

/** The index in the reader's `locale` (texts without a translation in Italian, recorded for `langOf`). */
export async function pactIndex(locale: string): Promise<LocaleIndex> {
  return inLanguage(await wholeIndex(), locale)
}

/** Fetches these pacts again with their projects and indicators (published or gone), and updates the index. */
export const refreshPacts = (ids: Array<number | string>): Promise<void> => index.refresh(ids)

/** Forgets the index: the next request loads it again, from what the CMS holds now. */
export const reloadPactIndex = (): Promise<void> => index.forget()

export interface PactResults {
  docs: IndexedPact[]
  totalDocs: number
  page: number
  totalPages: number
}

const byDate = (a: IndexedPact, b: IndexedPact) => (a.pact.signedAt ?? '').localeCompare(b.pact.signedAt ?? '') || a.pact.code.localeCompare(b.pact.code)

/** The pacts matching the registry's filters, sorted; all of them (for exports) or one page. */
export async function searchPacts(filters: Omit<PactFilters, 'page'> & { page?: number }, locale: string, perPage: number | null = 20, now = new Date()): Promise<PactResults> {
  const { pacts } = await pactIndex(locale)
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
      matches.sort((a, b) => a.pact.title.localeCompare(b.pact.title, locale))
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
  const { pacts } = await pactIndex(DEFAULT_LOCALE)
  return [...new Set(pacts.flatMap((p) => (p.year ? [p.year] : [])))].sort((a, b) => b - a)
}

export async function getPact(slug: string, locale: string): Promise<IndexedPact | null> {
  return (await pactIndex(locale)).bySlug.get(slug) ?? null
}

/** Every published pact, project and indicator in `locale` (Italian, the reference, for the open data and the report's downloads). */
export async function publishedPactRecords(locale: string = DEFAULT_LOCALE): Promise<Records> {
  return (await pactIndex(locale)).raw
}

/** Every published pact, project and indicator in every locale, as read (for open data with a column per locale). */
export async function publishedPactDocs(): Promise<RawRecords> {
  return (await wholeIndex()).all
}

/** The published pacts that came out of a laboratory, most recently signed first, in the reader's `locale`. */
export async function pactsOfLaboratory(labId: number | string, locale: string): Promise<PublicPact[]> {
  const { pacts } = await pactIndex(locale)
  return pacts
    .filter((p) => idKey(p.pact.laboratory) === String(labId))
    .map((p) => p.pact)
    .sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? '') || a.code.localeCompare(b.code))
}

export async function getProject(slug: string, locale: string) {
  return (await pactIndex(locale)).projectsBySlug.get(slug) ?? null
}

export type { PublicPactStatus }
