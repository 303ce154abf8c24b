import { stringify } from 'qs-esm'
import { z } from 'zod'
import { config } from './config.ts'
import { assertPublicQuery } from './cms.ts'
import { CmsUnavailableError } from './cms-errors.ts'

/** Documents per request when the site loads a whole collection into memory. */
export const INDEX_PAGE_SIZE = config.SITE_INDEX_PAGE_SIZE

/** How long one page of a whole collection may take: longer than a page's own reads. */
const INDEX_TIMEOUT_MS = config.CMS_TIMEOUT_MS * 6

/**
 * Every document of a collection matching `query`, read a page at a time: one answer with ten thousand
 * pacts keeps the CMS busy for seconds, and meanwhile every other page and the admin wait; pages of a
 * thousand let their requests through in between. `query.sort` should end with `id`, so that documents
 * with the same sort value cannot move between pages. Translatable texts come in every locale when `query`
 * says `locale: 'all'` (the indexes keep every language once); drafts and a single locale are never asked for.
 */
export async function fetchEveryPage<T>(collection: string, schema: z.ZodType<T>, query: Record<string, unknown>, options: { pageSize?: number } = {}): Promise<T[]> {
  const pageSchema = z.object({ docs: z.array(schema), hasNextPage: z.boolean().optional() })
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const search = stringify({ ...query, limit: options.pageSize ?? INDEX_PAGE_SIZE, page })
    assertPublicQuery(new URLSearchParams(search).entries())
    const url = `${new URL(`/api/${collection}`, config.CMS_INTERNAL_URL)}?${search}`
    const what = `/api/${collection} (page ${page})`
    let res: Response
    try {
      res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(INDEX_TIMEOUT_MS) })
    } catch (err) {
      throw new CmsUnavailableError(`CMS unreachable: GET ${what}`, { cause: err })
    }
    if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status}: GET ${what}`, { status: res.status })
    let body: z.infer<typeof pageSchema>
    try {
      // The timeout covers the body too; an answer the site does not understand is the CMS's failure, not the page's.
      body = pageSchema.parse(await res.json())
    } catch (err) {
      throw new CmsUnavailableError(`Unexpected CMS answer for GET ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
    }
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}
