import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { applyAccessMatrix, applyGlobalMatrix } from './platform/access/apply-access-matrix.ts'
import { databaseAdapter } from './platform/database.ts'
import { Events } from './events/events.ts'
import { Laboratories } from './laboratories/laboratories.ts'
import { localMailboxAdapter } from './platform/mail/local-mailbox.ts'
import { smtpAdapter } from './platform/mail/smtp-adapter.ts'
import { Media } from './media/media.ts'
import { trackMediaUse } from './media/track-media-use.ts'
import { Neighbourhoods } from './neighbourhoods/neighbourhoods.ts'
import { Indicators } from './projects/indicators.ts'
import { Organizations } from './pacts/organizations.ts'
import { Pacts } from './pacts/pacts.ts'
import { payloadLocalization } from './platform/locales.ts'
import { Results } from './results/results.ts'
import { Grants } from './grants/grants.ts'
import { inputGuardPlugin } from './platform/http/input-guard-plugin.ts'
import { Projects } from './projects/projects.ts'
import { Settings } from './platform/settings/settings.ts'
import { startHousekeeping } from './signups/housekeeping.ts'
import { Registrations } from './signups/registrations.ts'
import { SeatClaims } from './signups/seat-claims.ts'
import { Users } from './platform/users/users.ts'

const DEMO_SECRET = 'quartieri-demo-secret-change-me'

function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && process.env.QUARTIERI_DEMO !== '1' && !building) {
    throw new Error('PAYLOAD_SECRET is required in production (see .env.example)')
  }
  return DEMO_SECRET
}

const serverURL = process.env.CMS_PUBLIC_URL || `http://localhost:${process.env.CMS_PORT || 3000}`
const siteURL = process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Quartieri' },
    dateFormat: 'dd/MM/yyyy HH:mm',
  },
  i18n: { fallbackLanguage: 'it', supportedLanguages: { it, en } },
  // Content in the reader's language: Italian first, then the locales the city configured (PORTAL_LOCALES).
  localization: payloadLocalization(),
  // Who may do what is decided in one place, the access matrix (src/platform/access/matrix.ts).
  collections: applyAccessMatrix(trackMediaUse([Neighbourhoods, Laboratories, Events, Organizations, Pacts, Projects, Indicators, Results, Grants, Registrations, SeatClaims, Media, Users])),
  globals: applyGlobalMatrix([Settings]),
  cors: [siteURL],
  csrf: [serverURL, siteURL],
  upload: { limits: { fileSize: Number(process.env.MEDIA_MAX_BYTES || 10 * 1024 * 1024) } },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  typescript: { outputFile: 'src/payload-types.ts' },
  email: process.env.SMTP_HOST
    ? smtpAdapter({
        fromAddress: process.env.MAIL_FROM || 'noreply@quartieri.local',
        fromName: process.env.MAIL_FROM_NAME || 'Quartieri',
        transport: {
          host: process.env.SMTP_HOST,
          port: Number(process.env.SMTP_PORT || 587),
          secure: process.env.SMTP_SECURE === 'true',
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
        },
      })
    : localMailboxAdapter,
  onInit: startHousekeeping,
  // Last, so that it guards every collection and global the others define.
  plugins: [inputGuardPlugin],
})
