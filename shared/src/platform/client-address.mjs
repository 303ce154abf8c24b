// The client's address as the CMS's and the site's own HTTP servers (cms/server.mjs, site/server.mjs) work it out:
// from the socket and, only when that socket is one of TRUSTED_PROXIES, from X-Forwarded-For. Plain JavaScript, so
// that Node runs it as it is, without a build.
import proxyAddr from 'proxy-addr'

/** The header in which each server hands the client's address on (a header it never takes from the client). */
export const CLIENT_ADDRESS_HEADER = 'x-quartieri-client-address'

/**
 * The proxies to trust, from the configuration's TRUSTED_PROXIES (addresses or CIDR ranges, or proxy-addr's names:
 * loopback, linklocal, uniquelocal, already validated by the configuration module); an empty list trusts none.
 */
export function trustedProxies(list) {
  try {
    return proxyAddr.compile([...list])
  } catch (err) {
    throw new Error(`TRUSTED_PROXIES is not a list of addresses or CIDR ranges (${list.join(',')}): ${err instanceof Error ? err.message : err}`)
  }
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) reads as "192.0.2.1". */
export const plainAddress = (address) => (address?.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address) || 'unknown'

/** The address of the client of `req`, trusting X-Forwarded-For only from the proxies `trust` accepts. */
export const clientAddressOf = (req, trust) => plainAddress(proxyAddr(req, trust))
