import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { cmsUrl, loginAdmin, rest } from '../support/cms-api.ts'
import { freePort } from '../support/free-port.ts'
import { ADMIN } from '../support/test-portal.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  )
}

function expectCmsPolicy(policy: string | null) {
  const csp = directives(policy)
  expect(csp.get('frame-ancestors')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'self'"])
  expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
}

test('the admin and the API send a Content-Security-Policy that no other site may frame them under; no HSTS over http', async () => {
  for (const p of ['/admin/login', '/api/globals/settings', '/api/neighbourhoods?limit=1']) {
    const res = await fetch(new URL(p, cmsUrl()), { redirect: 'manual' })
    expect(res.status, p).toBeLessThan(400)
    expectCmsPolicy(res.headers.get('content-security-policy'))
    expect(res.headers.get('strict-transport-security'), p).toBeNull()
  }
  const login = await fetch(new URL('/api/users/login', cmsUrl()), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  expect(login.status).toBe(200)
  expect(login.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
})

test('with an https public address the CMS sends HSTS and a Secure session cookie', async () => {
  test.setTimeout(180_000)
  // A second CMS server on the shared portal's database, told that browsers reach it over https.
  const port = await freePort()
  const env = { ...process.env, ...JSON.parse(process.env.E2E_PORTAL_ENV ?? '{}'), CMS_PORT: String(port), CMS_PUBLIC_URL: 'https://cms.quartieri.test' }
  const server = spawn('npm', ['run', '--silent', 'serve', '--workspace', 'cms'], { cwd: ROOT, env, detached: true, stdio: 'ignore' })
  try {
    const base = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 120_000
    let settings: Response | null = null
    while (Date.now() < deadline && !settings?.ok) {
      settings = await fetch(`${base}/api/globals/settings`).catch(() => null)
      if (!settings?.ok) await new Promise((r) => setTimeout(r, 500))
    }
    expect(settings?.ok).toBe(true)
    expect(settings!.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    const admin = await fetch(`${base}/admin/login`, { redirect: 'manual' })
    expect(admin.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expectCmsPolicy(admin.headers.get('content-security-policy'))
    const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    expect(login.status).toBe(200)
    expect(login.headers.get('set-cookie')).toMatch(/^payload-token=[^;]+;.*;\s*Secure/i)
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
})

/** Every Content-Security-Policy violation the page reports, from the DOM event and from the console. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
  })
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return violations
}

test('the admin works under its policy: login, a list, a laboratory with rich text and its map, with no violation', async ({ page }) => {
  const violations = watchViolations(page)
  await page.goto(`${cmsUrl()}/admin`)
  await page.getByLabel(/e-?mail/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))

  await page.goto(`${cmsUrl()}/admin/collections/neighbourhoods`)
  await expect(page.getByRole('link', { name: 'San Siro' })).toBeVisible()

  const labs = await rest('GET', '/api/laboratories?limit=1&depth=0&draft=true', { token: await loginAdmin() })
  const lab = labs.body.docs[0]
  await page.goto(`${cmsUrl()}/admin/collections/laboratories/${lab.id}`)
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await expect(editor).toBeVisible()
  await editor.click()
  await page.keyboard.type(' Prova.')
  await expect(editor).toContainText('Prova.')
  // The map has loaded MapLibre from the CMS's own bundle, and started or said it cannot (no WebGL).
  const map = page.locator('.point-picker__map')
  await expect(map).toHaveAttribute('data-map-state', /^(ready|unavailable)$/, { timeout: 20_000 })
  await expect(page.locator('.point-picker').getByRole('status')).not.toHaveText(/Caricamento/)
  expect(violations).toEqual([])
})
