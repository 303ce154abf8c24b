import type { APIRoute } from 'astro'
import { openDataEnvelope, pactRecord } from '@quartieri/shared/pacts/open-data'
import { CmsUnavailableError } from '../platform/cms.ts'
import { dictionaryUrl, EXPORT_LOCALES, exportFilters, jsonError, matchingPacts, openDataHeaders, source, UNAVAILABLE } from '../pacts/open-data.ts'
import { SITE_ORIGIN } from '../platform/site-url.ts'

/** /patti.json: every pact matching the registry's filters, with licence and source. */
export const GET: APIRoute = async ({ url, locals }) => {
  const filters = exportFilters(url)
  if ('error' in filters) return jsonError(400, filters.message.it, filters.message.en, { parametro: filters.error })
  const now = new Date()
  try {
    const [fonte, pacts] = await Promise.all([source(), matchingPacts(filters, now)])
    const body = {
      ...openDataEnvelope(fonte, SITE_ORIGIN, now),
      dizionario: dictionaryUrl(locals.locale),
      totale: pacts.length,
      patti: pacts.map((entry) => pactRecord(entry, SITE_ORIGIN, now, EXPORT_LOCALES)),
    }
    return new Response(JSON.stringify(body), { status: 200, headers: openDataHeaders(locals.locale, 'application/json; charset=utf-8') })
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return jsonError(503, UNAVAILABLE.it, UNAVAILABLE.en)
    }
    throw err
  }
}
