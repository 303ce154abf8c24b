import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * The in-memory indexes after an import: the CMS purges with "reload everything" once its transaction is
 * committed. A load that was already reading the CMS saw the data before the import; it must not become
 * the index the site serves for the next ten minutes.
 */

// A real HTTP server on loopback stands in for the CMS; each answer is fixed when the request arrives.
let titles: string[] = []
let delayMs = 0
const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://cms').pathname
  const stamp = '2026-01-01T00:00:00.000Z'
  const docs =
    path === '/api/events'
      ? titles.map((title, i) => ({ id: i + 1, title, slug: `evento-${i + 1}`, type: 'assembly', start: '2027-03-01T17:00:00.000Z', updatedAt: stamp, createdAt: stamp }))
      : path === '/api/pacts'
        ? titles.map((title, i) => ({
            id: i + 1,
            code: `PC-${i + 1}`,
            title,
            slug: `patto-${i + 1}`,
            kind: 'collaboration-pact',
            status: 'signed',
            updatedAt: stamp,
            createdAt: stamp,
          }))
        : []
  const body = JSON.stringify({ docs })
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(body)
  }, delayMs).unref()
})

let events: typeof import('../events/event-index.ts')
let pacts: typeof import('../pacts/pact-index.ts')

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { loadConfig } = await import('./config.ts')
  loadConfig({ CMS_INTERNAL_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
  events = await import('../events/event-index.ts')
  pacts = await import('../pacts/pact-index.ts')
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A load starts while the CMS holds `before`; the import commits `after` and the site is told to reload
 * everything while that load is still reading. Returns what the site serves next.
 */
async function importDuringLoad<T>(before: string[], after: string[], read: () => Promise<T>, reload: () => Promise<void>): Promise<T> {
  titles = before
  delayMs = 300
  const underWay = read()
  await pause(50)
  titles = after
  delayMs = 0
  await reload()
  await underWay
  return read()
}

describe('reloading an index after an import', () => {
  it('serves the events imported, not those a load under way read before the import', async () => {
    const index = await importDuringLoad(
      ['Prima dell’importazione'],
      ['Prima dell’importazione', 'Importato'],
      () => events.eventIndex(),
      () => events.reloadEventIndex(),
    )
    expect(index.events.map((e) => e.event.title)).toEqual(['Prima dell’importazione', 'Importato'])
  })

  it('serves the pacts imported, not those a load under way read before the import', async () => {
    const records = await importDuringLoad(
      ['Patto già pubblicato'],
      ['Patto già pubblicato', 'Patto importato'],
      () => pacts.publishedPactRecords(),
      () => pacts.reloadPactIndex(),
    )
    expect(records.pacts.map((p) => p.title)).toEqual(['Patto già pubblicato', 'Patto importato'])
    expect((await pacts.searchPacts({ q: 'importato', sort: 'recenti' }, 'it')).totalDocs).toBe(1)
  })
})
