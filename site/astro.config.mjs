import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import { BODY_LIMIT_BYTES } from './body-limit.mjs'
import { config } from './src/platform/config.ts'

/**
 * bootstrap-italia's CSS carries the VideoJS icon font inline (a data: URL), which the site's
 * Content-Security-Policy (font-src 'self') refuses; the site shows no video, so the font is left out.
 */
const dropVideoJsFont = {
  postcssPlugin: 'quartieri-drop-videojs-font',
  AtRule: {
    'font-face': (rule) => {
      if (rule.nodes?.some((node) => node.type === 'decl' && node.prop === 'font-family' && /videojs/i.test(node.value))) rule.remove()
    },
  },
}

// Every page is rendered on request from CMS data; the middleware caches the HTML.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone', bodySizeLimit: BODY_LIMIT_BYTES }),
  site: config.SITE_URL,
  trailingSlash: 'never',
  build: { inlineStylesheets: 'never' },
  // The middleware checks the Origin of form posts against SITE_URL itself, and says so in the visitor's language.
  security: { checkOrigin: false },
  server: { host: config.HOST, port: config.PORT },
  // Scripts as files, never inline: the Content-Security-Policy allows only script-src 'self'.
  vite: { ssr: { noExternal: ['@quartieri/shared'] }, build: { assetsInlineLimit: 0 }, css: { postcss: { plugins: [dropVideoJsFont] } } },
})
