import { config } from './config.ts'

/**
 * The site's public address, from SITE_URL (read when the server starts, not at build time): every absolute
 * URL the site writes (sitemap, feeds, open data, permalinks) starts with it, never with the Host a request
 * names, so a request for a foreign host cannot put that host into a cached page.
 */
export const SITE_ORIGIN = new URL(config.SITE_URL).origin

/** The absolute URL of a path of the public site: siteUrl('/patti/x') → 'https://…/patti/x'; always on SITE_URL's host. */
export function siteUrl(path: string): string {
  // Leading slashes are dropped first: '//other.example/x' is a path here, never another host.
  return new URL(`${SITE_ORIGIN}/${path.replace(/^[/\\]+/, '')}`).toString()
}
