import http from 'node:http'
import { expect, test, type Page } from '@playwright/test'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'

// A portal of this file's own: its login budgets and sign-up limit are spent here without touching the shared one.
// Its CMS trusts X-Forwarded-For only from 127.0.0.2, a loopback address the tests connect from to play the proxy;
// it has no SMTP server, so its mail goes to the demo mailbox.
const TRUSTED_PROXY = '127.0.0.2'
const SIGNUP_RATE_LIMIT = 3
let portal: Awaited<ReturnType<typeof startTestPortal>>

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  portal = await startTestPortal('login', () => {}, { TRUSTED_PROXIES: TRUSTED_PROXY, SIGNUP_RATE_LIMIT: String(SIGNUP_RATE_LIMIT) })
})

test.afterAll(async () => {
  await portal?.stop()
})

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: any
  ms: number
}

/** One HTTP request to the CMS, from `from` (a loopback address) with the headers given: what a client or a proxy sends. */
function send(method: string, path: string, options: { from?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const url = new URL(path, portal.cmsUrl)
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        localAddress: options.from ?? '127.0.0.1',
        headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
        timeout: 30_000,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => {
          let json: unknown = null
          try {
            json = JSON.parse(text)
          } catch {
            // not JSON (a page)
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: performance.now() - started })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)))
    req.on('error', reject)
    req.end(body)
  })
}

/** A login posted through the trusted proxy on behalf of `client`. */
const loginVia = (client: string, email: string, password: string, headers: Record<string, string> = {}) =>
  send('POST', '/api/users/login', { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': client, ...headers }, body: { email, password } })

const errorMessage = (answer: Answer) => String(answer.json?.errors?.[0]?.message ?? '')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

async function adminToken(): Promise<string> {
  const answer = await send('POST', '/api/users/login', { body: ADMIN })
  expect(answer.status, answer.text).toBe(200)
  return answer.json.token
}

async function createStaff(email: string, role: 'admin' | 'editor' | 'operator', password = 'staff-password-12345') {
  const answer = await send('POST', '/api/users', { headers: { authorization: `JWT ${await adminToken()}` }, body: { email, password, name: email, role } })
  expect(answer.status, answer.text).toBe(201)
  return { email, password }
}

async function signInWithForm(page: Page, email: string, password: string) {
  await page.getByLabel(/e-?mail/i).fill(email)
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
}

test.describe('client address', () => {
  const signUp = (options: { from?: string; headers?: Record<string, string> } = {}) => send('POST', '/api/registrations/sign-up', { ...options, body: {} })

  test('a spoofed X-Forwarded-For does not get past an exhausted sign-up limit; a 429 says when to retry', async () => {
    for (let i = 0; i < SIGNUP_RATE_LIMIT; i++) expect((await signUp()).status).toBe(400)
    const stopped = await signUp()
    expect(stopped.status).toBe(429)
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0)
    for (const spoofed of ['198.51.100.1', '198.51.100.2', '203.0.113.3, 198.51.100.4']) {
      expect((await signUp({ headers: { 'x-forwarded-for': spoofed } })).status).toBe(429)
    }
    // Nor does the header the CMS's own server sets, sent by the client.
    expect((await signUp({ headers: { 'x-quartieri-client-address': '198.51.100.5' } })).status).toBe(429)
  })

  test('behind a trusted proxy, each client named in X-Forwarded-For has a limit of its own', async () => {
    for (let i = 0; i < SIGNUP_RATE_LIMIT; i++) expect((await signUp({ from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '198.51.100.10' } })).status).toBe(400)
    expect((await signUp({ from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '198.51.100.10' } })).status).toBe(429)
    expect((await signUp({ from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '198.51.100.11' } })).status).toBe(400)
  })
})

test.describe('login throttling', () => {
  test("a stranger's wrong passwords on the admin's account stop the stranger, not the admin", async ({ page }) => {
    const stranger = '203.0.113.20'
    const answers: Answer[] = []
    for (let i = 0; i < 10; i++) answers.push(await loginVia(stranger, ADMIN.email, `wrong-password-${i}`))
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
    for (const stopped of answers.slice(5)) {
      expect(stopped.status).toBe(429)
      expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0)
      expect(errorMessage(stopped)).toMatch(/^Troppi tentativi di accesso non riusciti: riprova tra \d+ minut[oi]\.$/)
    }
    // In English for a request that asks for it.
    expect(errorMessage(await loginVia(stranger, ADMIN.email, 'x', { 'accept-language': 'en-GB,en;q=0.9' }))).toMatch(
      /^Too many failed login attempts: try again in \d+ minutes?\.$/,
    )
    // The GraphQL login is the same operation, throttled alike.
    const graphql = await send('POST', '/api/graphql', {
      from: TRUSTED_PROXY,
      headers: { 'x-forwarded-for': stranger },
      body: { query: `mutation { loginUser(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }` },
    })
    expect(graphql.json?.data?.loginUser?.token ?? null).toBeNull()
    expect(String(graphql.json?.errors?.[0]?.message)).toMatch(/Troppi tentativi di accesso/)

    // The admin, from another address, signs in through the admin's form.
    await page.goto(`${portal.cmsUrl}/admin/login`)
    await signInWithForm(page, ADMIN.email, ADMIN.password)
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(`${portal.cmsUrl}/admin/collections/neighbourhoods`)
    await expect(page.getByRole('link', { name: 'San Siro' })).toBeVisible()
  })

  test("the admin's login form tells a person who failed too often when to try again, in Italian", async ({ page }) => {
    const editor = await createStaff('redazione-distratta@example.org', 'editor')
    await page.goto(`${portal.cmsUrl}/admin/login`)
    for (let i = 0; i < 5; i++) {
      await signInWithForm(page, editor.email, `sbagliata-${i}`)
      await expect(page.getByText("L'email o la password fornita non è corretta.").last()).toBeVisible()
      await page.reload()
    }
    await signInWithForm(page, editor.email, editor.password)
    await expect(page.getByText(/Troppi tentativi di accesso non riusciti: riprova tra \d+ minut[oi]\./)).toBeVisible()
    await expect(page).toHaveURL(/\/admin\/login/)
  })

  test('one address trying 25 accounts is stopped; the accounts are not', async () => {
    const sprayer = '203.0.113.30'
    const editor = await createStaff('redazione-spray@example.org', 'editor')
    const accounts = [editor, ...Array.from({ length: 24 }, (_, i) => ({ email: `persona${i}@example.org`, password: '' }))]
    const statuses: number[] = []
    for (const account of accounts) statuses.push((await loginVia(sprayer, account.email, 'Password1!')).status)
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401))
    expect(statuses.slice(20)).toEqual(Array(5).fill(429))
    expect((await loginVia('198.51.100.30', editor.email, editor.password)).status).toBe(200)
  })

  test('an unknown e-mail is answered like a known one: same status and message, comparable time', async () => {
    const known: Answer[] = []
    const unknown: Answer[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await loginVia(`192.0.2.${10 + i}`, ADMIN.email, 'not-the-password'))
      unknown.push(await loginVia(`192.0.2.${110 + i}`, `sconosciuto${i}@example.org`, 'not-the-password'))
    }
    expect(new Set([...known, ...unknown].map((a) => a.status))).toEqual(new Set([401]))
    expect(new Set([...known, ...unknown].map(errorMessage)).size).toBe(1)
    expect(median(unknown.map((a) => a.ms))).toBeGreaterThanOrEqual(median(known.map((a) => a.ms)) / 2)
  })

  test('a password reset is answered alike for a known and an unknown e-mail, and the mail reaches the known one', async ({ page }) => {
    const forgot = (email: string) => send('POST', '/api/users/forgot-password', { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '192.0.2.200' }, body: { email } })
    const [knownAnswer, unknownAnswer] = [await forgot(ADMIN.email), await forgot('nessuno-qui@example.org')]
    expect(knownAnswer.status).toBe(200)
    expect(unknownAnswer.status).toBe(knownAnswer.status)
    expect(unknownAnswer.json).toEqual(knownAnswer.json)
    // The reset mail is in the demo mailbox, which an administrator opens after logging in.
    await page.goto(`${portal.cmsUrl}/mailbox`)
    await page.waitForURL(/\/admin\/login/)
    await signInWithForm(page, ADMIN.email, ADMIN.password)
    await page.waitForURL(/\/mailbox$/)
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
    await expect(page.getByText(`A / to: ${ADMIN.email}`).first()).toBeVisible()
    await expect(page.getByRole('link', { name: /\/admin\/reset\// }).first()).toBeVisible()
  })
})

test.describe('demo mailbox', () => {
  test('shows nothing without a login: it leads to the login, and its files are not served', async () => {
    const anonymous = await send('GET', '/mailbox', { headers: { accept: 'text/html' } })
    expect([303, 307, 308]).toContain(anonymous.status)
    expect(anonymous.headers.location).toMatch(/^(https?:\/\/[^/]+)?\/admin\/login\?redirect=%2Fmailbox$/)
    // The reset mail of the test above is in the mailbox: nothing of it shows.
    expect(anonymous.text).not.toContain(ADMIN.email)
    expect(anonymous.text).not.toContain('/admin/reset/')
    for (const path of ['/mailbox/index.json', '/api/media/file/..%2Fmailbox', '/data/mailbox', '/mailbox.json']) {
      const answer = await send('GET', path)
      expect(answer.status, path).not.toBe(200)
      expect(answer.text, path).not.toContain(ADMIN.email)
    }
  })

  test('an operator is told the mailbox is for administrators and editors', async ({ page }) => {
    const operator = await createStaff('operatrice-posta@example.org', 'operator')
    await page.goto(`${portal.cmsUrl}/admin/login?redirect=%2Fmailbox`)
    await signInWithForm(page, operator.email, operator.password)
    await page.waitForURL(/\/mailbox$/)
    await expect(page.getByText(/la vedono solo gli amministratori e la redazione/)).toBeVisible()
    await expect(page.getByText(/A \/ to:/)).toHaveCount(0)
  })
})
