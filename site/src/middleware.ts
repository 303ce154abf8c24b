import type { APIContext, MiddlewareNext } from 'astro'
import { defineMiddleware } from 'astro:middleware'
import { registerCache } from './platform/cache.ts'
import { compress, compressibleType, type Encoding, MIN_COMPRESSED_BYTES, negotiateEncoding, varyOnEncoding } from './platform/compression.ts'
import { CMS_PUBLIC_URL } from './platform/cms.ts'
import { DEFAULT_LOCALE, localePath, resolveLocale, translator, type SiteLocale } from './platform/i18n/index.ts'
import { movedTo } from './platform/permalinks.ts'
import { SITE_ORIGIN, siteUrl } from './platform/site-url.ts'
import { config } from './platform/config.ts'

interface CachedPage {
  status: number
  body: Buffer
  headers: Array<[string, string]>
  /** Text worth compressing: its brotli and gzip copies are made on first demand and kept with the page. */
  compressible: boolean
  encoded: Partial<Record<Encoding, Buffer>>
  encoding: Partial<Record<Encoding, Promise<Buffer>>>
  /** What server.mjs writes on a hit, per encoding ('identity' for the body as it is), built once. */
  ready: Partial<Record<Encoding | 'identity', ReadyPage>>
}

interface ReadyPage {
  status: number
  headers: Record<string, string>
  body: Buffer
}

const pages = registerCache<CachedPage>(config.SITE_PAGE_CACHE_ENTRIES)
const CACHEABLE_STATUS = new Set([200, 301, 404])

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    `img-src 'self' data: ${new URL(CMS_PUBLIC_URL).origin}`,
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
}

// Browsers revalidate every time (a published change shows at once); shared caches may keep a page briefly.
const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=30'

/**
 * The cache key of a page: its language and its public path and query. The language is in the key, not only in the
 * path, so that no rule that maps several addresses to one route (a prefix, a rewrite) can answer one language's
 * page for another's.
 */
const pageKey = (locale: SiteLocale, pathAndQuery: string) => `${locale} ${pathAndQuery}`

/** A rendered response as the page cache keeps it: the body read whole, the site's headers added. */
async function toCachedPage(response: Response): Promise<CachedPage> {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(securityHeaders)) if (!headers.has(name)) headers.set(name, value)
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', CACHEABLE_STATUS.has(response.status) ? PAGE_CACHE_CONTROL : 'no-store')
  const body = Buffer.from(await response.arrayBuffer())
  const compressible = body.length >= MIN_COMPRESSED_BYTES && compressibleType(headers.get('content-type')) && !headers.has('content-encoding')
  if (compressible) headers.set('Vary', varyOnEncoding(headers.get('vary')))
  headers.delete('content-length')
  return { status: response.status, body, headers: [...headers.entries()], compressible, encoded: {}, encoding: {}, ready: {} }
}

/** The page's body in an encoding (made once, however many ask at once), or as it is. */
async function bodyIn(page: CachedPage, encoding: Encoding | null): Promise<Buffer> {
  if (encoding === null || !page.compressible) return page.body
  const made = page.encoded[encoding]
  if (made) return made
  let making = page.encoding[encoding]
  if (!making) {
    making = compress(page.body, encoding).then((body) => {
      page.encoded[encoding] = body
      return body
    })
    page.encoding[encoding] = making
  }
  return making
}

/** What a hit writes, in an encoding whose copy exists (built once, then reused by every hit). */
function readyPage(page: CachedPage, encoding: Encoding | null): ReadyPage | undefined {
  const variant = page.compressible && encoding !== null ? encoding : 'identity'
  const built = page.ready[variant]
  if (built) return built
  const body = variant === 'identity' ? page.body : page.encoded[variant]
  if (!body) return undefined
  const headers: Record<string, string> = { ...Object.fromEntries(page.headers), 'x-cache': 'HIT', 'content-length': String(body.length) }
  if (variant !== 'identity') headers['content-encoding'] = variant
  const ready = { status: page.status, headers, body }
  page.ready[variant] = ready
  return ready
}

/**
 * For server.mjs: a cached page, ready to write, for a raw request URL (path and query) and the client's
 * Accept-Encoding; undefined on a miss, or when the copy in that encoding is yet to be made (Astro's path makes it).
 */
function lookup(rawUrl: string | undefined, acceptEncoding?: string): ReadyPage | undefined {
  if (!rawUrl || rawUrl.startsWith('/api/')) return undefined
  const query = rawUrl.indexOf('?')
  const page = pages.get(pageKey(resolveLocale(query === -1 ? rawUrl : rawUrl.slice(0, query)).locale, rawUrl))
  if (!page) return undefined
  return readyPage(page, page.compressible ? negotiateEncoding(acceptEncoding) : null)
}
;(globalThis as Record<symbol, unknown>)[Symbol.for('quartieri.pageCache')] = { lookup }

async function withHeaders(page: CachedPage, cacheState: 'HIT' | 'MISS', request: Request): Promise<Response> {
  const headers = new Headers(page.headers)
  headers.set('X-Cache', cacheState)
  const encoding = page.compressible ? negotiateEncoding(request.headers.get('accept-encoding')) : null
  const body = await bodyIn(page, encoding)
  if (encoding !== null && page.compressible) headers.set('Content-Encoding', encoding)
  headers.set('Content-Length', String(body.length))
  return new Response(new Uint8Array(body), { status: page.status, headers })
}

/** A response that is not kept (a form's answer, a preview), compressed on its way out when the client takes it. */
async function compressedOnce(response: Response, request: Request): Promise<Response> {
  const encoding = negotiateEncoding(request.headers.get('accept-encoding'))
  if (encoding === null || response.body === null || response.headers.has('content-encoding') || !compressibleType(response.headers.get('content-type'))) return response
  const body = Buffer.from(await response.arrayBuffer())
  const headers = new Headers(response.headers)
  headers.set('Vary', varyOnEncoding(headers.get('vary')))
  if (body.length < MIN_COMPRESSED_BYTES) {
    headers.set('Content-Length', String(body.length))
    return new Response(new Uint8Array(body), { status: response.status, statusText: response.statusText, headers })
  }
  const encoded = await compress(body, encoding)
  headers.set('Content-Encoding', encoding)
  headers.set('Content-Length', String(encoded.length))
  return new Response(new Uint8Array(encoded), { status: response.status, statusText: response.statusText, headers })
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const FORM_TYPES = /application\/x-www-form-urlencoded|multipart\/form-data|text\/plain/i

/**
 * A form that another site makes a browser post (CSRF): a form-like post, or one without a content type, whose Origin
 * is not the site's own (SITE_URL, or the address the request came to), unless the browser says it is same-origin. The purge endpoint under /api/, posted server
 * to server with its secret, is not concerned.
 */
function crossSiteForm(request: Request, url: URL): boolean {
  if (SAFE_METHODS.has(request.method) || url.pathname.startsWith('/api/')) return false
  const type = request.headers.get('content-type')
  if (type !== null && !FORM_TYPES.test(type)) return false
  const origin = request.headers.get('origin')
  if (origin === SITE_ORIGIN || origin === url.origin) return false
  // A page that sends no referrer (the confirm and cancel pages) makes the browser post with "Origin: null"; the
  // browser's own Sec-Fetch-Site, which no page can set, still says whether the form came from this site.
  return !((origin === null || origin === 'null') && request.headers.get('sec-fetch-site') === 'same-origin')
}

/** A 403 for a cross-site form, in the language of the page it was posted to. */
function crossSiteRefusal(url: URL, locale: SiteLocale): Response {
  console.warn(`403 cross-site form refused: ${url.pathname}`)
  return new Response(`${translator(locale)('form.crossSiteRefused')}\n`, {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'content-language': locale, ...securityHeaders },
  })
}

/**
 * Renders a request in its language: `/en/…` is rendered by the route of `/…` with `locals.locale` set to 'en' (one
 * route file per page, whatever the language); where nothing answers in that language (see `resolveLocale`), the
 * path is left as it is, which no route matches: the 404 page answers, in that language.
 */
function render(context: APIContext, next: MiddlewareNext, route: string | null): Promise<Response> {
  if (route === null || context.locals.locale === DEFAULT_LOCALE) return next()
  let target: string
  try {
    // The router decodes the path it is given: the one it decoded already is encoded again (a '%' stays a '%').
    target = encodeURI(route)
  } catch {
    return next()
  }
  return next(target + context.url.search)
}

/**
 * Renders a page that may have moved: an address that finds nothing but names a published document by a slug it
 * once had (or a pact by its code) answers a 301 to the document's address now, in the same language, with the same
 * query. The target is always on SITE_URL's host.
 */
async function renderOrRedirect(context: APIContext, next: MiddlewareNext, route: string | null, locale: SiteLocale): Promise<Response> {
  const response = await render(context, next, route)
  if (response.status !== 404 || route === null) return response
  const moved = await movedTo(route)
  if (moved === null) return response
  return new Response(null, { status: 301, headers: { location: siteUrl(localePath(locale, moved)) + context.url.search, 'content-language': locale } })
}

/** Serves rendered pages from memory; renders (once per URL, however many ask at once) on a miss. */
export const onRequest = defineMiddleware(async (context, next) => {
  const { request, url } = context
  const { locale, route } = resolveLocale(url.pathname)
  context.locals.locale = locale
  if (crossSiteForm(request, url)) return crossSiteRefusal(url, locale)
  // A draft's preview is never kept: not here, not in any cache after (its page says no-store too).
  const cacheable = (request.method === 'GET' || request.method === 'HEAD') && !url.pathname.startsWith('/api/') && !route?.startsWith('/anteprima/')
  if (!cacheable) {
    const response = await render(context, next, route)
    for (const [name, value] of Object.entries(securityHeaders)) if (!response.headers.has(name)) response.headers.set(name, value)
    return compressedOnce(response, request)
  }
  const key = pageKey(locale, url.pathname + url.search)
  const cached = pages.get(key)
  if (cached) return withHeaders(cached, 'HIT', request)
  const page = await pages.getOrLoad(
    key,
    async () => toCachedPage(await renderOrRedirect(context, next, route, locale)),
    (rendered) => CACHEABLE_STATUS.has(rendered.status) && !rendered.headers.some(([name, value]) => name === 'cache-control' && value.includes('no-store')),
  )
  return withHeaders(page, 'MISS', request)
})
