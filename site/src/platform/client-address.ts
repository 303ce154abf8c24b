/**
 * The address of the person making a request: what the site's own server (server.mjs) worked out from the
 * socket and, behind TRUSTED_PROXIES only, X-Forwarded-For; without that server (`astro dev`), the socket's.
 */
export function clientAddressOf(context: { request: Request; clientAddress: string }): string {
  const header = (globalThis as Record<symbol, unknown>)[Symbol.for('quartieri.clientAddressHeader')]
  if (typeof header === 'string') return context.request.headers.get(header) || 'unknown'
  return context.clientAddress
}
