// The CMS's HTTP server: Next.js (the built admin and API) behind a Node server that knows the client's address.
//
//   node server.mjs --port 3000 --hostname 127.0.0.1
//
// Next.js route handlers cannot see the socket, so this server works out who is asking, from the socket's address
// and, only when that address is one of TRUSTED_PROXIES, the X-Forwarded-For header, and hands it to the CMS in
// x-quartieri-client-address (a header it never takes from the client). Rate limits and login throttling read it.
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { extractHeaderLanguage } from '@payloadcms/translations'
import next from 'next'
import proxyAddr from 'proxy-addr'

const CLIENT_ADDRESS_HEADER = 'x-quartieri-client-address'

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (or proxy-addr's names: loopback, linklocal, uniquelocal); empty trusts none. */
function trustedProxies(value = process.env.TRUSTED_PROXIES ?? '') {
  const list = value.split(',').map((entry) => entry.trim()).filter(Boolean)
  try {
    return proxyAddr.compile(list)
  } catch (err) {
    throw new Error(`TRUSTED_PROXIES is not a list of addresses or CIDR ranges (${value}): ${err instanceof Error ? err.message : err}`)
  }
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) reads as "192.0.2.1". */
const plainAddress = (address) => (address?.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address) || 'unknown'

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } })
const port = Number(values.port || process.env.CMS_PORT || 3000)
const hostname = values.hostname || process.env.HOST || '127.0.0.1'
const trust = trustedProxies()
// Only when browsers reach the CMS over https; read at run time, unlike next.config.ts's headers fixed by the build.
const hsts = process.env.CMS_PUBLIC_URL?.trim().toLowerCase().startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

/** Whether the address's path decodes to text without control characters (Next.js answers a 500 to one that does not). */
function decodablePath(url = '/') {
  try {
    // eslint-disable-next-line no-control-regex
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(url.split('?', 1)[0]))
  } catch {
    return false
  }
}

/** A 400 for an address that cannot be read, in the shape and language of the CMS's other refusals. */
function refuseAddress(req, res) {
  const english = /(?:^|;\s*)payload-lng=en(?:;|$)/.test(req.headers.cookie ?? '') || (!/(?:^|;\s*)payload-lng=it(?:;|$)/.test(req.headers.cookie ?? '') && extractHeaderLanguage(req.headers['accept-language'] ?? '') === 'en')
  const message = english ? 'The request address is not valid.' : 'L’indirizzo della richiesta non è valido.'
  res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-language': english ? 'en' : 'it' })
  res.end(JSON.stringify({ errors: [{ message, data: { reason: 'bad-address' } }] }))
  console.log(`${req.method} (indirizzo illeggibile / unreadable address) 400 bad-address`)
}

const server = http.createServer((req, res) => {
  if (!decodablePath(req.url)) return refuseAddress(req, res)
  delete req.headers[CLIENT_ADDRESS_HEADER]
  req.headers[CLIENT_ADDRESS_HEADER] = plainAddress(proxyAddr(req, trust))
  if (hsts) res.setHeader('Strict-Transport-Security', hsts)
  handle(req, res).catch((err) => {
    console.error('Richiesta non gestita / unhandled request', req.url, err)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Errore interno / internal error')
  })
})
server.listen(port, hostname, () => console.log(`CMS in ascolto su / listening on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`))

// Open requests get a few seconds to finish.
const stop = () => {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 3_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
