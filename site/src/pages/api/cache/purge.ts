import { timingSafeEqual } from 'node:crypto'
import type { APIRoute } from 'astro'
import { purgeAll } from '../../../platform/cache.ts'
import { config } from '../../../platform/config.ts'
import { refreshEvents, reloadEventIndex } from '../../../events/event-index.ts'
import { refreshPacts, reloadPactIndex } from '../../../pacts/pact-index.ts'

function authorized(header: string | null): boolean {
  const secret = config.PURGE_SECRET
  if (!secret || !header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } })

const ID = /^[\w-]{1,64}$/

/**
 * Called by the CMS after it publishes a change: the events and pacts it names are fetched again into
 * their indexes (or whole indexes are reloaded), then every cached page and response is dropped.
 */
export const POST: APIRoute = async ({ request }) => {
  if (!authorized(request.headers.get('authorization'))) {
    return json(401, { error: 'Non autorizzato / unauthorized' })
  }
  // A body that cannot be read (the CMS gave up waiting and cut it short) cannot say what changed: reload everything.
  const body = (await request.json().catch(() => ({ reloadEvents: true, reloadPacts: true }))) as {
    events?: unknown
    pacts?: unknown
    reloadEvents?: unknown
    reloadPacts?: unknown
  }
  const ids = (value: unknown) =>
    Array.isArray(value) ? value.filter((id): id is number | string => (typeof id === 'number' || typeof id === 'string') && ID.test(String(id))).slice(0, 1000) : []
  const refresh = async (all: boolean, some: Array<number | string>, refreshSome: (ids: Array<number | string>) => Promise<void>, reloadAll: () => Promise<void>, what: string) => {
    try {
      if (all) await reloadAll()
      else await refreshSome(some)
    } catch (err) {
      // The pages are purged anyway; a stale index is replaced at its next reload.
      console.error(`${what} index refresh failed`, err)
      await reloadAll()
    }
  }
  await Promise.all([
    refresh(body.reloadEvents === true, ids(body.events), refreshEvents, reloadEventIndex, 'event'),
    refresh(body.reloadPacts === true, ids(body.pacts), refreshPacts, reloadPactIndex, 'pact'),
  ])
  purgeAll()
  return json(200, { purged: true })
}
