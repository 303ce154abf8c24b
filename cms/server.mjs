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
import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxies } from '@quartieri/shared/platform/client-address.mjs'
import { loadConfigOrExit } from './src/platform/config.ts'

// Every setting, validated before anything else: a bad one stops the server here, named.
const config = loadConfigOrExit()

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } })
const port = Number(values.port || config.CMS_PORT)
const hostname = values.hostname || config.HOST
const trust = trustedProxies(config.TRUSTED_PROXIES)
// Only when browsers reach the CMS over https; read at run time, unlike next.config.ts's headers fixed by the build.
const hsts = config.CMS_PUBLIC_URL.trim().toLowerCase().startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null

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

/** Whether the request asks for English, as Payload decides: its language cookie, else Accept-Language. */
const asksForEnglish = (req) =>
  /(?:^|;\s*)payload-lng=en(?:;|$)/.test(req.headers.cookie ?? '') ||
  (!/(?:^|;\s*)payload-lng=it(?:;|$)/.test(req.headers.cookie ?? '') && extractHeaderLanguage(req.headers['accept-language'] ?? '') === 'en')

/** A refusal in the shape and language of the CMS's other refusals, logged in one line. */
function refuse(req, res, status, reason, it, en, headers = {}) {
  const english = asksForEnglish(req)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-language': english ? 'en' : 'it', ...headers })
  res.end(JSON.stringify({ errors: [{ message: english ? en : it, data: { reason } }] }))
  console.log(`${req.method} (${reason}) ${status}`)
}

const refuseAddress = (req, res) => refuse(req, res, 400, 'bad-address', 'L’indirizzo della richiesta non è valido.', 'The request address is not valid.')
const refuseMethod = (req, res) => refuse(req, res, 405, 'method-not-allowed', 'Metodo non ammesso.', 'Method not allowed.', { allow: [...METHODS].join(', ') })

/** The methods the CMS answers; Next.js fails with a 500 on others. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

const server = http.createServer((req, res) => {
  if (!decodablePath(req.url)) return refuseAddress(req, res)
  if (!METHODS.has(req.method ?? '')) return refuseMethod(req, res)
  delete req.headers[CLIENT_ADDRESS_HEADER]
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, trust)
  if (hsts) res.setHeader('Strict-Transport-Security', hsts)
  handle(req, res).catch((err) => {
    console.error('Richiesta non gestita / unhandled request', req.url, err)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Errore interno / internal error')
  })
})
server.listen(port, hostname, () => {
  console.log(`CMS in ascolto su / listening on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`)
  // Payload starts its jobs queue (mail, sweeps, scheduled publications) with the first API request: make one now,
  // so that the jobs run from the start even if nobody asks the CMS anything for a while.
  const local = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname
  fetch(`http://${local}:${port}/api/globals/settings?depth=0`).catch((err) => console.error('Avvio della coda dei lavori non riuscito / could not start the jobs queue', err))
})

// Open requests get a few seconds to finish.
const stop = () => {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 3_000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
