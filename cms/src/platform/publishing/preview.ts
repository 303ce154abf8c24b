import { createHmac, timingSafeEqual } from 'node:crypto'
import type { CollectionConfig, Endpoint, PayloadRequest, TypedLocale } from 'payload'
import { DEFAULT_LOCALE } from '@quartieri/shared/platform/locales'
import { hasRole } from '../access/roles.ts'
import { config } from '../config.ts'
import { isDocumentId } from '../http/document-ids.ts'
import { portalLocales } from '../locales.ts'

/** The collections whose drafts staff preview on the site, and the site's page for each. */
export const PREVIEWABLE = ['neighbourhoods', 'laboratories', 'events', 'pacts', 'projects', 'results'] as const
export type Previewable = (typeof PREVIEWABLE)[number]

interface PreviewClaim {
  /** collection */
  c: Previewable
  /** document id */
  d: string
  /** locale of the page */
  l: string
  /** expiry, ms since the epoch */
  e: number
}

const sign = (body: string) => createHmac('sha256', config.PAYLOAD_SECRET).update(`preview:${body}`).digest('base64url')

/** A link's secret part: what to show and until when, signed by the CMS. Only the CMS can make or read one. */
export function previewToken(collection: Previewable, id: number | string, locale: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ c: collection, d: String(id), l: locale, e: now + config.PREVIEW_LINK_MINUTES * 60_000 } satisfies PreviewClaim)).toString('base64url')
  return `${body}.${sign(body)}`
}

/** What a token shows, `expired` once its time is over, or null when it is not one the CMS signed. */
export function readPreviewToken(token: string, now = Date.now()): PreviewClaim | 'expired' | null {
  if (token.length > 600) return null
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return null
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  let claim: PreviewClaim
  try {
    claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaim
  } catch {
    return null
  }
  if (!(PREVIEWABLE as readonly string[]).includes(claim.c) || typeof claim.d !== 'string' || typeof claim.e !== 'number') return null
  return claim.e < now ? 'expired' : claim
}

/** The site's preview page for a document, in a locale: `/anteprima/{token}`, or `/{locale}/anteprima/{token}`. */
export function previewUrl(collection: Previewable, id: number | string, locale: string | undefined): string {
  const language = locale && portalLocales().includes(locale as never) ? locale : DEFAULT_LOCALE
  const prefix = language === DEFAULT_LOCALE ? '' : `/${language}`
  return new URL(`${prefix}/anteprima/${previewToken(collection, id, language)}`, config.SITE_URL).toString()
}

/**
 * Payload's preview on the collections with a public page: the admin's "Anteprima" opens the site's page of the
 * draft as it will look, through a signed link that works for PREVIEW_LINK_MINUTES; staff only ask for one.
 */
export function withPreview(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    (PREVIEWABLE as readonly string[]).includes(collection.slug)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            preview: (doc, { locale, req }) =>
              hasRole(req.user, 'admin', 'editor', 'operator') && doc?.id ? previewUrl(collection.slug as Previewable, String(doc.id), locale) : null,
          },
        }
      : collection,
  )
}

const MESSAGES = {
  invalid: { it: 'Link di anteprima non valido.', en: 'Invalid preview link.' },
  expired: { it: 'Il link di anteprima è scaduto: riaprilo dalla bozza nell’area riservata.', en: 'The preview link has expired: open it again from the draft in the admin.' },
  'not-found': { it: 'Il documento di questa anteprima non esiste più.', en: 'The document of this preview no longer exists.' },
}

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' } })

/**
 * GET /api/previews/draft with the link's token in `x-preview-token`: the newest version of the document (its
 * draft), in every locale, as the site shows it. The token is the permission: anyone without a valid one gets nothing.
 */
export const previewEndpoint: Endpoint = {
  path: '/previews/draft',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const token = req.headers.get('x-preview-token') ?? ''
    const claim = readPreviewToken(token)
    if (claim === 'expired') return answer(410, { ok: false, code: 'expired', message: MESSAGES.expired })
    if (!claim || !isDocumentId(req.payload, claim.c, claim.d)) return answer(403, { ok: false, code: 'invalid', message: MESSAGES.invalid })
    const doc = (await req.payload.findByID({
      collection: claim.c,
      id: claim.d,
      draft: true,
      depth: 1,
      locale: 'all' as TypedLocale,
      overrideAccess: true,
      disableErrors: true,
    })) as (Record<string, unknown> & { review?: unknown }) | null
    if (!doc) return answer(404, { ok: false, code: 'not-found', message: MESSAGES['not-found'] })
    // Staff's review notes stay in the admin.
    delete doc.review
    return answer(200, { ok: true, collection: claim.c, locale: claim.l, doc })
  },
}
