import { config } from '../config.ts'

/** True when browsers reach the CMS over https (CMS_PUBLIC_URL): cookies are Secure and HSTS is sent. */
export function servedOverHttps(publicUrl = config.CMS_PUBLIC_URL): boolean {
  return publicUrl?.trim().toLowerCase().startsWith('https:') === true
}

/** The session cookie: sent by the browser on same-site navigations only, and over https only when the CMS is served so. */
export function sessionCookies() {
  return { sameSite: 'Lax' as const, secure: servedOverHttps() }
}
