import type { APIRoute } from 'astro'
import { openDataEnvelope, pactDetail } from '@quartieri/shared/pacts/open-data'
import { CmsUnavailableError } from '../../platform/cms.ts'
import { dictionaryUrl, EXPORT_LOCALES, jsonError, openDataHeaders, pactBySlug, source, UNAVAILABLE } from '../../pacts/open-data.ts'
import { SITE_ORIGIN } from '../../platform/site-url.ts'

const SLUG = /^[a-z0-9-]{1,160}$/

/** /patti/{slug}.json: one published pact whole (signatories, commitments, projects, indicators), with licence and source. */
export const GET: APIRoute = async ({ params, locals }) => {
  const notFound = () => jsonError(404, 'Patto non trovato.', 'Pact not found.')
  if (!params.slug || !SLUG.test(params.slug)) return notFound()
  const now = new Date()
  try {
    const [fonte, entry] = await Promise.all([source(), pactBySlug(params.slug)])
    if (!entry) return notFound()
    const body = { ...openDataEnvelope(fonte, SITE_ORIGIN, now), dizionario: dictionaryUrl(locals.locale), patto: pactDetail(entry, SITE_ORIGIN, now, EXPORT_LOCALES) }
    return new Response(JSON.stringify(body), { status: 200, headers: openDataHeaders(locals.locale, 'application/json; charset=utf-8') })
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return jsonError(503, UNAVAILABLE.it, UNAVAILABLE.en)
    }
    throw err
  }
}
