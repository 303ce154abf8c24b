import type { APIRoute } from 'astro'
import { stringify } from 'csv-stringify/sync'
import { badGrantParameterMessage, GRANT_COLUMNS, grantFilters, grantRecord } from '@quartieri/shared/grants/register'
import { CmsUnavailableError } from '../platform/cms.ts'
import { matchingAwards } from '../grants/pages.ts'
import { textError, UNAVAILABLE } from '../pacts/open-data.ts'

/**
 * /contributi.csv: every published award matching the register's filters (`anno`, `quartiere`), one row
 * each, in the register's order, with the columns described on /contributi. UTF-8 with a byte order mark
 * (so spreadsheets read accents), comma-separated, CRLF line ends (RFC 4180), numbers with a dot for
 * decimals and no grouping, empty cells where there is no value.
 */
export const GET: APIRoute = async ({ url }) => {
  const filters = grantFilters(url.searchParams)
  if ('error' in filters) {
    const message = badGrantParameterMessage(filters.error)
    return textError(400, message.it, message.en)
  }
  try {
    const rows = await matchingAwards(filters)
    const csv = stringify(
      rows.map((row) => grantRecord(row)),
      {
        bom: true,
        header: true,
        columns: GRANT_COLUMNS.map((c) => ({ key: c.name, header: c.name })),
        record_delimiter: 'windows',
        cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) },
      },
    )
    return new Response(csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="contributi.csv"',
        'access-control-allow-origin': '*',
      },
    })
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return textError(503, UNAVAILABLE.it, UNAVAILABLE.en)
    }
    throw err
  }
}
