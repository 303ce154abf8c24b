import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { expect, test } from '@playwright/test'
import PostalMime from 'postal-mime'
import { seatRuleViolations, type RecordedSignup } from '@quartieri/shared/signups/reconcile'
import { startSmtpCapture } from '../support/smtp.ts'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'

/** How many items of `list` fall under each key. */
function countBy<T>(list: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of list) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1
  return counts
}

/**
 * kill -9 of the CMS in the middle of a burst of sign-ups posted to the site's form, with the CMS supervised as
 * under `npm start`: after the restart, every acknowledged sign-up is there once, the records obey the seat rules,
 * every owed mail went out, and the site answered clearly while the CMS was down.
 */

// More seats than the sign-ups that can reach the CMS before the paused one (its index plus the posters), fewer than the burst.
const CAPACITY = 20
const BURST = 60
const CONCURRENCY = 8
/**
 * The sign-up the kill lands in: the CMS holds it between its first two writes (QUARTIERI_PAUSE_POINT, a test-only
 * switch), with seats still free, and the test kills the CMS as soon as its record is in the database; the sign-ups
 * behind it in the laboratory's queue are in flight too.
 */
const PAUSED = 'burst010@example.org'
const DOWN_POST_INTERVAL_MS = 150
const MAX_DOWN_POSTS = 40
const ACK = 'Richiesta ricevuta'
const DOWN_MESSAGE = 'La tua iscrizione potrebbe non essere stata registrata'

type Portal = Awaited<ReturnType<typeof startTestPortal>>
type Phase = 'before-kill' | 'in-flight' | 'while-down' | 'after-restart' | 'retry'
interface Post {
  email: string
  phase: Phase
  status: number
  acknowledged: boolean
  text: string
}

let portal: Portal
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
let mailDir: string
const posts: Post[] = []
let labSlug = ''
let labId = 0
const downPagesWhileDown: number[] = []

test.describe.configure({ mode: 'serial', timeout: 420_000 })

test.beforeAll(async () => {
  test.setTimeout(420_000)
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-crash-mail-'))
  smtp = await startSmtpCapture(mailDir)
  portal = await startTestPortal(
    'crash',
    () => {},
    { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', SIGNUP_RATE_LIMIT: '100000', QUARTIERI_PAUSE_POINT: `signup-after-record:${PAUSED}` },
    { restartCms: true },
  )
})

test.afterAll(async () => {
  await portal?.stop()
  await smtp?.stop()
  if (mailDir) fs.rmSync(mailDir, { recursive: true, force: true })
})

async function cmsAnswers(): Promise<boolean> {
  try {
    return (await fetch(`${portal.cmsUrl}/api/globals/settings`, { signal: AbortSignal.timeout(2_000) })).ok
  } catch {
    return false
  }
}

async function postForm(email: string, phase: Phase): Promise<Post> {
  const form = new URLSearchParams({ name: `Persona ${email.split('@')[0]}`, email, consent: 'yes' })
  let status = 0
  let text = ''
  try {
    const res = await fetch(`${portal.siteUrl}/laboratori/${labSlug}`, { method: 'POST', body: form, headers: { origin: portal.siteUrl }, signal: AbortSignal.timeout(30_000) })
    status = res.status
    text = await res.text()
  } catch {
    status = 0 // no answer at all from the site
  }
  const post = { email, phase, status, acknowledged: status === 202 && text.includes(ACK), text }
  posts.push(post)
  return post
}

/** A page's status; a connection the server had just closed (keep-alive) is tried once more, 0 when there is no answer. */
async function pageStatus(url: string): Promise<number> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return (await fetch(url, { signal: AbortSignal.timeout(30_000) })).status
    } catch {
      // tried again below
    }
  }
  return 0
}

function database() {
  return new DatabaseSync(path.join(portal.dataDir, 'quartieri.db'), { readOnly: true, timeout: 10_000 })
}

function labRecords() {
  const db = database()
  try {
    const registrations = db
      .prepare(
        'SELECT id, email, status, created_at AS createdAt, hold_expires_at AS holdExpiresAt, email_verified AS emailVerified, pending_mail AS pendingMail FROM registrations WHERE laboratory_id = ?',
      )
      .all(labId) as unknown as Array<RecordedSignup & { email: string }>
    const claims = db.prepare('SELECT id, registration_id AS registration, seat FROM seat_claims WHERE laboratory_id = ?').all(labId) as unknown as Array<{
      id: number
      registration: number | null
      seat: number
    }>
    return { registrations: registrations.map((r) => ({ ...r, emailVerified: Boolean(r.emailVerified) })), claims }
  } finally {
    db.close()
  }
}

async function mailsByAddress(): Promise<Map<string, string[]>> {
  const byAddress = new Map<string, string[]>()
  for (const file of fs
    .readdirSync(mailDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()) {
    const mail = await PostalMime.parse(fs.readFileSync(path.join(mailDir, file)))
    for (const to of mail.to ?? []) byAddress.set(to.address ?? '', [...(byAddress.get(to.address ?? '') ?? []), mail.subject ?? ''])
  }
  return byAddress
}

test('kill -9 of the CMS mid-burst: every acknowledged sign-up is kept once, the seat rules hold, every mail is sent', async () => {
  // A small laboratory, so the burst fills it and leaves a waitlist.
  const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const token = ((await login.json()) as { token: string }).token
  const hood = (await (await fetch(`${portal.cmsUrl}/api/neighbourhoods?limit=1&depth=0`, { headers: { authorization: `JWT ${token}` } })).json()) as {
    docs: Array<{ id: number }>
  }
  labSlug = 'e2e-crash'
  const created = await fetch(`${portal.cmsUrl}/api/laboratories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      title: 'Laboratorio alla prova del crash',
      slug: labSlug,
      neighbourhood: hood.docs[0]!.id,
      capacity: CAPACITY,
      phase: 'co-design',
      _status: 'published',
    }),
  })
  expect(created.status).toBe(201)
  labId = ((await created.json()) as { doc: { id: number } }).doc.id
  expect(await pageStatus(`${portal.siteUrl}/laboratori/${labSlug}`)).toBe(200)

  // The burst: CONCURRENCY posters; the CMS is killed once the paused sign-up has written its record.
  const emails = Array.from({ length: BURST }, (_, i) => `burst${String(i).padStart(3, '0')}@example.org`)
  let nextIndex = 0
  let killed = false
  let killedAt = 0
  let acknowledgedBeforeKill = 0
  let freeSeatsAtKill = 0
  const killedPid = portal.cmsProcess().pid!
  const inFlight = new Set<string>()
  const killer = (async () => {
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline && !labRecords().registrations.some((r) => r.email === PAUSED)) await new Promise((r) => setTimeout(r, 50))
    // The answers of the sign-ups done before it reach their people; the ones after it wait in the queue.
    await new Promise((r) => setTimeout(r, 1_000))
    freeSeatsAtKill = CAPACITY - labRecords().claims.length
    acknowledgedBeforeKill = posts.filter((p) => p.acknowledged).length
    killed = true
    killedAt = Date.now()
    process.kill(-killedPid, 'SIGKILL')
  })()
  await Promise.all([
    killer,
    ...Array.from({ length: CONCURRENCY }, async () => {
      while (nextIndex < emails.length && !killed) {
        const email = emails[nextIndex++]!
        inFlight.add(email)
        const post = await postForm(email, 'before-kill')
        inFlight.delete(email)
        if (killed) post.phase = 'in-flight'
      }
    }),
  ])
  expect(killed).toBe(true)

  // While the CMS is down: keep posting (the rest of the burst first), and check the site still shows the laboratory.
  let downIndex = 0
  const downEmails = [...emails.slice(nextIndex), ...Array.from({ length: MAX_DOWN_POSTS }, (_, i) => `down${String(i).padStart(3, '0')}@example.org`)]
  let backAt = 0
  while (downIndex < downEmails.length && downIndex < MAX_DOWN_POSTS) {
    if (await cmsAnswers()) {
      backAt = Date.now()
      break
    }
    const post = await postForm(downEmails[downIndex++]!, 'while-down')
    if (post.acknowledged) {
      // The CMS came back between the check and the post.
      post.phase = 'after-restart'
      backAt = Date.now()
      break
    }
    downPagesWhileDown.push(await pageStatus(`${portal.siteUrl}/laboratori/${labSlug}`))
    await new Promise((r) => setTimeout(r, DOWN_POST_INTERVAL_MS))
  }
  // The supervisor brings the CMS back (1 s, then 2 s, … of backoff).
  await expect.poll(cmsAnswers, { timeout: 120_000, intervals: [250] }).toBe(true)
  if (!backAt) backAt = Date.now()
  expect(portal.cmsProcess().pid).not.toBe(killedPid)
  expect(portal.cmsRestarts()).toBe(1)

  // Retry every submission that was not acknowledged, as a person would after an error page; and post what was never sent.
  const acknowledged = () => new Set(posts.filter((p) => p.acknowledged).map((p) => p.email))
  const tried = new Set(posts.map((p) => p.email))
  const toSend = [...new Set([...emails, ...downEmails.slice(0, downIndex)])]
  let retries = 0
  for (let round = 0; round < 3; round++) {
    const missing = toSend.filter((email) => !acknowledged().has(email))
    if (missing.length === 0) break
    for (const email of missing) {
      if (tried.has(email)) retries++
      tried.add(email)
      await postForm(email, 'retry')
    }
  }
  const acked = acknowledged()
  expect([...acked].sort()).toEqual([...toSend].sort())

  // Every acknowledged sign-up is there exactly once; the records obey the seat rules; every owed mail went out.
  await expect.poll(() => labRecords().registrations.filter((r) => r.pendingMail).length, { timeout: 90_000, intervals: [500] }).toBe(0)
  const { registrations, claims } = labRecords()
  const byEmail = new Map<string, number>()
  for (const r of registrations) byEmail.set(r.email, (byEmail.get(r.email) ?? 0) + 1)
  for (const email of acked) expect(byEmail.get(email), email).toBe(1)
  expect(registrations).toHaveLength(acked.size)
  expect(seatRuleViolations({ capacity: CAPACITY, registrations, claims })).toEqual([])
  expect(claims).toHaveLength(CAPACITY)
  expect(registrations.filter((r) => r.status === 'awaiting')).toHaveLength(CAPACITY)
  expect(registrations.filter((r) => r.status === 'waitlisted')).toHaveLength(acked.size - CAPACITY)

  // The sign-up the kill stopped after its first write got one of the seats that were free, not a waitlist place.
  expect(freeSeatsAtKill).toBeGreaterThan(0)
  expect(registrations.find((r) => r.email === PAUSED)?.status).toBe('awaiting')

  let mails = await mailsByAddress()
  await expect
    .poll(
      async () => {
        mails = await mailsByAddress()
        return registrations.filter((r) => !(mails.get(r.email) ?? []).length).map((r) => r.email)
      },
      { timeout: 30_000 },
    )
    .toEqual([])
  for (const r of registrations) {
    const subjects = mails.get(r.email)!
    if (r.status === 'awaiting')
      expect(
        subjects.some((s) => /Conferma la tua iscrizione|Si è liberato un posto/.test(s)),
        `${r.email}: ${subjects.join(' | ')}`,
      ).toBe(true)
    else expect(subjects.at(-1), r.email).toMatch(/lista d’attesa/)
  }

  // While the CMS was down the site stayed up and kept showing the laboratory from what it had.
  expect(downPagesWhileDown.length).toBeGreaterThan(0)
  expect(downPagesWhileDown.every((s) => s === 200)).toBe(true)

  const log = fs.readFileSync(portal.cmsLog, 'utf8')
  const repairs = [...log.matchAll(/sign-ups reconciled at start: ([^"\n]*)/g)].map((m) => m[1]).at(-1) ?? 'not found in the log'
  const answeredWhileDown = posts.filter((p) => p.phase === 'while-down' || p.phase === 'in-flight')
  const how = (list: Post[]) =>
    Object.entries(countBy(list, (p) => String(p.status || 'no answer')))
      .map(([s, n]) => `${n}× ${s}`)
      .join(', ')
  console.log(
    [
      'Crash test figures:',
      `  capacity ${CAPACITY}; posts sent ${posts.length} (${toSend.length} distinct people)`,
      `  acknowledged before the kill ${acknowledgedBeforeKill}; seats free at the kill ${freeSeatsAtKill}; in flight at the kill ${posts.filter((p) => p.phase === 'in-flight').length} (${how(posts.filter((p) => p.phase === 'in-flight'))}; ${inFlight.size} left unanswered)`,
      `  CMS down ${((backAt - killedAt) / 1000).toFixed(1)} s; posts answered while down ${posts.filter((p) => p.phase === 'while-down').length} (${how(posts.filter((p) => p.phase === 'while-down'))}); lab page while down: ${how(downPagesWhileDown.map((status) => ({ status }) as Post))}`,
      `  posts after the restart ${posts.filter((p) => p.phase === 'retry').length} (${how(posts.filter((p) => p.phase === 'retry'))}), of which ${retries} retries of unacknowledged submissions`,
      `  records ${registrations.length}: ${registrations.filter((r) => r.status === 'awaiting').length} holding a seat, ${registrations.filter((r) => r.status === 'waitlisted').length} waitlisted; seat claims ${claims.length}`,
      `  reconciler at restart: ${repairs}`,
      `  not acknowledged overall: ${answeredWhileDown.filter((p) => !p.acknowledged).length} answers while down or in flight, all retried`,
    ].join('\n'),
  )
})

test('form posts while the CMS was down were answered with a clear 503 page', async () => {
  const whileDown = posts.filter((p) => p.phase === 'while-down')
  expect(whileDown.length).toBeGreaterThan(0)
  for (const post of whileDown) {
    expect(post.status, post.email).toBe(503)
    expect(post.text, post.email).toContain(DOWN_MESSAGE)
  }
})
