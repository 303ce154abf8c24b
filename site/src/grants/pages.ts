import type { PublicGrant } from '@quartieri/shared/grants/grant'
import {
  awardYears,
  grantAwardRows,
  grantCalls,
  grantFilters,
  grantTotals,
  type GrantAwardRow,
  type GrantFilterError,
  type GrantFilters,
  type GrantTotals,
} from '@quartieri/shared/grants/register'
import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { listGrants } from './cms.ts'
import { neighbourhoodOptions, type NeighbourhoodOption } from '../neighbourhoods/cms.ts'
import { withSettings } from '../platform/page-data.ts'
import { fallbackTexts, markIfContains } from '../platform/i18n/content.ts'
import { DEFAULT_LOCALE, type SiteLocale } from '../platform/i18n/locales.ts'

type Loaded<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 503; settings: PublicSettings | null; param?: GrantFilterError }

export interface GrantsPageData {
  filters: GrantFilters
  rows: GrantAwardRow[]
  totals: GrantTotals
  /** The calls to list under the table, newest year first. */
  calls: PublicGrant[]
  /** The awards of each listed call, whatever the filters: what the call gave in all. */
  callTotals: Map<string, GrantTotals>
  neighbourhoods: NeighbourhoodOption[]
  /** Years with an award (newest first), for the year filter. */
  years: number[]
}

/**
 * The grants register: its filters from the URL (a malformed one is a 400 naming it), the matching awards
 * with their count and total, the calls they come from, and the filter options. A CMS that cannot be
 * reached is a 503.
 */
export function loadGrants(url: URL, locale: SiteLocale): Promise<Loaded<GrantsPageData>> {
  return withSettings(async (settings): Promise<Loaded<GrantsPageData>> => {
    const filters = grantFilters(url.searchParams)
    if ('error' in filters) return { status: 400, settings, param: filters.error }
    const [grants, neighbourhoods] = await Promise.all([listGrants(locale), neighbourhoodOptions()])
    const rows = grantAwardRows(grants, filters)
    // The rows copy the calls' and awards' texts: those without a translation are marked Italian (`langOf`).
    const italian = fallbackTexts(grants)
    for (const row of rows) {
      markIfContains(row.call, 'title', italian, locale, true)
      markIfContains(row, 'purpose', italian, locale, true)
      markIfContains(row.project, 'title', italian, locale, true)
    }
    const calls = grantCalls(grants, rows, filters)
    const callTotals = new Map(calls.map((call) => [call.slug, grantTotals(call.awards ?? [])]))
    return { status: 200, settings, data: { filters, rows, totals: grantTotals(rows), calls, callTotals, neighbourhoods, years: awardYears(grants) } }
  })
}

/** Every published award matching the filters, in the register's order, with the Italian texts (for the CSV: Italian is the open data's reference language). */
export async function matchingAwards(filters: GrantFilters): Promise<GrantAwardRow[]> {
  return grantAwardRows(await listGrants(DEFAULT_LOCALE), filters)
}
