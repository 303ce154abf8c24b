import type { APIRoute } from 'astro'
import { siteUrl } from '../platform/site-url.ts'

/** robots.txt with the sitemap's absolute address, which crawlers require. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /anteprima/\n\nSitemap: ${siteUrl('/sitemap.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
