import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { CmsUnavailableError, getSettings } from './cms.ts'

/** The answer of a page whose data the CMS could not give: the layout still uses the settings when they came. */
export type Unavailable = { status: 503; settings: PublicSettings | null }

function isCmsOutage(err: unknown): err is Error {
  return err instanceof CmsUnavailableError || (err instanceof Error && /CMS answered|fetch failed|aborted|timeout/i.test(err.message))
}

/**
 * Settings first (every answer's layout needs them), then the page's own data; a CMS that cannot be
 * reached becomes a 503 with whatever settings arrived, any other error is a bug and is thrown.
 */
export async function withSettings<R>(load: (settings: PublicSettings) => Promise<R>): Promise<R | Unavailable> {
  let settings: PublicSettings | null = null
  try {
    settings = await getSettings()
    return await load(settings)
  } catch (err) {
    if (isCmsOutage(err)) {
      console.error(err.message, err.cause ?? '')
      return { status: 503, settings }
    }
    throw err
  }
}
