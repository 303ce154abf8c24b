import { DEFAULT_LOCALE, isLocaleCode } from '@quartieri/shared/platform/locales'
import { config } from '../config.ts'

/** The languages mails are written in. */
export type MailLanguage = 'it' | 'en'

/** The language of a mail to a person: theirs where the portal has mail texts in it (Italian, English), Italian otherwise. */
export const mailLanguage = (locale: unknown): MailLanguage => (locale === 'en' ? 'en' : 'it')

/**
 * A site page for a person, in the locale they signed up in: the site serves each of its locales under
 * its own prefix (`/en/…`), Italian without one. A mail in Italian may so lead to a page in their language.
 */
export function sitePageUrl(locale: unknown, path: string, token?: string): string {
  const base = config.SITE_URL
  const prefix = isLocaleCode(locale) && locale !== DEFAULT_LOCALE ? `/${locale}` : ''
  const url = new URL(`${prefix}${path}`, base)
  if (token) url.searchParams.set('token', token)
  return url.toString()
}
