// The site's HTTP server: cached pages are answered here, before Astro's router; everything else
// (static files, renders, form posts) goes to the Astro standalone handler.
import http from 'node:http'

process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = await import('./dist/server/entry.mjs')

const PAGE_CACHE = Symbol.for('quartieri.pageCache')
const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT || process.env.SITE_PORT || 4321)

const server = http.createServer((req, res) => {
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
