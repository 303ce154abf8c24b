// The site's HTTP server: cached pages are answered here, before Astro's router; everything else
// (static files, renders, form posts) goes to the Astro standalone handler.
//
// Before either, the request is made to name the site's own public address (SITE_URL) as its Host, whatever it
// said, and the client's address is worked out from the socket and, only when that socket is one of
// TRUSTED_PROXIES, from X-Forwarded-For; the pages read it from x-quartieri-client-address, never from the client.
import http from 'node:http'
import proxyAddr from 'proxy-addr'

process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = await import('./dist/server/entry.mjs')

const PAGE_CACHE = Symbol.for('quartieri.pageCache')
const CLIENT_ADDRESS_HEADER = 'x-quartieri-client-address'
const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT || process.env.SITE_PORT || 4321)
const siteHost = new URL(process.env.SITE_URL || `http://localhost:${port}`).host

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (or proxy-addr's names: loopback, linklocal, uniquelocal); empty trusts none. */
function trustedProxies(value = process.env.TRUSTED_PROXIES ?? '') {
  const list = value.split(',').map((entry) => entry.trim()).filter(Boolean)
  try {
    return proxyAddr.compile(list)
  } catch (err) {
    throw new Error(`TRUSTED_PROXIES is not a list of addresses or CIDR ranges (${value}): ${err instanceof Error ? err.message : err}`)
  }
}
const trust = trustedProxies()

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) reads as "192.0.2.1". */
const plainAddress = (address) => (address?.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address) || 'unknown'

// Tells the pages that this server sets the client's address header (under `astro dev`, nothing does).
globalThis[Symbol.for('quartieri.clientAddressHeader')] = CLIENT_ADDRESS_HEADER

/** A short plain-text refusal in the language of the path (English under /en/), logged as one line. */
function refuse(req, res, status, it, en) {
  const english = /^\/en(\/|$|\?)/.test(req.url ?? '')
  console.warn(`${status} ${req.method} ${String(req.url).slice(0, 200)}: ${en}`)
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  res.end(`${english ? en : it}\n`)
}

const server = http.createServer((req, res) => {
  // Only origin-form targets ("/path?query"): an absolute URL or "*" names no page of this site.
  if (!req.url?.startsWith('/') || req.url.startsWith('//')) return refuse(req, res, 400, 'Indirizzo della richiesta non valido.', 'Invalid request address.')
  try {
    decodeURI(req.url)
  } catch {
    return refuse(req, res, 400, 'Indirizzo della richiesta non valido: codifica errata.', 'Invalid request address: bad encoding.')
  }
  req.headers.host = siteHost
  delete req.headers['x-forwarded-host']
  delete req.headers['x-forwarded-proto']
  delete req.headers['x-forwarded-port']
  delete req.headers[CLIENT_ADDRESS_HEADER]
  req.headers[CLIENT_ADDRESS_HEADER] = plainAddress(proxyAddr(req, trust))
  if (req.method === 'GET' || req.method === 'HEAD') {
    const page = globalThis[PAGE_CACHE]?.lookup(req.url)
    if (page) {
      res.writeHead(page.status, page.headers)
      res.end(req.method === 'HEAD' ? undefined : page.body)
      return
    }
  }
  handler(req, res)
})

server.keepAliveTimeout = 65_000
server.listen(port, host, () => console.log(`Sito in ascolto / site listening on http://${host}:${port}`))

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
