import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'
import { ITALIAN_ADMIN } from './platform/admin/translations.ts'
import { applyAccessMatrix, applyGlobalMatrix } from './platform/access/apply-access-matrix.ts'
import { config as cmsConfig } from './platform/config.ts'
import { databaseAdapter } from './platform/database.ts'
import { Events } from './events/events.ts'
import { EVENT_TASKS } from './events/change-notices.ts'
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
import { keepFormerSlugs } from './platform/permalinks/slug-history.ts'
import { SIGNUP_TASKS, startHousekeeping } from './signups/housekeeping.ts'
import { closeJobStats, jobsConfig, withScheduledPublishing } from './platform/jobs/jobs.ts'
import { REVIEW_ENDPOINTS, withReview } from './platform/publishing/review.ts'
import { previewEndpoint, withPreview } from './platform/publishing/preview.ts'
import { Registrations } from './signups/registrations.ts'
import { SeatClaims } from './signups/seat-claims.ts'
import { MeetingAttendance } from './signups/meeting-attendance.ts'
import { Users } from './platform/users/users.ts'

// PAYLOAD_SECRET is required in production, and otherwise has a demo value: the configuration module decides.
const serverURL = cmsConfig.CMS_PUBLIC_URL
const siteURL = cmsConfig.SITE_URL

export default buildConfig({
  serverURL,
  secret: cmsConfig.PAYLOAD_SECRET,
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Quartieri' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // The city's time, the only one the portal knows (the scheduling drawer offers it, preselected).
    timezones: { supportedTimezones: [{ label: 'Europa/Roma', value: TIME_ZONE }], defaultTimezone: TIME_ZONE },
    components: {
      afterNavLinks: ['/src/signups/admin/nav-links#AttendanceNavLink'],
      // Names for Payload's icon-only buttons (src/platform/admin/accessible-names.tsx).
      providers: ['/src/platform/admin/accessible-names#AccessibleNames'],
      // What each role needs first (src/platform/admin/dashboard.tsx).
      beforeDashboard: ['/src/platform/admin/dashboard#Dashboard'],
      // The attendance of a meeting, at the door (src/signups/admin/roster-view.tsx).
      views: { presenze: { Component: '/src/signups/admin/roster-view#RosterView', path: '/presenze' } },
    },
  },
  // Payload's Italian, corrected where it reads wrongly in this admin (src/platform/admin/translations.ts).
  i18n: { fallbackLanguage: 'it', supportedLanguages: { it, en }, translations: { it: ITALIAN_ADMIN } },
  // Content in the reader's language: Italian first, then the locales the city configured (PORTAL_LOCALES).
  localization: payloadLocalization(),
  // Who may do what is decided in one place, the access matrix (src/platform/access/matrix.ts).
  // Former slugs of the documents with a public page keep leading to them (src/platform/permalinks).
  // Scheduled publishing runs on the jobs queue (src/platform/jobs); drafts are reviewed (src/platform/publishing).
  collections: applyAccessMatrix(
    withPreview(
      withReview(
        withScheduledPublishing(
          keepFormerSlugs(
            trackMediaUse([
              Neighbourhoods,
              Laboratories,
              Events,
              Organizations,
              Pacts,
              Projects,
              Indicators,
              Results,
              Grants,
              Registrations,
              SeatClaims,
              MeetingAttendance,
              Media,
              Users,
            ]),
          ),
        ),
      ),
    ),
  ),
  globals: applyGlobalMatrix([Settings]),
  // Operators send drafts for review, editors send them back with a note; the site reads a previewed draft
  // with the link's signed token (src/platform/publishing).
  endpoints: [...REVIEW_ENDPOINTS, previewEndpoint],
  cors: [siteURL],
  csrf: [serverURL, siteURL],
  upload: { limits: { fileSize: cmsConfig.MEDIA_MAX_BYTES } },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  typescript: { outputFile: 'src/payload-types.ts' },
  email: cmsConfig.SMTP_HOST
    ? smtpAdapter({
        fromAddress: cmsConfig.MAIL_FROM,
        fromName: cmsConfig.MAIL_FROM_NAME,
        transport: {
          host: cmsConfig.SMTP_HOST,
          port: cmsConfig.SMTP_PORT,
          secure: cmsConfig.SMTP_SECURE,
          auth: cmsConfig.SMTP_USER ? { user: cmsConfig.SMTP_USER, pass: cmsConfig.SMTP_PASSWORD } : undefined,
        },
      })
    : localMailboxAdapter,
  // Work that runs apart from the request that asked for it (mail, sweeps, scheduled publications): src/platform/jobs.
  jobs: jobsConfig([...SIGNUP_TASKS, ...EVENT_TASKS]),
  onInit: startHousekeeping,
  // Last, so that it guards every collection and global the others define.
  plugins: [inputGuardPlugin],
}).then(closeJobStats)
