import type { PublicNeighbourhood } from '@quartieri/shared/neighbourhoods/neighbourhood'
import type { PublicSettings } from '@quartieri/shared/settings'
import { CmsUnavailableError, getNeighbourhood, getSettings, listNeighbourhoods } from './cms.ts'

/** What a page needs, with the HTTP status it should answer. */
export type PageData<T> = { status: 200; settings: PublicSettings; data: T } | { status: 404 | 503; settings: PublicSettings | null }

async function load<T>(fetchData: () => Promise<T | null>): Promise<PageData<T>> {
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

export const loadSettingsOnly = () => load(async () => true)
export const loadNeighbourhoodList = () => load(listNeighbourhoods)
export const loadNeighbourhood = (slug: string | undefined): Promise<PageData<PublicNeighbourhood>> =>
  load(async () => (slug ? getNeighbourhood(slug) : null))
