import autocannon from 'autocannon'

/** Requests per second and latency percentiles (ms) of one load run. */
export interface LoadFigures {
  label: string
  url: string
  requests: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
}

/** The q-quantile (0..1) of sorted values, nearest-rank. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]!
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * autocannon keeps every response body as a string, decoding it as UTF-8: on a compressed body, which is binary,
 * that decoding costs the load generator (on the same two cores as the server) more than the server spends sending
 * it. No run here checks a body, so each client keeps only the byte count, as it does anyway.
 */
function countBytesOnly(client: autocannon.Client): void {
  ;(client as unknown as { pipelinedRequests: { addBody: (data: unknown) => void } }).pipelinedRequests.addBody = () => {}
}

/** A bounded autocannon run on a loopback URL; every response time is kept to compute p95 exactly. */
export async function load(label: string, url: string, options: { connections: number; durationSeconds: number; headers?: Record<string, string> }): Promise<LoadFigures> {
  const target = new URL(url)
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error(`benchmarks target loopback only, not ${target.hostname}`)
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: options.connections, duration: options.durationSeconds, headers: options.headers, setupClient: countBytesOnly }, (err, res) =>
      err ? reject(err) : resolve(res),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  return {
    label,
    url: target.pathname,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/** Latency of `count` requests made one by one, each right after `before()` (e.g. a cache purge). */
export async function sequential(label: string, url: string, count: number, before: () => Promise<void>): Promise<LoadFigures> {
  const times: number[] = []
  let non2xx = 0
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    await before()
    const t0 = performance.now()
    const res = await fetch(url)
    await res.arrayBuffer()
    times.push(performance.now() - t0)
    if (res.status < 200 || res.status >= 300) non2xx++
  }
  const elapsedSeconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return {
    label,
    url: new URL(url).pathname,
    requests: count,
    requestsPerSecond: round(count / elapsedSeconds),
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    non2xx,
    errors: 0,
  }
}
