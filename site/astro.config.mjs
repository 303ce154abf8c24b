import node from '@astrojs/node'
import purgeCss from '@fullhuman/postcss-purgecss'
import compressor from 'astro-compressor'
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

/**
 * Of bootstrap-italia's stylesheet, only the rules whose classes, elements or ids the site's templates and scripts
 * name are kept (PurgeCSS reads every word of src/, so a class written whole anywhere there is kept). The site uses
 * none of the kit's scripts, so no class is added at run time by them. The site's own CSS and MapLibre's are not
 * touched: MapLibre adds its classes from its script.
 */
const bootstrapPurge = purgeCss({
  content: ['./src/**/*.astro', './src/**/*.ts'],
  variables: true,
  keyframes: true,
  fontFace: true,
  safelist: { standard: [/^:root$/, /^html$/, /^body$/, /^\[hidden\]$/] },
})
const onlyBootstrapItalia = {
  postcssPlugin: 'quartieri-purge-bootstrap-italia',
  OnceExit(root, helpers) {
    if (!/[\\/]bootstrap-italia[\\/]/.test(root.source?.input.file ?? '')) return
    return bootstrapPurge.OnceExit(root, helpers)
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
  vite: {
    ssr: { noExternal: ['@quartieri/shared'] },
    build: { assetsInlineLimit: 0 },
    css: { postcss: { plugins: [dropVideoJsFont, onlyBootstrapItalia] } },
  },
  // Last: the built files (CSS, scripts, fonts, icons) get brotli and gzip copies beside them, which server.mjs serves.
  integrations: [compressor({ gzip: true, brotli: true, zstd: false })],
})
