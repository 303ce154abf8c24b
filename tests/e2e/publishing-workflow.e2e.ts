import { createHmac } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { cmsUrl, login, loginAdmin, neighbourhoodId, rest, signInToAdmin, sitePage, siteUrl } from '../support/cms-api.ts'

// Communications staff and operators work drafts through to the public: an operator sends a draft for review, an editor
// sends it back with a note or publishes it; an editor schedules a publication and the site shows it on time; staff
// preview a draft on the site through a short-lived link no one else can use; each role's dashboard lists their work.

const OPERATOR = { email: 'operatore.flusso@quartieri.test', password: 'operatore-flusso-123' }
const EDITOR = { email: 'redazione.flusso@quartieri.test', password: 'redazione-flusso-123' }
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let admin: string
let operatorToken: string
let gratosoglio: number | string

async function axe(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function lab(slug: string, title: string, status: 'draft' | 'published', token = admin) {
  const res = await rest('POST', `/api/laboratories${status === 'draft' ? '?draft=true' : ''}`, {
    token,
    body: { title, slug, neighbourhood: gratosoglio, capacity: 12, phase: 'listening', summary: `Sintesi di ${title}`, _status: status },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; slug: string; title: string }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  admin = await loginAdmin()
  gratosoglio = await neighbourhoodId(admin, 'gratosoglio')
  expect((await rest('POST', '/api/users', { token: admin, body: { ...OPERATOR, name: 'Operatore Flusso', role: 'operator', neighbourhoods: [gratosoglio] } })).status).toBe(201)
  expect((await rest('POST', '/api/users', { token: admin, body: { ...EDITOR, name: 'Redazione Flusso', role: 'editor' } })).status).toBe(201)
  operatorToken = await login(OPERATOR.email, OPERATOR.password)
})

test('an operator sends a draft for review, the editor sends it back with a note, then publishes it', async ({ browser }) => {
  const published = await lab('laboratorio-in-revisione', 'Laboratorio in revisione', 'published')
  // The operator's change, saved as a draft (the admin's "Salva bozza").
  expect((await rest('PATCH', `/api/laboratories/${published.id}?draft=true`, { token: operatorToken, body: { title: 'Laboratorio in revisione: nuovo titolo' } })).status).toBe(
    200,
  )

  const operator = await (await browser.newContext()).newPage()
  await signInToAdmin(operator, OPERATOR)
  await operator.goto(`${cmsUrl()}/admin/collections/laboratories/${published.id}`)
  await operator.getByRole('button', { name: 'Invia in revisione' }).click()
  await operator.getByRole('group', { name: 'Invia in revisione' }).getByLabel('Nota (facoltativa)').fill('Ho aggiornato il titolo dopo l’assemblea.')
  await operator.getByRole('group', { name: 'Invia in revisione' }).getByRole('button', { name: 'Invia in revisione' }).click()
  await expect(operator.getByRole('status').filter({ hasText: 'Bozza inviata in revisione' })).toBeVisible()
  await expect(operator.getByText('In attesa di revisione da parte della redazione.')).toBeVisible({ timeout: 10_000 })
  expect(await axe(operator, '.quartieri-review')).toEqual([])

  // The editor finds it on the dashboard, sends it back with a note.
  const editor = await (await browser.newContext()).newPage()
  await signInToAdmin(editor, EDITOR)
  const toReview = editor.getByRole('region', { name: 'Bozze da rivedere' })
  await toReview.getByRole('link', { name: 'Laboratorio in revisione: nuovo titolo' }).click()
  await expect(editor.getByText('Ho aggiornato il titolo dopo l’assemblea.')).toBeVisible()
  // Payload's icon-only buttons have names a screen reader can say.
  await expect(editor.getByRole('button', { name: 'Altre azioni sul documento' })).toBeVisible()
  await expect(editor.getByRole('button', { name: 'Altre opzioni di pubblicazione' })).toBeVisible()
  await expect(editor.getByRole('link', { name: 'Confronta le versioni' })).toHaveAttribute('href', new RegExp(`/laboratories/${published.id}/versions$`))
  await editor.getByRole('button', { name: 'Rimanda con una nota' }).click()
  const sendBack = editor.getByRole('group', { name: 'Rimanda con una nota' })
  await sendBack.getByRole('button', { name: 'Rimanda la bozza' }).click()
  await expect(sendBack.getByRole('alert')).toContainText('Scrivi una nota')
  await sendBack.getByLabel('Nota per chi ha preparato la bozza').fill('Manca la data del primo incontro nel titolo.')
  await sendBack.getByRole('button', { name: 'Rimanda la bozza' }).click()
  await expect(editor.getByRole('status').filter({ hasText: 'Bozza rimandata' })).toBeVisible()

  // The operator reads the note on their dashboard and on the draft, and sends it again.
  await operator.goto(`${cmsUrl()}/admin`)
  await expect(operator.getByRole('region', { name: 'Le tue bozze in revisione' })).toContainText('rimandata: Manca la data del primo incontro nel titolo.')
  expect(await axe(operator, '.quartieri-dashboard')).toEqual([])
  await operator.goto(`${cmsUrl()}/admin/collections/laboratories/${published.id}`)
  await expect(operator.getByText('Manca la data del primo incontro nel titolo.')).toBeVisible()
  await operator.getByRole('button', { name: 'Invia di nuovo in revisione' }).click()
  await operator.getByRole('group', { name: 'Invia in revisione' }).getByRole('button', { name: 'Invia di nuovo in revisione' }).click()
  await expect(operator.getByRole('status').filter({ hasText: 'Bozza inviata in revisione' })).toBeVisible()
  // Operators never publish or schedule: there is no button for it, and the public page is still the old one.
  await expect(operator.getByRole('button', { name: 'Pubblica modifiche' })).toHaveCount(0)
  await expect(operator.getByRole('button', { name: 'Altre opzioni di pubblicazione' })).toHaveCount(0)
  expect((await sitePage(`/laboratori/${published.slug}`)).html).not.toContain('nuovo titolo')

  // The editor publishes: the site shows it, the review is over.
  await editor.goto(`${cmsUrl()}/admin/collections/laboratories/${published.id}`)
  await editor.getByRole('button', { name: 'Pubblica modifiche' }).click()
  await expect(editor.getByText(/pubblicat|published/i).first()).toBeVisible()
  await expect.poll(async () => (await sitePage(`/laboratori/${published.slug}`)).html, { timeout: 10_000 }).toContain('Laboratorio in revisione: nuovo titolo')
  const after = (await rest('GET', `/api/laboratories/${published.id}?depth=0&draft=true`, { token: admin })).body
  expect(after.review.state).toBe('none')
  // The review never reaches the public API.
  expect((await rest('GET', `/api/laboratories/${published.id}?depth=0`)).body.review).toBeUndefined()
  await editor.goto(`${cmsUrl()}/admin`)
  await expect(editor.getByRole('region', { name: 'Bozze da rivedere' }).getByRole('link', { name: 'Laboratorio in revisione: nuovo titolo' })).toHaveCount(0)
})

test('an editor schedules a publication a minute ahead: the dashboard shows it and the site shows the lab on time', async ({ page }) => {
  test.setTimeout(180_000)
  const draft = await lab('laboratorio-programmato', 'Laboratorio programmato', 'draft')
  expect((await sitePage(`/laboratori/${draft.slug}`)).status).toBe(404)
  await signInToAdmin(page, EDITOR)
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/${draft.id}`)
  await page.getByRole('button', { name: 'Altre opzioni di pubblicazione' }).click()
  await page.getByRole('button', { name: 'Programma la pubblicazione' }).click()
  const drawer = page.getByRole('dialog')
  // Payload draws its own radio over the input: the input is checked as a click on the drawn one would.
  await drawer.getByRole('radio', { name: 'Pubblica', exact: true }).check({ force: true })
  // One whole minute ahead, picked in the drawer's calendar and its list of times (Rome time, to the minute).
  const at = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
  const time = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hour12: false }).format(at)
  await drawer.getByRole('textbox').first().click()
  await page.locator('.react-datepicker__day--today').first().click()
  await page.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${time}$`) }).click()
  // In the city's time, preselected.
  await expect(drawer.getByText('Europa/Roma')).toBeVisible()
  await drawer.getByRole('button', { name: 'Salva' }).click()
  await expect(page.getByText('Programmato con successo.')).toBeVisible()
  // The document says it too.
  await page.reload()
  await expect(page.locator('.quartieri-review')).toContainText('Pubblicazione programmata il')

  await page.goto(`${cmsUrl()}/admin`)
  const scheduled = page.getByRole('region', { name: 'Pubblicazioni programmate' })
  await expect(scheduled.getByRole('link', { name: 'Laboratorio programmato' })).toBeVisible()
  await expect(scheduled).toContainText('pubblicazione')
  expect(await axe(page, '.quartieri-dashboard')).toEqual([])

  // Not before its time; within seconds of it.
  expect((await sitePage(`/laboratori/${draft.slug}`)).status).toBe(404)
  await page.waitForTimeout(Math.max(0, at.getTime() - Date.now()))
  const deadline = at.getTime() + 5_000
  await expect.poll(async () => (await sitePage(`/laboratori/${draft.slug}`)).status, { timeout: 20_000, intervals: [250] }).toBe(200)
  const shownAt = Date.now()
  console.log(`scheduled for ${at.toISOString()}, on the site ${((shownAt - at.getTime()) / 1000).toFixed(1)} s later`)
  expect(shownAt).toBeLessThanOrEqual(deadline + 1_000)
})

test('staff preview a draft on the site; the link is useless expired, forged or for anyone without it', async ({ page, context }) => {
  const draft = await lab('laboratorio-in-anteprima', 'Laboratorio in anteprima', 'draft', operatorToken)
  await signInToAdmin(page, OPERATOR)
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/${draft.id}`)
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('link', { name: 'Anteprima' })
      .or(page.getByRole('button', { name: 'Anteprima' }))
      .first()
      .click(),
  ])
  await preview.waitForLoadState()
  expect(preview.url()).toMatch(new RegExp(`^${siteUrl()}/anteprima/`))
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Laboratorio in anteprima')
  await expect(preview.getByRole('note')).toContainText('Anteprima di una bozza')
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow')
  const violations = (await new AxeBuilder({ page: preview }).withTags(WCAG).analyze()).violations.map((v) => v.id)
  expect(violations).toEqual([])

  // Never stored by a cache, never indexed; the draft's own address is still nothing.
  const link = preview.url()
  const res = await fetch(link)
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('private, no-store')
  expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow')
  expect(res.headers.get('x-cache')).toBeNull()
  expect((await sitePage(`/laboratori/${draft.slug}`)).status).toBe(404)
  expect(await (await fetch(`${siteUrl()}/robots.txt`)).text()).toContain('Disallow: /anteprima/')

  // Someone guessing or altering a link gets nothing; nor does a link whose time is over.
  const forged = await sitePage(`/anteprima/${link.split('/anteprima/')[1]!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`)
  expect(forged.status).toBe(403)
  expect(forged.html).toContain('non è valido')
  expect(forged.html).not.toContain('Laboratorio in anteprima')
  expect((await sitePage('/anteprima/qualcosa')).status).toBe(403)
  const secret = (JSON.parse(process.env.E2E_PORTAL_ENV ?? '{}') as Record<string, string>).PAYLOAD_SECRET
  expect(secret).toBeTruthy()
  // A link the CMS signed 16 minutes ago, with its 15 minutes gone.
  const body = Buffer.from(JSON.stringify({ c: 'laboratories', d: String(draft.id), l: 'it', e: Date.now() - 60_000 })).toString('base64url')
  const expired = await sitePage(`/anteprima/${body}.${createHmac('sha256', secret!).update(`preview:${body}`).digest('base64url')}`)
  expect(expired.status).toBe(410)
  expect(expired.html).toContain('è scaduto')
  expect(expired.html).not.toContain('Laboratorio in anteprima')
  // The CMS gives no draft without the token, whoever asks.
  expect((await fetch(`${cmsUrl()}/api/previews/draft`)).status).toBe(403)
})
