import { DEFAULT_LOCALE, isSiteLocale, SITE_LOCALES, type SiteLocale } from './locales.ts'

/**
 * Routes that answer only at their unprefixed path: the site's API, what crawlers read (robots.txt, the sitemap,
 * which lists the Italian addresses) and the per-pact JSON, open data in Italian, the reference language. Under a
 * language prefix they are a 404 in that language. (Static files, /favicon.svg and /_astro/…, are no routes: under
 * a prefix they are a 404 anyway.) The calendars answer in every language (`/en/eventi.ics`: the events' texts in
 * English, Italian where untranslated).
 */
const UNPREFIXED_ONLY = [/^\/api(\/|$)/, /^\/robots\.txt$/, /^\/sitemap\.xml$/, /^\/patti\/[^/]+\.json$/]

/** How the site answers a request path. */
export interface LocaleRoute {
  /** The language of the answer: the path's prefix, or the default language where it has none. */
  locale: SiteLocale
  /**
   * The route that renders it, as an unprefixed path ('/en/patti' → '/patti', '/en' → '/'); null when nothing
   * answers there in that language, so that the 404 page does, in that language.
   */
  route: string | null
}

/** The first segment of a path: 'en' for '/en/patti', '' for '/'. */
const firstSegment = (pathname: string) => pathname.slice(1).split('/', 1)[0] ?? ''

/**
 * The language and route of a request path, as the router sees it (decoded, duplicate slashes collapsed).
 *
 * - No language prefix: the default language (Italian), the path itself. A prefix must be written exactly as
 *   listed (`/EN/patti`, `/en-GB/patti` have none and are then no route at all: an Italian 404).
 * - Another language's prefix (`/en`, `/en/…`): that language, the rest of the path.
 * - The default language's prefix (`/it`, `/it/…`) is a 404, not a redirect: Italian pages have one address,
 *   the unprefixed one, and a 404 cannot be turned into an open redirect by an odd path. So are two prefixes
 *   (`/en/en/patti`, `/en/it`) and the routes that answer only unprefixed (`/en/eventi.ics`, `/en/sitemap.xml`).
 */
export function resolveLocale(pathname: string): LocaleRoute {
  const prefix = firstSegment(pathname)
  if (!isSiteLocale(prefix)) return { locale: DEFAULT_LOCALE, route: pathname }
  if (prefix === DEFAULT_LOCALE) return { locale: DEFAULT_LOCALE, route: null }
  // (Duplicate slashes, which the router collapses before the middleware sees the path, are collapsed here too.)
  const route = pathname.slice(prefix.length + 1).replace(/\/{2,}/g, '/') || '/'
  if (isSiteLocale(firstSegment(route)) || UNPREFIXED_ONLY.some((pattern) => pattern.test(route))) return { locale: prefix, route: null }
  return { locale: prefix, route }
}

/** A public path in a language: localePath('en', '/quartieri') → '/en/quartieri', localePath('en', '/') → '/en'. */
export function localePath(locale: SiteLocale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

/**
 * The public path of the page being rendered, from `Astro.url.pathname`: after the middleware's rewrite that is
 * the unprefixed route ('/patti' for /en/patti), which is put back in the page's language; a path that still
 * starts with a language (a 404 nothing was rewritten for, like /en/eventi.ics or /it/patti) is already public.
 */
export function publicPath(locale: SiteLocale, pathname: string): string {
  return isSiteLocale(firstSegment(pathname)) ? pathname : localePath(locale, pathname)
}

/** The unprefixed route path of a public path: '/en/patti' → '/patti'; a path without a language prefix is its own. */
function unprefixed(pathname: string): string {
  const prefix = firstSegment(pathname)
  if (!isSiteLocale(prefix) || prefix === DEFAULT_LOCALE) return pathname
  return pathname.slice(prefix.length + 1) || '/'
}

/** The same page in every other language, for `<link rel="alternate">` and the language switcher. */
export function alternates(locale: SiteLocale, pathname: string): Array<{ locale: SiteLocale; href: string }> {
  const route = unprefixed(publicPath(locale, pathname))
  return SITE_LOCALES.filter((other) => other !== locale).map((other) => ({ locale: other, href: localePath(other, route) }))
}
