import { execFileSync } from 'node:child_process'
import http from 'node:http'
import { expect, test } from '@playwright/test'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'

// A portal of this file's own, as its CMS is frozen and then stopped. Its site and CMS believe X-Forwarded-For only
// from 127.0.0.2, a loopback address the tests connect from to play the proxy, so each test counts as clients of its
// own; its forms allow SIGNUP_RATE_LIMIT posts per address, and its site gives the CMS FORM_TIMEOUT_MS per post.
const TRUSTED_PROXY = '127.0.0.2'
/** Another loopback address, not trusted: a client that sends X-Forwarded-For of its own making. */
const SPOOFER = '127.0.0.3'
const SIGNUP_RATE_LIMIT = 3
const FORM_TIMEOUT_MS = 2_000
const LAB = 'gratosoglio-torri-sud'
const SIGNUP_UNAVAILABLE_IT = 'La tua iscrizione potrebbe non essere stata registrata: controlla la tua e-mail o riprova tra qualche minuto.'
const SIGNUP_UNAVAILABLE_EN = 'Your sign-up may not have been recorded: check your e-mail or try again in a few minutes.'
let portal: Awaited<ReturnType<typeof startTestPortal>>

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  portal = await startTestPortal('site-unavailable', () => {}, {
    TRUSTED_PROXIES: TRUSTED_PROXY,
    SIGNUP_RATE_LIMIT: String(SIGNUP_RATE_LIMIT),
    CMS_FORM_TIMEOUT_MS: String(FORM_TIMEOUT_MS),
  })
})

test.afterAll(async () => {
  if (portal?.cms.exitCode === null) signalCms('SIGCONT')
  await portal?.stop()
})

/** Sends a signal to the CMS's whole process group (npm and the server it runs). */
function signalCms(signal: NodeJS.Signals) {
  process.kill(-portal.cms.pid!, signal)
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  ms: number
}

/** A request to the site from `from` (a loopback address), with the headers and form given. */
function site(method: string, path: string, options: { from?: string; headers?: Record<string, string>; form?: Record<string, string> } = {}): Promise<Answer> {
  const url = new URL(path, portal.siteUrl)
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        method,
        path: url.pathname + url.search,
        localAddress: options.from ?? '127.0.0.1',
        agent: false,
        headers: {
          host: url.host,
          origin: url.origin,
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) } : {}),
          ...options.headers,
        },
        timeout: 30_000,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, ms: performance.now() - started }))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)))
    req.on('error', reject)
    req.end(body)
  })
}

/** A sign-up posted through the trusted proxy on behalf of `client`. */
const signUpVia = (client: string, email: string, path = `/laboratori/${LAB}`) =>
  site('POST', path, { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': client }, form: { name: 'Persona di prova', email, consent: 'yes' } })

async function cms<T = any>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(new URL(path, portal.cmsUrl), { ...init, headers: { accept: 'application/json', 'content-type': 'application/json', ...init.headers } })
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(400)
  return (await res.json()) as T
}

/** How many sign-ups the CMS holds for this e-mail address (any laboratory), as staff see them. */
async function signupsOf(email: string): Promise<number> {
  const { token } = await cms<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify(ADMIN) })
  const found = await cms<{ totalDocs: number }>(`/api/registrations?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: { authorization: `JWT ${token}` } })
  return found.totalDocs
}

test('with the CMS frozen, a form post gets the 503 page within the time limit, and the retry signs up once', async () => {
  test.setTimeout(120_000)
  expect((await site('GET', `/laboratori/${LAB}`)).status).toBe(200)
  expect((await site('GET', `/en/laboratori/${LAB}`)).status).toBe(200)
  const email = 'congelato@example.org'
  signalCms('SIGSTOP')
  let italian: Answer, english: Answer, confirm: Answer, cancel: Answer
  try {
    italian = await signUpVia('198.51.100.1', email)
    english = await signUpVia('198.51.100.2', 'frozen@example.org', `/en/laboratori/${LAB}`)
    confirm = await site('POST', '/iscrizione/conferma', { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '198.51.100.3' }, form: { token: 'A'.repeat(43) } })
    cancel = await site('POST', '/en/iscrizione/annulla', { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '198.51.100.4' }, form: { token: 'B'.repeat(43) } })
  } finally {
    signalCms('SIGCONT')
  }
  for (const answer of [italian, english, confirm, cancel]) {
    expect(answer.status).toBe(503)
    expect(answer.ms, 'the site gives up on the CMS after CMS_FORM_TIMEOUT_MS').toBeLessThan(FORM_TIMEOUT_MS + 1_500)
    expect(answer.headers['cache-control']).toContain('no-store')
  }
  expect(italian.text).toContain(SIGNUP_UNAVAILABLE_IT)
  expect(italian.text).toContain('lang="it"')
  expect(english.text).toContain(SIGNUP_UNAVAILABLE_EN)
  expect(english.text).toContain('lang="en"')
  expect(confirm.text).toContain('La tua conferma potrebbe non essere stata registrata')
  expect(cancel.text).toContain('Your cancellation may not have been recorded')
  // What the person typed is still in the form, to send again.
  expect(italian.text).toContain(email)

  // Once the CMS is back, the same sign-up sent again is taken, and the person has one sign-up, not two.
  await expect.poll(async () => (await site('GET', `/laboratori/${LAB}`)).status, { timeout: 30_000 }).toBe(200)
  const retry = await signUpVia('198.51.100.1', email)
  expect(retry.status).toBe(202)
  expect(retry.text).toContain('Richiesta ricevuta')
  await expect.poll(() => signupsOf(email), { timeout: 15_000 }).toBe(1)
  const again = await signUpVia('198.51.100.1', email)
  expect(again.status).toBe(202)
  expect(await signupsOf(email)).toBe(1)
})

test('in the browser, the form sent while the CMS is frozen shows the message in place', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto(new URL(`/laboratori/${LAB}`, portal.siteUrl).toString())
  await page.locator('#signup-name').fill('Persona nel browser')
  await page.locator('#signup-email').fill('browser-congelato@example.org')
  await page.locator('label[for="signup-consent"]').click()
  signalCms('SIGSTOP')
  try {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Invia l’iscrizione' }).click()])
    expect(response.status()).toBe(503)
    await expect(page.getByText(SIGNUP_UNAVAILABLE_IT)).toBeVisible()
  } finally {
    signalCms('SIGCONT')
  }
})

test('every 429 of the forms says when to try again (Retry-After), in the request language', async () => {
  const client = '198.51.100.50'
  const statuses: number[] = []
  for (let i = 0; i < SIGNUP_RATE_LIMIT; i++) statuses.push((await signUpVia(client, `raffica${i}@example.org`)).status)
  expect(statuses.every((s) => s !== 429)).toBe(true)
  const limited = await signUpVia(client, 'raffica-oltre@example.org')
  expect(limited.status).toBe(429)
  const wait = Number(limited.headers['retry-after'])
  expect(Number.isInteger(wait) && wait > 0 && wait <= 600, `Retry-After: ${limited.headers['retry-after']}`).toBe(true)
  expect(limited.text).toContain('Troppe richieste da questo indirizzo')
  // The confirm and cancel buttons share the budget, and say the same.
  for (const path of ['/iscrizione/conferma', '/en/iscrizione/annulla']) {
    const answer = await site('POST', path, { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': client }, form: { token: 'C'.repeat(43) } })
    expect(answer.status).toBe(429)
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0)
    expect(answer.text).toContain(path.startsWith('/en/') ? 'Too many requests' : 'Troppe richieste')
  }
})

test('X-Forwarded-For counts only from TRUSTED_PROXIES: a client that invents it keeps its own budget', async () => {
  const statuses: number[] = []
  // Straight from an address that is not a trusted proxy: every post counts as that address, whatever the header says.
  for (let i = 0; i <= SIGNUP_RATE_LIMIT; i++) {
    const answer = await site('POST', `/laboratori/${LAB}`, {
      from: SPOOFER,
      headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
      form: { name: 'Falso', email: `falso${i}@example.org`, consent: 'yes' },
    })
    statuses.push(answer.status)
  }
  expect(statuses.slice(0, SIGNUP_RATE_LIMIT).every((s) => s !== 429)).toBe(true)
  expect(statuses.at(-1)).toBe(429)
  // Through the trusted proxy, the client it names has a budget of its own.
  expect((await signUpVia('203.0.113.200', 'vero@example.org')).status).toBe(202)
})

test('with the CMS stopped, a form post gets the 503 page at once, never a blank 500', async () => {
  test.setTimeout(60_000)
  // The CMS's server process dies as in a crash; npm, which ran it, then exits on its own.
  const exited = new Promise((resolve) => portal.cms.once('exit', resolve))
  const server = execFileSync('ps', ['-o', 'pid=,args=', '-g', String(portal.cms.pid)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find(([, command, script]) => command?.endsWith('node') && script === 'server.mjs')
  expect(server, 'the CMS server process').toBeTruthy()
  process.kill(Number(server![0]), 'SIGKILL')
  await exited
  const italian = await signUpVia('198.51.100.60', 'fermo@example.org')
  expect(italian.status).toBe(503)
  expect(italian.text).toContain(SIGNUP_UNAVAILABLE_IT)
  expect(italian.ms).toBeLessThan(FORM_TIMEOUT_MS + 1_500)
  const english = await signUpVia('198.51.100.61', 'stopped@example.org', `/en/laboratori/${LAB}`)
  expect(english.status).toBe(503)
  expect(english.text).toContain(SIGNUP_UNAVAILABLE_EN)
  const confirm = await site('POST', '/iscrizione/conferma', { from: TRUSTED_PROXY, headers: { 'x-forwarded-for': '198.51.100.62' }, form: { token: 'D'.repeat(43) } })
  expect(confirm.status).toBe(503)
  expect(confirm.text).toContain('La tua conferma potrebbe non essere stata registrata')
})
