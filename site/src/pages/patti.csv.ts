import type { APIRoute } from 'astro'
import { stringify } from 'csv-stringify/sync'
import { pactColumns, pactRecord } from '@quartieri/shared/pacts/open-data'
import { CmsUnavailableError } from '../platform/cms.ts'
import { EXPORT_LOCALES, exportFilters, matchingPacts, openDataHeaders, textError, UNAVAILABLE } from '../pacts/open-data.ts'
import { SITE_ORIGIN } from '../platform/site-url.ts'

/**
 * /patti.csv: every pact matching the registry's filters, one row each, the columns of the data dictionary.
 * UTF-8 with a byte order mark (so spreadsheets read accents), comma-separated, CRLF line ends (RFC 4180),
 * numbers with a dot for decimals and no grouping, empty cells where there is no value.
 */
export const GET: APIRoute = async ({ url, locals }) => {
  const filters = exportFilters(url)
  if ('error' in filters) return textError(400, filters.message.it, filters.message.en)
  const now = new Date()
  try {
    const pacts = await matchingPacts(filters, now)
    const csv = stringify(
      pacts.map((entry) => pactRecord(entry, SITE_ORIGIN, now, EXPORT_LOCALES)),
      {
        bom: true,
        header: true,
        columns: pactColumns(EXPORT_LOCALES).map((c) => ({ key: c.name, header: c.name })),
        record_delimiter: 'windows',
        cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) },
      },
    )
    return new Response(csv, {
      status: 200,
      headers: { ...openDataHeaders(locals.locale, 'text/csv; charset=utf-8'), 'content-disposition': 'attachment; filename="patti.csv"' },
    })
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return textError(503, UNAVAILABLE.it, UNAVAILABLE.en)
    }
    throw err
  }
}
