// The site's HTTP server: cached pages are answered here, before Astro's router; everything else
// (static files, renders, form posts) goes to the Astro standalone handler.
//
// Before either, the request is made to name the site's own public address (SITE_URL) as its Host, whatever it
// said, and the client's address is worked out from the socket and, only when that socket is one of
// TRUSTED_PROXIES, from X-Forwarded-For; the pages read it from x-quartieri-client-address, never from the client.
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from '@quartieri/shared/platform/client-address.mjs'
import { BODY_LIMIT_BYTES } from './body-limit.mjs'
import { loadConfigOrExit } from './src/platform/config.ts'

// Every setting, validated before anything else: a bad one stops the server here, named.
const config = loadConfigOrExit()

// Set, not read: tells the Astro Node adapter not to start its own server (this one serves its handler).
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = await import('./dist/server/entry.mjs')

const PAGE_CACHE = Symbol.for('quartieri.pageCache')
const host = config.HOST
const port = config.PORT
const DRAIN_LIMIT_BYTES = 1024 * 1024
const siteHost = new URL(config.SITE_URL).host

const trust = trustedProxies(config.TRUSTED_PROXIES)

/**
 * The built files (stylesheets, scripts, fonts, icons), with the brotli and gzip copies the build made beside them:
 * the one the client's Accept-Encoding takes is sent, never compressed here. Those under /_astro/ carry a hash of
 * their content in their name, so browsers keep them for a year without asking again.
 */
const serveBuiltFile = sirv(fileURLToPath(new URL('./dist/client/', import.meta.url)), {
  dev: false,
  etag: true,
  brotli: true,
  gzip: true,
  extensions: [],
  setHeaders(res, pathname) {
    res.setHeader('cache-control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
    res.setHeader('x-content-type-options', 'nosniff')
  },
})

// Tells the pages that this server sets the client's address header (under `astro dev`, nothing does).
globalThis[Symbol.for('quartieri.clientAddressHeader')] = CLIENT_ADDRESS_HEADER

/** A short plain-text refusal in the language of the path (English under /en/), logged as one line. */
function refuse(req, res, status, it, en, headers = {}) {
  // The body is read and dropped, so that it is not taken for the next request on the connection.
  req.resume()
  const english = /^\/en(\/|$|\?)/.test(req.url ?? '')
  console.warn(`${status} ${req.method} ${String(req.url).slice(0, 200)}: ${en}`)
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-language': english ? 'en' : 'it',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  res.end(`${english ? en : it}\n`)
}

/** The pages that receive forms (sign-up, confirm, cancel) and the purge endpoint: the only targets of a POST. */
const POST_TARGETS = [/^(\/en)?\/(laboratori|eventi)\/[^/?]+(?<!\.ics)(\?|$)/, /^(\/en)?\/iscrizione\/(conferma|annulla)(\?|$)/, /^\/api\/cache\/purge(\?|$)/]

/** The methods a request target answers: GET and HEAD everywhere (POST only on the purge endpoint), POST on form pages. */
function allowedMethods(url) {
  if (/^\/api\/cache\/purge(\?|$)/.test(url)) return ['POST']
  return POST_TARGETS.some((target) => target.test(url)) ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']
}

const server = http.createServer((req, res) => {
  // An answer given while the body was half read (over the size limit): the rest is read and dropped, so that it is
  // not taken for the next request on the connection; past DRAIN_LIMIT_BYTES more, the connection is closed instead.
  res.once('finish', () => {
    if (req.complete || req.destroyed) return
    let drained = 0
    req.on('data', (chunk) => {
      drained += chunk.length
      if (drained > DRAIN_LIMIT_BYTES) req.socket?.destroy()
    })
    req.resume()
  })
  // Only origin-form targets ("/path?query"): an absolute URL or "*" names no page of this site.
  if (!req.url?.startsWith('/') || req.url.startsWith('//')) return refuse(req, res, 400, 'Indirizzo della richiesta non valido.', 'Invalid request address.')
  try {
    decodeURI(req.url)
  } catch {
    return refuse(req, res, 400, 'Indirizzo della richiesta non valido: codifica errata.', 'Invalid request address: bad encoding.')
  }
  const allowed = allowedMethods(req.url)
  if (req.method === 'OPTIONS') {
    req.resume()
    res.writeHead(204, { allow: allowed.join(', '), 'cache-control': 'no-store' })
    return res.end()
  }
  if (!allowed.includes(req.method ?? '')) {
    return refuse(req, res, 405, `Metodo ${req.method} non consentito per questo indirizzo.`, `Method ${req.method} is not allowed for this address.`, {
      allow: allowed.join(', '),
    })
  }
  // A body known to be too large is refused before anyone reads it (Astro would cut the connection mid-way).
  const length = Number(req.headers['content-length'] ?? 0)
  if (length > BODY_LIMIT_BYTES) {
    // Up to a megabyte is read and dropped so the connection stays usable; anything larger closes it.
    if (length > DRAIN_LIMIT_BYTES) res.shouldKeepAlive = false
    return refuse(req, res, 413, `Richiesta troppo grande: al massimo ${BODY_LIMIT_BYTES / 1024} KB.`, `Request too large: ${BODY_LIMIT_BYTES / 1024} KB at most.`)
  }
  req.headers.host = siteHost
  // Files are small and sent whole: a Range, satisfiable or not, is not taken (an unsatisfiable one got a bare 416).
  delete req.headers.range
  delete req.headers['x-forwarded-host']
  delete req.headers['x-forwarded-proto']
  delete req.headers['x-forwarded-port']
  delete req.headers[CLIENT_ADDRESS_HEADER]
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, trust)
  if (req.method === 'GET' || req.method === 'HEAD') {
    const page = globalThis[PAGE_CACHE]?.lookup(req.url, req.headers['accept-encoding'])
    if (page) {
      res.writeHead(page.status, page.headers)
      res.end(req.method === 'HEAD' ? undefined : page.body)
      return
    }
    return serveBuiltFile(req, res, () => handler(req, res))
  }
  handler(req, res)
})

// What Node's parser refuses (spaces or bytes outside ASCII in the address, malformed headers) gets a message too.
server.on('clientError', (err, socket) => {
  if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy()
  const english = /^[A-Z]+ \/en[/? ]/.test(err.rawPacket?.toString('latin1') ?? '')
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const text = english ? 'Invalid request: the address or the headers are malformed.\n' : 'Richiesta non valida: l’indirizzo o le intestazioni non sono corretti.\n'
  console.warn(`${status} unparsable request: ${err.code ?? err.message}`)
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-language: ${english ? 'en' : 'it'}\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  )
})

server.keepAliveTimeout = 65_000
server.listen(port, host, () => console.log(`Sito in ascolto / site listening on http://${host}:${port}`))

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
