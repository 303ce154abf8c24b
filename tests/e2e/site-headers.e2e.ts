import { expect, test, type Page } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'
import { CONTENT_PAGES } from '../support/demo-pages.ts'

// What the browser sees of the site's headers: no Content-Security-Policy violation on any kind of page, and no
// referrer at all from the pages whose address holds a personal token (confirm and cancel links).
const TOKEN = 'Tq3x9ZrV0a-Lm2Ns8Pd4Kc7Wb1Ye6Hf5Jg0Uo3Ri2Ex'

/** One page of each kind, Italian and English, as the demo data fills them; errors too. */
const PAGES = [
  ...CONTENT_PAGES,
  '/trasparenza/voci',
  '/mappa',
  '/privacy',
  '/accessibilita',
  `/iscrizione/conferma?token=${TOKEN}`,
  `/iscrizione/annulla?token=${TOKEN}`,
  '/questa-pagina-non-esiste',
  '/patti?anno=abc',
  '/en',
  '/en/quartieri/san-siro',
  '/en/patti/cortile-via-abbiati',
  '/en/eventi',
  '/en/mappa',
  `/en/iscrizione/conferma?token=${TOKEN}`,
]

/** Opens a page, scrolls through it (maps load when seen) and returns the policy violations the browser reported. */
async function violationsOn(page: Page, path: string): Promise<string[]> {
  const reported: string[] = []
  const onConsole = (message: { type(): string; text(): string }) => {
    if (/content.security.policy/i.test(message.text())) reported.push(`console ${message.type()}: ${message.text()}`)
  }
  page.on('console', onConsole)
  const response = await page.goto(new URL(path, siteUrl()).toString())
  expect(response?.status() ?? 0, path).toBeLessThan(500)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
  const events = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])
  page.off('console', onConsole)
  return [...reported, ...events]
}

test('no page of the site makes the browser report a Content-Security-Policy violation', async ({ page }) => {
  test.setTimeout(180_000)
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = window as unknown as { __violations?: string[] }
      store.__violations = store.__violations ?? []
      store.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  const found: Record<string, string[]> = {}
  for (const path of PAGES) {
    const violations = await violationsOn(page, path)
    if (violations.length > 0) found[path] = violations
  }
  expect(found).toEqual({})
})

test('the confirm and cancel pages send no referrer, not even to their own styles and scripts', async ({ page }) => {
  const sentWithout: string[] = []
  for (const path of [
    `/iscrizione/conferma?token=${TOKEN}`,
    `/iscrizione/annulla?token=${TOKEN}`,
    `/en/iscrizione/conferma?token=${TOKEN}`,
    `/en/iscrizione/annulla?token=${TOKEN}`,
  ]) {
    const referrers: string[] = []
    const onRequest = async (request: { url(): string; allHeaders(): Promise<Record<string, string>> }) => {
      // A font a stylesheet asks for names the stylesheet, which is harmless; the page's own address must never go out.
      const referer = (await request.allHeaders()).referer
      if (referer && (referer.includes('/iscrizione/') || referer.includes(TOKEN))) referrers.push(`${request.url()} ← ${referer}`)
      if (referer === undefined) sentWithout.push(request.url())
    }
    page.on('request', onRequest)
    const response = await page.goto(new URL(path, siteUrl()).toString())
    expect(response?.status()).toBe(200)
    expect(response?.headers()['referrer-policy']).toBe('no-referrer')
    expect(response?.headers()['cache-control']).toContain('no-store')
    await page.waitForLoadState('networkidle')
    page.off('request', onRequest)
    expect(referrers, path).toEqual([])
  }
  // With no referrer the browser posts the button's form with "Origin: null": the site still takes it as its own.
  await page.goto(new URL(`/iscrizione/conferma?token=${TOKEN}`, siteUrl()).toString())
  const [pressed] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Conferma' }).click()])
  expect(pressed.status()).not.toBe(403)
  await expect(page.getByRole('alert')).toContainText('Il link non è valido o è già stato usato')
  // The first page fetched the stylesheet (the others found it in the browser's cache), and named no page doing so.
  expect(
    sentWithout.some((url) => url.includes('/_astro/') && url.endsWith('.css')),
    'the stylesheet is fetched with no referrer',
  ).toBe(true)
  // Other pages keep the usual policy: the origin only, to other sites.
  const home = await page.goto(new URL('/', siteUrl()).toString())
  expect(home?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
})
