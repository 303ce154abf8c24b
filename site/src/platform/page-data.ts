import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { CmsUnavailableError, getSettings } from './cms.ts'

/** What a page needs, with the HTTP status it should answer. */
export type PageData<T> = { status: 200; settings: PublicSettings; data: T } | { status: 400 | 404 | 503; settings: PublicSettings | null }

export async function loadPage<T>(fetchData: () => Promise<T | null>): Promise<PageData<T>> {
  try {
    const [settings, data] = await Promise.all([getSettings(), fetchData()])
    if (data === null) return { status: 404, settings }
    return { status: 200, settings, data }
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return { status: 503, settings: null }
    }
    throw err
  }
}

export const loadSettingsOnly = () => loadPage(async () => true)
/** The `pagina` query parameter: 1 when absent, null when it is not a whole number from 1 to 10 000. */
export function pageNumber(url: URL): number | null {
  const raw = url.searchParams.get('pagina')
  if (raw === null || raw === '') return 1
  if (!/^\d{1,5}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 1 && page <= 10_000 ? page : null
}
