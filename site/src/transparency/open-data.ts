import type { APIRoute } from 'astro'
import { stringify } from 'csv-stringify/sync'
import { reportFilters, reportRows } from '@quartieri/shared/transparency/report'
import { CmsUnavailableError } from '../platform/cms.ts'
import { buildReport } from './pages.ts'
import { DEFAULT_LOCALE } from '../platform/i18n/locales.ts'
import { jsonError, textError, UNAVAILABLE } from '../pacts/open-data.ts'

/*
 * /trasparenza.csv and /trasparenza.json: the report's figures as a flat table, one row per figure and year
 * (year empty for the period's totals), with the page's filters. Not a route.
 */

const badFilter = (param: string) => ({
  it: `Filtro non valido: ${param}. Gli anni hanno quattro cifre (da ≤ a, al massimo trent’anni), il quartiere è uno slug.`,
  en: `Invalid filter: ${param}. Years have four digits (da ≤ a, thirty years at most); the neighbourhood is a slug.`,
})

function handler(format: 'csv' | 'json'): APIRoute {
  return async ({ url }) => {
    const filters = reportFilters(url.searchParams)
    if ('error' in filters) {
      const message = badFilter(filters.error)
      return format === 'csv' ? textError(400, message.it, message.en) : jsonError(400, message.it, message.en, { parametro: filters.error })
    }
    try {
      const report = await buildReport(filters, DEFAULT_LOCALE)
      const rows = reportRows(report)
      const headers = { 'access-control-allow-origin': '*' }
      if (format === 'json') {
        const body = { licenza: 'CC BY 4.0', filtri: { da: filters.fromYear, a: filters.toYear, quartiere: filters.neighbourhood ?? null }, righe: rows }
        return new Response(JSON.stringify(body, null, 1), { status: 200, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } })
      }
      const csv = stringify(rows, {
        bom: true,
        header: true,
        columns: [
          { key: 'section', header: 'sezione' },
          { key: 'figure', header: 'cifra' },
          { key: 'year', header: 'anno' },
          { key: 'value', header: 'valore' },
          { key: 'unit', header: 'unita' },
        ],
        record_delimiter: 'windows',
        cast: { number: (value) => String(value) },
      })
      return new Response(csv, { status: 200, headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="trasparenza.csv"' } })
    } catch (err) {
      if (err instanceof CmsUnavailableError) {
        console.error(err.message, err.cause ?? '')
        return format === 'csv' ? textError(503, UNAVAILABLE.it, UNAVAILABLE.en) : jsonError(503, UNAVAILABLE.it, UNAVAILABLE.en)
      }
      throw err
    }
  }
}

export const transparencyCsv = handler('csv')
export const transparencyJson = handler('json')
