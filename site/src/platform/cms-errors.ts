/**
 * The CMS could not be reached, or answered something the site does not understand: what every reader of the CMS
 * (its REST client, the in-memory indexes, the form posts) throws, and the one sign by which the pages tell an
 * outage (answered with a 503) from a bug (thrown). `status` is the CMS's HTTP status when it did answer.
 */
export class CmsUnavailableError extends Error {
  readonly status: number | undefined
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options)
    this.name = 'CmsUnavailableError'
    this.status = options?.status
  }
}

/**
 * Whether `err` means the CMS cannot answer now (unreachable, too slow, a 5xx, an unreadable answer), so that a
 * last good answer may stand in for it. A 4xx is an answer about the request, not an outage.
 */
export const isCmsOutage = (err: unknown): err is CmsUnavailableError => err instanceof CmsUnavailableError && !(err.status !== undefined && err.status >= 400 && err.status < 500)
