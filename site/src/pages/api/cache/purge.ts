import { timingSafeEqual } from 'node:crypto'
import type { APIRoute } from 'astro'
import { purgeAll } from '../../../lib/cache.ts'

function authorized(header: string | null): boolean {
  const secret = process.env.PURGE_SECRET
  if (!secret || !header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })

/** Called by the CMS after it publishes a change: every cached page and response is dropped. */
export const POST: APIRoute = ({ request }) => {
  if (!authorized(request.headers.get('authorization'))) {
    return json(401, { error: 'Non autorizzato / unauthorized' })
  }
  purgeAll()
  return json(200, { purged: true })
}
