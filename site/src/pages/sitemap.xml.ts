import { Readable } from 'node:stream'
import type { APIRoute } from 'astro'
import { DEFAULT_LOCALE } from '../platform/i18n/locales.ts'
import { SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap'
import { CmsUnavailableError, type Page } from '../platform/cms.ts'
import { listLaboratories } from '../laboratories/cms.ts'
import { listNeighbourhoods } from '../neighbourhoods/cms.ts'
import { listResults } from '../results/cms.ts'
import { eventIndex } from '../events/event-index.ts'
import { pactIndex } from '../pacts/pact-index.ts'
import { SITE_ORIGIN } from '../platform/site-url.ts'

/** Pages that exist whatever is published. */
const FIXED_PATHS = [
  '/',
  '/quartieri',
  '/laboratori',
  '/eventi',
  '/patti',
  '/patti/dizionario-dati',
  '/risultati',
  '/contributi',
  '/trasparenza',
  '/mappa',
  '/privacy',
  '/accessibilita',
]
const PER_PAGE = 200
/** A bound on the pages of one list read, so a CMS that keeps answering "more" cannot keep the request going. */
const MAX_LIST_PAGES = 250

/** Every document of a paginated CMS list. */
async function everyPage<T>(listPage: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; page <= MAX_LIST_PAGES; page++) {
    const result = await listPage(page)
    docs.push(...result.docs)
    if (page >= result.totalPages || result.docs.length === 0) break
  }
  return docs
}

/** The indexes are loaded from the CMS: their failures are the CMS's. */
async function fromIndex<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (err) {
    throw new CmsUnavailableError('CMS unreachable: sitemap index', { cause: err })
  }
}

const item = (url: string, updatedAt?: string | null): SitemapItemLoose => (updatedAt ? { url, lastmod: updatedAt } : { url })
const path = (section: string, slug: string) => `/${section}/${encodeURIComponent(slug)}`

/**
 * /sitemap.xml: the public pages and every published neighbourhood, lab, event, pact, project and results publication, with
 * when each last changed. Only published documents reach the lists and indexes read here, so drafts never
 * appear; URLs are absolute on SITE_URL.
 */
export const GET: APIRoute = async () => {
  try {
    const [neighbourhoods, labs, events, pacts, results] = await Promise.all([
      everyPage((page) => listNeighbourhoods(DEFAULT_LOCALE, page, PER_PAGE)),
      everyPage((page) => listLaboratories({ page, perPage: PER_PAGE }, DEFAULT_LOCALE)),
      fromIndex(eventIndex),
      fromIndex(() => pactIndex(DEFAULT_LOCALE)),
      everyPage((page) => listResults({ page, perPage: PER_PAGE }, DEFAULT_LOCALE)),
    ])
    const items: SitemapItemLoose[] = [
      ...FIXED_PATHS.map((p) => item(p)),
      ...neighbourhoods.map((n) => item(path('quartieri', n.slug), n.updatedAt)),
      ...labs.map((l) => item(path('laboratori', l.slug), l.updatedAt)),
      ...events.events.map((e) => item(path('eventi', e.event.slug), e.event.updatedAt)),
      ...pacts.pacts.map((p) => item(path('patti', p.pact.slug), p.pact.updatedAt)),
      ...[...pacts.projectsBySlug.values()].map((p) => item(path('progetti', p.project.slug), p.project.updatedAt)),
      ...results.map((r) => item(path('risultati', r.slug), r.updatedAt)),
    ]
    const stream = new SitemapStream({ hostname: SITE_ORIGIN, xmlns: { news: false, video: false, image: false, xhtml: false } })
    const xml = await streamToPromise(Readable.from(items).pipe(stream))
    return new Response(new Uint8Array(xml), { status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' } })
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return new Response('Mappa del sito momentaneamente non disponibile.\nSitemap temporarily unavailable.\n', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      })
    }
    throw err
  }
}
