import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'
import { ADMIN, startTestPortal } from '../support/test-portal.ts'

// An empty portal of another city: everything it shows and publishes names that city, never the demo's.
const CITY = {
  CITY_NAME: 'Comune di Latina',
  CITY_EMAIL: 'partecipazione@comune.latina.example.org',
  CITY_PHONE: '0773 000000',
  CITY_ADDRESS: 'Piazza del Popolo 1, 04100 Latina',
  CITY_PEC: 'protocollo@pec.comune.latina.example.org',
  CITY_WEBSITE: 'https://www.comune.latina.example.org/',
  CITY_ACCESSIBILITY_STATEMENT_URL: 'https://form.agid.gov.it/view/00000000-0000-0000-0000-000000000000',
  CITY_DPO_NAME: 'Avv. Giulia Rossi',
  CITY_DPO_EMAIL: 'rpd@comune.latina.example.org',
}
// Retention periods of this city's own, which its privacy notice must state.
const RETENTION = { SIGNUP_CANCELLED_RETENTION_DAYS: '45', SIGNUP_RETENTION_DAYS: '400', SIGNUP_OPEN_LAB_RETENTION_DAYS: '900' }

let portal: Awaited<ReturnType<typeof startTestPortal>>

test.beforeAll(async () => {
  test.setTimeout(300_000)
  portal = await startTestPortal('identity', () => {}, { QUARTIERI_DEMO: '0', ...CITY, ...RETENTION })
})

test.afterAll(async () => {
  await portal?.stop()
})

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test.describe("the city's identity", () => {
  test('an empty portal started with CITY_NAME and the other CITY_* variables shows that city everywhere, Milan nowhere', async ({ page }) => {
    for (const path of ['/', '/patti', '/accessibilita', '/privacy', '/en']) {
      const res = await page.goto(`${portal.siteUrl}${path}`)
      expect(res?.status(), path).toBe(200)
      await expect(page, path).toHaveTitle(/Comune di Latina/)
      expect(await page.content(), path).not.toContain('Milano')
    }
    await page.goto(`${portal.siteUrl}/`)
    await expect(page.locator('header')).toContainText('Comune di Latina')
    const footer = page.locator('footer')
    await expect(footer).toContainText('Comune di Latina')
    await expect(footer).toContainText(CITY.CITY_ADDRESS)
    await expect(footer.getByRole('link', { name: CITY.CITY_PEC })).toHaveAttribute('href', `mailto:${CITY.CITY_PEC}`)
    await expect(footer.getByRole('link', { name: 'Sito istituzionale' })).toHaveAttribute('href', CITY.CITY_WEBSITE)

    await page.goto(`${portal.siteUrl}/accessibilita`)
    await expect(page.getByRole('main')).toContainText('Il Comune di Latina si impegna')
    await expect(page.getByRole('link', { name: /dichiarazione di accessibilità del Comune di Latina sul sito AgID/ })).toHaveAttribute(
      'href',
      CITY.CITY_ACCESSIBILITY_STATEMENT_URL,
    )

    // The open data name the city as their source.
    const json = (await (await fetch(`${portal.siteUrl}/patti.json`)).json()) as { fonte: string }
    expect(json.fonte).toBe('Comune di Latina')
    await page.goto(`${portal.siteUrl}/patti/dizionario-dati`)
    await expect(page.getByRole('main')).toContainText('Comune di Latina')
  })

  test('the emblem set in the settings shows in the header, its file public, and the pages stay accessible on desktop and phone', async ({ page }) => {
    const login = await fetch(`${portal.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    const token = ((await login.json()) as { token: string }).token
    const png = await sharp({ create: { width: 48, height: 60, channels: 3, background: { r: 20, g: 80, b: 160 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'stemma-latina.png')
    form.append('_payload', JSON.stringify({ alt: 'Stemma del Comune di Latina' }))
    const uploaded = await fetch(`${portal.cmsUrl}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(uploaded.status).toBe(201)
    const file = ((await uploaded.json()) as { doc: { id: number; url: string } }).doc
    const saved = await fetch(`${portal.cmsUrl}/api/globals/settings`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ emblem: file.id }),
    })
    expect(saved.status).toBe(200)

    await expect.poll(async () => (await page.goto(`${portal.siteUrl}/`), await page.locator('header img').count()), { timeout: 5_000 }).toBe(1)
    const emblem = page.getByRole('banner').getByRole('img', { name: 'Stemma del Comune di Latina' })
    await expect(emblem).toBeVisible()
    // Anyone may load it: the emblem's file is public.
    const image = await fetch(new URL(file.url, portal.cmsUrl))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toContain('image/png')

    expect(await violations(page)).toEqual([])
    await page.setViewportSize({ width: 375, height: 740 })
    for (const path of ['/', '/accessibilita']) {
      await page.goto(`${portal.siteUrl}${path}`)
      expect(await violations(page), path).toEqual([])
    }
  })
})
