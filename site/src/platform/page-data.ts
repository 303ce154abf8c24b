import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { getSettings } from './cms.ts'
import { CmsUnavailableError } from './cms-errors.ts'

/*
 * The two ways a page loads what it shows, with one rule for a CMS that cannot answer: every reader of the CMS
 * throws a CmsUnavailableError for it (platform/cms-errors.ts), and the page answers 503; anything else is a bug
 * and is thrown.
 */

/** What a page needs, with the HTTP status it should answer. */
export type PageData<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 404 | 503; settings: PublicSettings | null }

/** The answer of a page whose data the CMS could not give: the layout still uses the settings when they came. */
export type Unavailable = { status: 503; settings: PublicSettings | null }

function unavailable(err: unknown, settings: PublicSettings | null): Unavailable {
  if (!(err instanceof CmsUnavailableError)) throw err
  console.error(err.message, err.cause ?? '')
  return { status: 503, settings }
}

/** The settings and the page's data, read together; null data is a 404. */
export async function loadPage<T>(fetchData: () => Promise<T | null>): Promise<PageData<T>> {
  try {
    const [settings, data] = await Promise.all([getSettings(), fetchData()])
    if (data === null) return { status: 404, settings }
    return { status: 200, settings, data }
  } catch (err) {
    return unavailable(err, null)
  }
}

export const loadSettingsOnly = () => loadPage(async () => true)

/** Settings first (the page's data depends on them, and every answer's layout needs them), then the page's own data. */
export async function withSettings<R>(load: (settings: PublicSettings) => Promise<R>): Promise<R | Unavailable> {
  let settings: PublicSettings | null = null
  try {
    settings = await getSettings()
    return await load(settings)
  } catch (err) {
    return unavailable(err, settings)
  }
}

/** The `pagina` query parameter: 1 when absent, null when it is not a whole number from 1 to 10 000. */
export function pageNumber(url: URL): number | null {
  const raw = url.searchParams.get('pagina')
  if (raw === null || raw === '') return 1
  if (!/^\d{1,5}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 1 && page <= 10_000 ? page : null
}
