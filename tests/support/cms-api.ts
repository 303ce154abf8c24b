import type { Page } from '@playwright/test'
import { ADMIN } from './test-portal.ts'

export const cmsUrl = () => required('E2E_CMS_URL')
export const siteUrl = () => required('E2E_SITE_URL')

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run through playwright (global setup starts the portal)`)
  return value
}

export interface ApiResponse<T = any> {
  status: number
  body: T
}

/** One call to the CMS REST API, as a real HTTP client would make it. */
export async function rest<T = any>(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<ApiResponse<T>> {
  const res = await fetch(new URL(path, cmsUrl()), {
    method,
    headers: {
      accept: 'application/json',
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

export async function graphql<T = any>(query: string, token?: string): Promise<ApiResponse<T>> {
  return rest<T>('POST', '/api/graphql', { token, body: { query } })
}

export async function login(email: string, password: string): Promise<string> {
  const res = await rest('POST', '/api/users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}

export const loginAdmin = () => login(ADMIN.email, ADMIN.password)

/** The id of a neighbourhood by slug, as staff see it (drafts included). */
export async function neighbourhoodId(token: string, slug: string): Promise<number | string> {
  const res = await rest('GET', `/api/neighbourhoods?where[slug][equals]=${slug}&draft=true&depth=0`, { token })
  const doc = res.body.docs[0]
  if (!doc) throw new Error(`no neighbourhood ${slug}`)
  return doc.id
}

/** Fetches a site page's HTML; the site is a plain HTTP server like any browser sees it. */
export async function sitePage(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(new URL(path, siteUrl()))
  return { status: res.status, html: await res.text() }
}

/**
 * Headers of a form post relayed by the site on behalf of the citizen at `address`: the site proves itself with
 * PURGE_SECRET, and the CMS then counts that address (X-Forwarded-For counts only from TRUSTED_PROXIES).
 */
export function relayedBySite(address: string): Record<string, string> {
  const secret = (JSON.parse(process.env.E2E_PORTAL_ENV ?? '{}') as Record<string, string>).PURGE_SECRET ?? process.env.PURGE_SECRET
  if (!secret) throw new Error('PURGE_SECRET of the portal is not known: run through playwright')
  return { 'x-site-secret': secret, 'x-client-address': address }
}

/** Signs `account` (the administrator by default) in to the admin in `page`, and waits to be past the login form. */
export async function signInToAdmin(page: Page, account: { email: string; password: string } = ADMIN): Promise<void> {
  await page.goto(`${cmsUrl()}/admin`)
  await page.getByLabel(/e-?mail/i).fill(account.email)
  await page.getByLabel(/password/i).fill(account.password)
  await page.getByRole('button', { name: /accedi|login/i }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}
