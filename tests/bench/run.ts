import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'
import { load, sequential, type LoadFigures } from './measure.ts'
import { eventsFile } from './events.ts'
import { pactsFile } from './pacts.ts'
import { signupBurst, type SignupBurstFigures } from './signups.ts'
import { pageWeights, type PageWeight } from './weight.ts'
import { CONTENT_PAGES } from '../support/demo-pages.ts'

/**
 * `npm run bench`: the portal on loopback with the demo data, then at 10× and 100× as many
 * neighbourhoods; a cached neighbourhood page against a static file of the same server, and the
 * page right after a purge (cache miss: full render plus the CMS round trip). Writes tests/reports/.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20)
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS || 10)
const MISS_SAMPLES = Number(process.env.BENCH_MISS_SAMPLES || 200)
const SIGNUP_BURST = Number(process.env.BENCH_SIGNUPS || 300)
const SIGNUP_SEATS = Number(process.env.BENCH_SEATS || 40)
const EVENT_COUNT = Number(process.env.BENCH_EVENTS || 20_000)
const PACT_COUNT = Number(process.env.BENCH_PACTS || 10_000)
const EXPORT_SAMPLES = Number(process.env.BENCH_EXPORT_SAMPLES || 20)
const SCALES = (process.env.BENCH_SCALES || '1,10,100').split(',').map(Number)
/** Which parts to run (all by default): pages, signups, calendar, pacts, reports (transparency, grants, results, maps). */
const PARTS = new Set((process.env.BENCH_PARTS || 'weight,pages,signups,calendar,pacts,reports').split(','))
const GOALS = {
  cachedVsStatic: 0.7,
  compressedVsTiny: 0.9,
  missP95Ms: 100,
  searchMissP95Ms: 150,
  fullExportMs: 2_000,
  pageBytes: 100 * 1024,
  mapPageBytes: 550 * 1024,
  cssBytes: 30 * 1024,
  signupP95Ms: 1_000,
  signupsPerSecond: 250,
}
/** One page of each kind, as the demo data fills them (the page-weight test walks the same). */
const WEIGHED_PAGES = [...CONTENT_PAGES, '/mappa']
const BROTLI = { 'accept-encoding': 'gzip, deflate, br' }
const ROOT = path.resolve(import.meta.dirname, '..', '..')
const run = promisify(execFile)

/** An import file of `count` generated neighbourhoods (slugs bench-1…), in the documented format. */
function scaleFile(dir: string, count: number): string {
  const demo = JSON.parse(fs.readFileSync(path.join(ROOT, 'cms', 'src', 'demo', 'demo-data.json'), 'utf8'))
  const template = demo.neighbourhoods[0]
  const neighbourhoods = Array.from({ length: count }, (_, i) => ({ ...template, slug: `bench-${i + 1}`, name: `Quartiere di prova ${i + 1}` }))
  const file = path.join(dir, `scale-${count}.json`)
  fs.writeFileSync(file, JSON.stringify({ format: demo.format, version: demo.version, neighbourhoods }))
  return file
}

async function main() {
  // The burst comes from one address: the per-address limit is lifted for the benchmark only.
  const portal = await startTestPortal('bench', (line) => console.log(line), { SIGNUP_RATE_LIMIT: '1000000' })
  const purge = async () => {
    const res = await fetch(`${portal.siteUrl}/api/cache/purge`, {
      method: 'POST',
      headers: { authorization: `Bearer ${portal.env.PURGE_SECRET}`, 'content-type': 'application/json' },
      body: '{"reason":"bench"}',
    })
    if (!res.ok) throw new Error(`purge failed: ${res.status}`)
  }
  /** Runs the importer on a file, as a city would; its warnings (a purge the site did not take, say) are shown. */
  const importFile = async (file: string) => {
    const { stdout, stderr } = await run('npm', ['run', 'import', '--workspace', 'cms', '--', file], { cwd: ROOT, env: portal.env, maxBuffer: 256 * 1024 * 1024 })
    for (const line of `${stdout}\n${stderr}`.split('\n')) if (/warn|error|purge/i.test(line)) console.log(`  importer: ${line.slice(0, 300)}`)
  }
  const rounds: Array<{ scale: string; neighbourhoods: number; figures: LoadFigures[] }> = []
  let burst: SignupBurstFigures | null = null
  let weights: PageWeight[] = []
  let calendar: LoadFigures[] = []
  let registry: LoadFigures[] = []
  const reports: LoadFigures[] = []
  /** What the site actually serves after the imports: a figure measured on fewer records would flatter the portal. */
  const served: { pacts?: number } = {}
  try {
    if (PARTS.has('weight')) {
      console.log('• Peso delle pagine alla prima visita…')
      weights = await pageWeights(portal.siteUrl, WEIGHED_PAGES)
    }
    if (PARTS.has('signups')) {
      console.log(`• ${SIGNUP_BURST} iscrizioni simultanee per ${SIGNUP_SEATS} posti…`)
      burst = await signupBurst(portal.siteUrl, portal.cmsUrl, ADMIN, SIGNUP_BURST, SIGNUP_SEATS)
    }
    const demoCount = 5
    let loaded = demoCount
    for (const factor of PARTS.has('pages') ? SCALES : []) {
      const scale = `${factor}×`
      const extra = demoCount * factor - loaded
      if (extra > 0) {
        console.log(`• Importazione di ${extra} quartieri di prova (${scale})…`)
        await importFile(scaleFile(portal.dataDir, demoCount * factor - demoCount))
      }
      console.log(`• Misure con ${scale} i dati dimostrativi…`)
      const page = `${portal.siteUrl}/quartieri/san-siro`
      const list = `${portal.siteUrl}/quartieri`
      await fetch(page)
      await fetch(list)
      const figures = [
        // The issue's reference: a file from disk, served by the site server's static handler.
        await load('static file (favicon.svg, from disk)', `${portal.siteUrl}/favicon.svg`, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
        await load('neighbourhood page, cached', page, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
        await sequential('neighbourhood page, right after a purge', page, MISS_SAMPLES, purge),
        await load('neighbourhood list, cached', list, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
        await sequential('neighbourhood list, right after a purge', list, MISS_SAMPLES, purge),
        // A stricter reference: a tiny generated file answered from the page cache, the fastest path there is.
        await load('cached route (robots.txt, 84 bytes)', `${portal.siteUrl}/robots.txt`, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
        // As browsers ask for it: the page's brotli copy, kept in the cache, against the tiny file just before.
        await load('neighbourhood page, cached, brotli', page, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, headers: BROTLI }),
      ]
      loaded = demoCount * factor
      rounds.push({ scale, neighbourhoods: loaded, figures })
    }
    if (PARTS.has('calendar')) {
      console.log(`• Importazione di ${EVENT_COUNT} eventi di prova…`)
      await importFile(eventsFile(portal.dataDir, EVENT_COUNT, ['san-siro', 'molise-calvairate', 'gratosoglio', 'ponte-lambro', 'mazzini']))
      console.log('• Misure del calendario…')
      const month = `${portal.siteUrl}/eventi?vista=mese&mese=2027-03`
      const list = `${portal.siteUrl}/eventi?da=2027-03-01&a=2027-03-31`
      const ics = `${portal.siteUrl}/eventi.ics?quartiere=gratosoglio&tipo=workshop`
      for (const url of [month, list, ics]) await fetch(url)
      calendar = [
        await sequential('month view, right after a purge', month, MISS_SAMPLES, purge),
        await sequential('list view (one month), right after a purge', list, MISS_SAMPLES, purge),
        await sequential('filtered .ics feed, right after a purge', ics, MISS_SAMPLES, purge),
        await load('month view, cached', month, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
      ]
    }
    if (PARTS.has('pacts')) {
      console.log(`• Importazione di ${PACT_COUNT} patti di prova…`)
      await importFile(pactsFile(portal.dataDir, PACT_COUNT, ['san-siro', 'molise-calvairate', 'gratosoglio', 'ponte-lambro', 'mazzini']))
      console.log('• Misure del registro dei patti…')
      served.pacts = ((await (await fetch(`${portal.siteUrl}/patti.json`)).json()) as { totale: number }).totale
      const inCms = ((await (await fetch(`${portal.cmsUrl}/api/pacts?limit=1&where[_status][equals]=published`)).json()) as { totalDocs: number }).totalDocs
      console.log(`  il sito serve ${served.pacts} patti, il CMS ne ha ${inCms} pubblicati / the site serves ${served.pacts} pacts, the CMS has ${inCms} published`)
      const search = `${portal.siteUrl}/patti?q=orti+condivisi+abbiati`
      const filtered = `${portal.siteUrl}/patti?q=doposcuola&quartiere=gratosoglio&anno=2019&ordina=titolo`
      const csv = `${portal.siteUrl}/patti.csv`
      for (const url of [search, filtered, csv]) await fetch(url).then((r) => r.arrayBuffer())
      registry = [
        await sequential('search, right after a purge', search, MISS_SAMPLES, purge),
        await sequential('search with filters, right after a purge', filtered, MISS_SAMPLES, purge),
        await sequential('full CSV export, right after a purge', csv, EXPORT_SAMPLES, purge),
        await load('search, cached', search, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
      ]
    }
    if (PARTS.has('reports')) {
      // On whatever the parts before loaded: with the pacts part, the report counts ten thousand pacts.
      console.log('• Misure di trasparenza, contributi, risultati e mappe…')
      const pages: Array<[string, string]> = [
        ['transparency report, right after a purge', `${portal.siteUrl}/trasparenza`],
        ['transparency report JSON, right after a purge', `${portal.siteUrl}/trasparenza.json`],
        ['grants register, right after a purge', `${portal.siteUrl}/contributi`],
        ['results list, right after a purge', `${portal.siteUrl}/risultati`],
        ['map page, right after a purge', `${portal.siteUrl}/mappa`],
        ['map GeoJSON (every layer), right after a purge', `${portal.siteUrl}/mappa.geojson`],
      ]
      for (const [, url] of pages) await fetch(url).then((r) => r.arrayBuffer())
      for (const [label, url] of pages) reports.push(await sequential(label, url, MISS_SAMPLES, purge))
      reports.push(await load('transparency report, cached', pages[0]![1], { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }))
    }
  } finally {
    await portal.stop()
  }

  const lines = [
    `# Benchmark — ${new Date().toISOString()}`,
    '',
    `Loopback, ${CONNECTIONS} connections × ${DURATION_SECONDS} s per load run (autocannon); cache misses: ${MISS_SAMPLES} sequential requests, each right after a purge. Machine: ${process.arch}, Node ${process.version}.`,
    `Goals (DESIGN §6, raised by issue 17): a cached brotli page ≥ ${GOALS.compressedVsTiny * 100}% of the cached robots.txt's req/s; cached page ≥ ${GOALS.cachedVsStatic * 100}% of the static file's; cache miss p95 ≤ ${GOALS.missP95Ms} ms; a first visit ≤ ${GOALS.pageBytes / 1024} KB (map pages ${GOALS.mapPageBytes / 1024} KB); 300 sign-ups at ≥ ${GOALS.signupsPerSecond}/s with p95 ≤ ${GOALS.signupP95Ms} ms.`,
    '',
  ]
  let allMet = true
  for (const round of rounds) {
    const [staticFile, cached, miss, listCached, listMiss, tiny, compressed] = round.figures
    const compressedRatio = compressed!.requestsPerSecond / tiny!.requestsPerSecond
    const ratio = cached!.requestsPerSecond / staticFile!.requestsPerSecond
    const listRatio = listCached!.requestsPerSecond / staticFile!.requestsPerSecond
    const met =
      compressedRatio >= GOALS.compressedVsTiny &&
      ratio >= GOALS.cachedVsStatic &&
      miss!.p95 <= GOALS.missP95Ms &&
      listRatio >= GOALS.cachedVsStatic &&
      listMiss!.p95 <= GOALS.missP95Ms
    allMet &&= met
    lines.push(`## ${round.scale} demo data (${round.neighbourhoods} neighbourhoods)`, '')
    lines.push('| run | path | requests | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |', '|---|---|---:|---:|---:|---:|---:|---:|---:|')
    for (const f of round.figures) lines.push(`| ${f.label} | ${f.url} | ${f.requests} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.non2xx} | ${f.errors} |`)
    lines.push(
      '',
      `- cached neighbourhood page / static file: **${(ratio * 100).toFixed(1)}%** (goal ≥ ${GOALS.cachedVsStatic * 100}%)`,
      `- cached list / static file: **${(listRatio * 100).toFixed(1)}%**`,
      `- against the cached 84-byte robots.txt instead: page ${((cached!.requestsPerSecond / tiny!.requestsPerSecond) * 100).toFixed(1)}%, list ${((listCached!.requestsPerSecond / tiny!.requestsPerSecond) * 100).toFixed(1)}% (the page is about 18 KB: most of the gap is bytes)`,
      `- cached page in brotli / cached robots.txt: **${(compressedRatio * 100).toFixed(1)}%** (goal ≥ ${GOALS.compressedVsTiny * 100}%)`,
      `- cache-miss p95: page **${miss!.p95} ms**, list **${listMiss!.p95} ms** (goal ≤ ${GOALS.missP95Ms} ms)`,
      `- goals ${met ? 'met' : 'NOT met'}`,
      '',
    )
  }
  if (weights.length > 0) {
    const kb = (bytes: number) => (bytes / 1024).toFixed(1)
    const weightOk = weights.every((w) => w.total <= (w.path.startsWith('/mappa') ? GOALS.mapPageBytes : GOALS.pageBytes) && w.css <= GOALS.cssBytes)
    allMet &&= weightOk
    lines.push(
      '## What a first visit transfers (KB on the wire: compressed, with headers; Chromium, empty cache)',
      '',
      '| page | HTML | CSS | JS | fonts | total |',
      '|---|---:|---:|---:|---:|---:|',
      ...weights.map((w) => `| ${w.path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.fonts)} | ${kb(w.total)} |`),
      '',
      `- goals: every content page ≤ ${GOALS.pageBytes / 1024} KB, map pages ≤ ${GOALS.mapPageBytes / 1024} KB, CSS ≤ ${GOALS.cssBytes / 1024} KB: ${weightOk ? 'met' : 'NOT met'}`,
      '',
    )
  }
  if (burst) {
    const burstOk =
      burst.heldSeats + burst.confirmedSeats === burst.seats &&
      burst.waitlisted === burst.signups - burst.seats &&
      burst.records === burst.signups &&
      burst.distinctEmails === burst.signups &&
      Object.keys(burst.statuses).every((status) => Number(status) < 500) &&
      burst.p95 <= GOALS.signupP95Ms &&
      burst.signupsPerSecond >= GOALS.signupsPerSecond
    allMet &&= burstOk
    lines.push(
      `## ${burst.signups} simultaneous sign-ups for ${burst.seats} seats (public site form endpoint)`,
      '',
      `- responses by status: ${Object.entries(burst.statuses)
        .map(([status, n]) => `${status} × ${n}`)
        .join(', ')}`,
      `- seats taken: **${burst.heldSeats + burst.confirmedSeats}** (goal ${burst.seats}); waitlisted: **${burst.waitlisted}** (goal ${burst.signups - burst.seats}); records: ${burst.records}, distinct e-mails: ${burst.distinctEmails} (none lost, none duplicated)`,
      `- ${burst.signupsPerSecond} sign-ups/s over ${burst.seconds} s (goal ≥ ${GOALS.signupsPerSecond}); latency p50 ${burst.p50} ms, p95 **${burst.p95} ms** (goal ≤ ${GOALS.signupP95Ms}), p99 ${burst.p99} ms`,
      `- goals ${burstOk ? 'met' : 'NOT met'}`,
      '',
    )
  }
  if (calendar.length > 0) {
    const calendarOk = calendar.slice(0, 3).every((f) => f.p95 <= GOALS.missP95Ms && f.non2xx === 0)
    allMet &&= calendarOk
    lines.push(
      `## Calendar with ${EVENT_COUNT} events (plus the demo's)`,
      '',
      '| run | path | requests | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    )
    for (const f of calendar) lines.push(`| ${f.label} | ${f.url} | ${f.requests} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.non2xx} | ${f.errors} |`)
    lines.push(
      '',
      `- cache-miss p95: month **${calendar[0]?.p95} ms**, list **${calendar[1]?.p95} ms**, filtered .ics **${calendar[2]?.p95} ms** (goal ≤ ${GOALS.missP95Ms} ms)`,
      `- goals ${calendarOk ? 'met' : 'NOT met'}`,
      '',
    )
  }
  if (registry.length > 0) {
    const registryOk =
      (served.pacts ?? 0) >= PACT_COUNT &&
      registry[0]!.p95 <= GOALS.searchMissP95Ms &&
      registry[1]!.p95 <= GOALS.searchMissP95Ms &&
      registry[2]!.p95 <= GOALS.fullExportMs &&
      registry.every((f) => f.non2xx === 0)
    allMet &&= registryOk
    lines.push(
      `## Pact registry with ${PACT_COUNT} pacts (plus the demo's)`,
      '',
      `The site's registry (/patti.json) served ${served.pacts} pacts when the measures began.`,
      '',
      '| run | path | requests | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    )
    for (const f of registry) lines.push(`| ${f.label} | ${f.url} | ${f.requests} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.non2xx} | ${f.errors} |`)
    lines.push(
      '',
      `- search cache-miss p95: **${registry[0]?.p95} ms**, with filters **${registry[1]?.p95} ms** (goal ≤ ${GOALS.searchMissP95Ms} ms)`,
      `- full CSV export p95: **${registry[2]?.p95} ms** (goal ≤ ${GOALS.fullExportMs} ms)`,
      `- goals ${registryOk ? 'met' : 'NOT met'}`,
      '',
    )
  }
  if (reports.length > 0) {
    const misses = reports.slice(0, -1)
    const reportsOk = misses.every((f) => f.p95 <= GOALS.missP95Ms) && reports.every((f) => f.non2xx === 0)
    allMet &&= reportsOk
    lines.push(
      `## Transparency, grants, results and maps${PARTS.has('pacts') ? ` (with the ${PACT_COUNT} pacts above)` : ''}`,
      '',
      '| run | path | requests | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    )
    for (const f of reports) lines.push(`| ${f.label} | ${f.url} | ${f.requests} | ${f.requestsPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.non2xx} | ${f.errors} |`)
    lines.push(
      '',
      `- cache-miss p95: ${misses.map((f) => `${f.label.replace(', right after a purge', '')} **${f.p95} ms**`).join(', ')} (goal ≤ ${GOALS.missP95Ms} ms)`,
      `- goals ${reportsOk ? 'met' : 'NOT met'}`,
      '',
    )
  }
  const report = lines.join('\n')
  const dir = path.join(ROOT, 'tests', 'reports')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'bench.md'), report)
  fs.writeFileSync(
    path.join(dir, 'bench.json'),
    JSON.stringify({ date: new Date().toISOString(), goals: GOALS, weights, rounds, signupBurst: burst, calendar, registry, reports }, null, 2),
  )
  console.log(`\n${report}\nReport: tests/reports/bench.md, tests/reports/bench.json`)
  if (!allMet) console.log('Some goals were not met (see above).')
}

await main()
