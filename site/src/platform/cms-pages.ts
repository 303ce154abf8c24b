import { stringify } from 'qs-esm'
import { z } from 'zod'
import { config } from './config.ts'
import { assertPublicQuery } from './cms.ts'

/** Documents per request when the site loads a whole collection into memory. */
export const INDEX_PAGE_SIZE = config.SITE_INDEX_PAGE_SIZE

/**
 * Every document of a collection matching `query`, read a page at a time: one answer with ten thousand
 * pacts keeps the CMS busy for seconds, and meanwhile every other page and the admin wait; pages of a
 * thousand let their requests through in between. `query.sort` should end with `id`, so that documents
 * with the same sort value cannot move between pages. Translatable texts come in every locale when `query`
 * says `locale: 'all'` (the indexes keep every language once); drafts and a single locale are never asked for.
 */
export async function fetchEveryPage<T>(
  cmsUrl: string,
  collection: string,
  schema: z.ZodType<T>,
  query: Record<string, unknown>,
  options: { timeoutMs: number; pageSize?: number },
): Promise<T[]> {
  const pageSchema = z.object({ docs: z.array(schema), hasNextPage: z.boolean().optional() })
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const search = stringify({ ...query, limit: options.pageSize ?? INDEX_PAGE_SIZE, page })
    assertPublicQuery(new URLSearchParams(search).entries())
    const url = `${new URL(`/api/${collection}`, cmsUrl)}?${search}`
    const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs) })
    if (!res.ok) throw new Error(`CMS answered ${res.status} for /api/${collection} (page ${page})`)
    const body = pageSchema.parse(await res.json())
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}
