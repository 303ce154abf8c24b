import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * The admin's and the API's Content-Security-Policy. Next.js and Payload put inline scripts and styles in the
 * admin, hence 'unsafe-inline' (no eval); MapLibre runs its worker from a blob. The basemap's style, sprites,
 * glyphs and tiles come from the address in the site settings, which can change at any time: https origins
 * are allowed for them. Nothing may frame the CMS but itself (Payload's live preview), no plugins, no <base>.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The CMS has no public pages of its own: its root leads to the admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // Fixed when the CMS is built; HSTS depends on CMS_PUBLIC_URL at run time and is sent by server.mjs.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
  // Workspace packages ship TypeScript sources.
  transpilePackages: ['@quartieri/shared'],
  // Reads its zone definitions from its own folder at run time: must not be bundled.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  // Type checking is its own step of `npm test` (npm run typecheck); the build only compiles.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
