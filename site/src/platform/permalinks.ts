import { z } from 'zod'
import { permalinkPath, permalinkRequest } from '@quartieri/shared/platform/permalinks'
import { CmsUnavailableError, fetchValidated } from './cms.ts'

const resolvedSchema = z.object({ slug: z.string().nullable() })

/**
 * Where an address that found nothing has moved: the unprefixed route of the page, JSON or calendar of the
 * published document that the address's slug once named (or, under /patti/, the pact whose code it is), or null.
 * The CMS decides (GET /api/slug-history/resolve), from the slugs documents were published with; an answer is
 * cached until the next purge like every other. A CMS that cannot answer leaves the address as it was.
 */
export async function movedTo(route: string): Promise<string | null> {
  const request = permalinkRequest(route)
  if (!request) return null
  try {
    const { slug } = await fetchValidated('/api/slug-history/resolve', { collection: request.collection, name: request.name }, resolvedSchema)
    return slug ? permalinkPath(request, slug) : null
  } catch (err) {
    if (!(err instanceof CmsUnavailableError)) throw err
    console.error(err.message, err.cause ?? '')
    return null
  }
}
