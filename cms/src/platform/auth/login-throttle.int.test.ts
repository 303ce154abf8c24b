import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'
import { CLIENT_ADDRESS_HEADER } from './client-address.ts'

let t: TestPayload
let payload: Payload
const PASSWORD = 'a-long-test-password'

interface Outcome {
  status: number
  message: string
  retryAfter: string | null
  ms: number
}

/** One login as it reaches Payload from our server, which names the client's address. */
async function attempt(email: string, password: string, address: string): Promise<Outcome> {
  const req = { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address }) } as Parameters<Payload['login']>[0]['req']
  const started = performance.now()
  try {
    await payload.login({ collection: 'users', data: { email, password }, req })
    return { status: 200, message: '', retryAfter: null, ms: performance.now() - started }
  } catch (err) {
    const e = err as { status?: number; message?: string }
    return { status: e.status ?? 500, message: e.message ?? '', retryAfter: req?.responseHeaders?.get('retry-after') ?? null, ms: performance.now() - started }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

beforeAll(async () => {
  // A small account budget, so that guessing from many addresses reaches it quickly (read when Payload's config loads).
  t = await createTestPayload({ LOGIN_ACCOUNT_RATE_LIMIT: '8' })
  payload = t.payload
  for (const [email, role] of [
    ['capo@example.org', 'admin'],
    ['redattrice@example.org', 'editor'],
    ['misurata@example.org', 'editor'],
    ['operatrice@example.org', 'operator'],
  ] as const) {
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email, role }, overrideAccess: true })
  }
})

afterAll(async () => {
  await t?.cleanup()
})

describe('login throttling', () => {
  it("stops a stranger's address after five wrong passwords, while the owner logs in from elsewhere", async () => {
    const stranger = '203.0.113.10'
    for (let i = 0; i < 5; i++) expect((await attempt('capo@example.org', `wrong-${i}`, stranger)).status).toBe(401)
    const stopped = await attempt('capo@example.org', 'wrong-again', stranger)
    expect(stopped.status).toBe(429)
    expect(Number(stopped.retryAfter)).toBeGreaterThan(0)
    expect(stopped.message).toMatch(/Troppi tentativi di accesso/)
    // Even the right password waits at that address: the stranger learns nothing by guessing on.
    expect((await attempt('capo@example.org', PASSWORD, stranger)).status).toBe(429)
    // The owner, from another address, is not locked out.
    expect((await attempt('capo@example.org', PASSWORD, '198.51.100.20')).status).toBe(200)
  })

  it('stops one address trying many accounts', async () => {
    const sprayer = '203.0.113.11'
    const outcomes: number[] = []
    for (let i = 0; i < 25; i++) outcomes.push((await attempt(`persona${i}@example.org`, 'password-comune', sprayer)).status)
    expect(outcomes.slice(0, 20).every((s) => s === 401)).toBe(true)
    expect(outcomes.slice(20).every((s) => s === 429)).toBe(true)
    // Another address is not affected.
    expect((await attempt('redattrice@example.org', PASSWORD, '198.51.100.21')).status).toBe(200)
  })

  it("stops guessing from many addresses at the account's budget, but not the owner where they logged in before", async () => {
    const home = '198.51.100.40'
    expect((await attempt('operatrice@example.org', PASSWORD, home)).status).toBe(200)
    for (let i = 0; i < 8; i++) expect((await attempt('operatrice@example.org', 'guess', `203.0.113.${100 + i}`)).status).toBe(401)
    expect((await attempt('operatrice@example.org', 'guess', '203.0.113.200')).status).toBe(429)
    expect((await attempt('operatrice@example.org', PASSWORD, '203.0.113.201')).status).toBe(429)
    expect((await attempt('operatrice@example.org', PASSWORD, home)).status).toBe(200)
  })

  it('gives a successful login its attempt back', async () => {
    const address = '198.51.100.22'
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await attempt('redattrice@example.org', 'wrong', address)).status).toBe(401)
      expect((await attempt('redattrice@example.org', PASSWORD, address)).status).toBe(200)
    }
  })

  it('answers an unknown e-mail like a known one with a wrong password: same status, same message, comparable time', async () => {
    const known: Outcome[] = []
    const unknown: Outcome[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await attempt('misurata@example.org', 'wrong-password', `192.0.2.${i + 1}`))
      unknown.push(await attempt('nessuno@example.org', 'wrong-password', `192.0.2.${i + 101}`))
    }
    expect(new Set([...known, ...unknown].map((o) => o.status))).toEqual(new Set([401]))
    expect(new Set([...known, ...unknown].map((o) => o.message)).size).toBe(1)
    expect(median(unknown.map((o) => o.ms))).toBeGreaterThanOrEqual(median(known.map((o) => o.ms)) / 2)
  })
})
