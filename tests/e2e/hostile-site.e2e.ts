import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { hostileRequests, judge, publicRoutes, send, type KnownSlugs } from '../support/hostile-site.ts'
import { startTestPortal } from '../support/test-portal.ts'

// A portal of this file's own: its form posts may store odd sign-ups, and its form limit is high enough that the
// hostile posts are judged on what they send, not stopped by the rate limit (tested in site-unavailable.e2e.ts).
const REQUESTS = 1_100
const MAX_MS = 2_000
let portal: Awaited<ReturnType<typeof startTestPortal>>

/** Documents of the demo data, so that routes with a slug are tried on a real page too. */
const KNOWN: KnownSlugs = {
  neighbourhood: 'san-siro',
  laboratory: 'san-siro-biblioteca-di-quartiere',
  event: 'san-siro-biblioteca-di-quartiere-incontro-1',
  eventWithSignup: 'san-siro-assemblea-pubblica-biblioteca',
  pact: 'cortile-via-abbiati',
  project: 'cortile-abbiati-aiuole',
  result: 'laboratori-di-quartiere-2017-2018',
  asset: 'nessun-file.css',
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  portal = await startTestPortal('hostile-site', () => {}, { SIGNUP_RATE_LIMIT: '100000' })
})

test.afterAll(async () => {
  await portal?.stop()
})

test(`${REQUESTS} hostile requests over every public route: no 5xx, none over ${MAX_MS} ms, every 4xx explained in the request's language`, async () => {
  test.setTimeout(600_000)
  const requests = hostileRequests(REQUESTS, KNOWN)
  expect(requests.length).toBeGreaterThanOrEqual(1_000)
  // Every route is tried: each template (slug filled or not) appears among the targets.
  const templates = publicRoutes().map((route) => route.path)
  const tried = new Set(requests.map((r) => templates.find((t) => r.path.split('?')[0] === t.replace(/\{(\w+)\}/, (_, name: keyof KnownSlugs) => KNOWN[name]))).filter(Boolean))
  expect(templates.filter((t) => !tried.has(t))).toEqual([])

  // The site's in-memory indexes load on their first use: load them before the clock matters.
  for (const route of publicRoutes())
    await send(
      portal.siteUrl,
      { method: 'GET', path: route.path.replace(/\{(\w+)\}/, (_, name: keyof KnownSlugs) => KNOWN[name]), headers: {}, language: route.language, label: 'warm-up' },
      30_000,
    )

  const byClass: Record<string, number> = {}
  const failures: string[] = []
  for (const request of requests) {
    let answer: Awaited<ReturnType<typeof send>>
    try {
      answer = await send(portal.siteUrl, request, 10_000)
    } catch (err) {
      failures.push(`${request.method} ${request.path.slice(0, 120)} [${request.label}]: ${err instanceof Error ? err.message : err}`)
      continue
    }
    const statusClass = answer.status < 0 ? 'closed after answering' : `${Math.floor(answer.status / 100)}xx`
    byClass[statusClass] = (byClass[statusClass] ?? 0) + 1
    const wrong = judge(request, answer, MAX_MS)
    if (wrong) failures.push(`${request.method} ${request.path.slice(0, 120)} [${request.label}]: ${wrong}`)
  }
  console.log(`hostile requests to the site by status class: ${JSON.stringify(byClass)} (${requests.length} in all)`)
  test.info().annotations.push({ type: 'status classes', description: JSON.stringify(byClass) })
  expect(failures).toEqual([])
  expect(byClass['5xx'] ?? 0).toBe(0)
  expect(byClass['4xx'] ?? 0).toBeGreaterThan(300)

  // Client errors are logged as one line each, never as a stack trace.
  const log = fs.readFileSync(path.join(portal.dataDir, 'site.log'), 'utf8')
  const traces = log.split('\n').filter((line) => /^\s+at .+[(:]\d+/.test(line))
  expect(traces.slice(0, 10)).toEqual([])
})
