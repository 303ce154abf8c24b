import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// Every page is rendered on request from CMS data; the middleware caches the HTML.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone', bodySizeLimit: 64 * 1024 }),
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'never',
  build: { inlineStylesheets: 'never' },
  server: { host: process.env.HOST || '127.0.0.1', port: Number(process.env.SITE_PORT || process.env.PORT || 4321) },
  // Scripts as files, never inline: the Content-Security-Policy allows only script-src 'self'.
  vite: { ssr: { noExternal: ['@quartieri/shared'] }, build: { assetsInlineLimit: 0 } },
})
