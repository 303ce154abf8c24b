import { percentile } from './measure.ts'

export interface SignupBurstFigures {
  signups: number
  seats: number
  seconds: number
  signupsPerSecond: number
  p50: number
  p95: number
  p99: number
  statuses: Record<string, number>
  confirmedSeats: number
  heldSeats: number
  waitlisted: number
  records: number
  distinctEmails: number
}

async function api(cmsUrl: string, token: string, path: string, init: RequestInit = {}) {
  const res = await fetch(new URL(path, cmsUrl), { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers } })
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

/**
 * `count` people sign up at the same moment for a lab of `seats` seats, through the public site form
 * endpoint (as browsers without JavaScript post it); then the database is checked.
 */
export async function signupBurst(siteUrl: string, cmsUrl: string, admin: { email: string; password: string }, count: number, seats: number): Promise<SignupBurstFigures> {
  const { token } = await api(cmsUrl, '', '/api/users/login', { method: 'POST', body: JSON.stringify(admin), headers: { authorization: '' } })
  const neighbourhood = (await api(cmsUrl, token, '/api/neighbourhoods?limit=1&depth=0')).docs[0].id
  const slug = `bench-${Date.now()}`
  const lab = (
    await api(cmsUrl, token, '/api/laboratories', {
      method: 'POST',
      body: JSON.stringify({ title: `Benchmark ${slug}`, slug, neighbourhood, capacity: seats, phase: 'listening', _status: 'published' }),
    })
  ).doc
  await fetch(`${siteUrl}/laboratori/${slug}`)

  const times: number[] = []
  const statuses: Record<string, number> = {}
  const started = performance.now()
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const body = new URLSearchParams({ name: `Persona ${i}`, email: `bench${i}@example.org`, consent: 'yes', locale: 'it' })
      const t0 = performance.now()
      const res = await fetch(`${siteUrl}/laboratori/${slug}`, { method: 'POST', body, headers: { origin: siteUrl } }).catch(() => null)
      await res?.arrayBuffer()
      times.push(performance.now() - t0)
      const key = res ? String(res.status) : 'network-error'
      statuses[key] = (statuses[key] ?? 0) + 1
    }),
  )
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)

  const registrations = (await api(cmsUrl, token, `/api/registrations?where[laboratory][equals]=${lab.id}&pagination=false&depth=0`)).docs as Array<{
    status: string
    email: string
  }>
  const by = (status: string) => registrations.filter((r) => r.status === status).length
  return {
    signups: count,
    seats,
    seconds: Math.round(seconds * 100) / 100,
    signupsPerSecond: Math.round((count / seconds) * 10) / 10,
    p50: Math.round(percentile(times, 0.5)),
    p95: Math.round(percentile(times, 0.95)),
    p99: Math.round(percentile(times, 0.99)),
    statuses,
    confirmedSeats: by('confirmed'),
    heldSeats: by('awaiting'),
    waitlisted: by('waitlisted'),
    records: registrations.length,
    distinctEmails: new Set(registrations.map((r) => r.email)).size,
  }
}
