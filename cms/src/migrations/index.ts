import * as migration_20261122_015824_initial from './20261122_015824_initial'
import * as migration_20261122_022610_laboratories_and_signups from './20261122_022610_laboratories_and_signups'
import * as migration_20261122_025257_events from './20261122_025257_events'
import * as migration_20261122_065831_pacts from './20261122_065831_pacts'
import * as migration_20261122_082422_results_grants_attendance from './20261122_082422_results_grants_attendance'
import * as migration_20261203_075020_login_throttle from './20261203_075020_login_throttle'
import * as migration_20261203_075121_media_use from './20261203_075121_media_use'
import * as migration_20261203_125429_staff_cancellation from './20261203_125429_staff_cancellation'
import * as migration_20261203_131325_pending_mail from './20261203_131325_pending_mail'
import * as migration_20261203_164518_localised_content from './20261203_164518_localised_content'
import * as migration_20261204_162648_permalinks from './20261204_162648_permalinks'
import * as migration_20261204_174837_city_identity from './20261204_174837_city_identity'
import * as migration_20261204_180210_retention_dpo from './20261204_180210_retention_dpo'
import * as migration_20261204_192232_roster_jobs_erasure from './20261204_192232_roster_jobs_erasure'
import * as migration_20261204_194159_review from './20261204_194159_review'
import * as migration_20261204_195930_jobs_concurrency from './20261204_195930_jobs_concurrency'

export const migrations = [
  {
    up: migration_20261122_015824_initial.up,
    down: migration_20261122_015824_initial.down,
    name: '20261122_015824_initial',
  },
  {
    up: migration_20261122_022610_laboratories_and_signups.up,
    down: migration_20261122_022610_laboratories_and_signups.down,
    name: '20261122_022610_laboratories_and_signups',
  },
  {
    up: migration_20261122_025257_events.up,
    down: migration_20261122_025257_events.down,
    name: '20261122_025257_events',
  },
  {
    up: migration_20261122_065831_pacts.up,
    down: migration_20261122_065831_pacts.down,
    name: '20261122_065831_pacts',
  },
  {
    up: migration_20261122_082422_results_grants_attendance.up,
    down: migration_20261122_082422_results_grants_attendance.down,
    name: '20261122_082422_results_grants_attendance',
  },
  {
    up: migration_20261203_075020_login_throttle.up,
    down: migration_20261203_075020_login_throttle.down,
    name: '20261203_075020_login_throttle',
  },
  {
    up: migration_20261203_075121_media_use.up,
    down: migration_20261203_075121_media_use.down,
    name: '20261203_075121_media_use',
  },
  {
    up: migration_20261203_125429_staff_cancellation.up,
    down: migration_20261203_125429_staff_cancellation.down,
    name: '20261203_125429_staff_cancellation',
  },
  {
    up: migration_20261203_131325_pending_mail.up,
    down: migration_20261203_131325_pending_mail.down,
    name: '20261203_131325_pending_mail',
  },
  {
    up: migration_20261203_164518_localised_content.up,
    down: migration_20261203_164518_localised_content.down,
    name: '20261203_164518_localised_content',
  },
  {
    up: migration_20261204_162648_permalinks.up,
    down: migration_20261204_162648_permalinks.down,
    name: '20261204_162648_permalinks',
  },
  {
    up: migration_20261204_174837_city_identity.up,
    down: migration_20261204_174837_city_identity.down,
    name: '20261204_174837_city_identity',
  },
  {
    up: migration_20261204_180210_retention_dpo.up,
    down: migration_20261204_180210_retention_dpo.down,
    name: '20261204_180210_retention_dpo',
  },
  {
    up: migration_20261204_192232_roster_jobs_erasure.up,
    down: migration_20261204_192232_roster_jobs_erasure.down,
    name: '20261204_192232_roster_jobs_erasure',
  },
  {
    up: migration_20261204_194159_review.up,
    down: migration_20261204_194159_review.down,
    name: '20261204_194159_review',
  },
  {
    up: migration_20261204_195930_jobs_concurrency.up,
    down: migration_20261204_195930_jobs_concurrency.down,
    name: '20261204_195930_jobs_concurrency',
  },
]
