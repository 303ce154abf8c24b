import { timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { purgeSecret } from '../cache/purge-site.ts'

/** Set by the CMS's own server (cms/server.mjs) from the socket and, behind TRUSTED_PROXIES only, X-Forwarded-For; never taken from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-quartieri-client-address'

/** True when the request carries PURGE_SECRET in x-site-secret: it comes from our own site. */
function fromOurSite(req: Pick<PayloadRequest, 'headers'>): boolean {
  const secret = purgeSecret()
  const given = req.headers.get('x-site-secret')
  return !!secret && !!given && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret))
}

/** The client's address: the citizen's, as forwarded by our own site (which proves itself with the shared secret), else the one our server saw. */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = fromOurSite(req) ? req.headers.get('x-client-address')?.split(',')[0]?.trim() : undefined
  return forwarded || req.headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown'
}
