// Data migrations for MongoDB deployments go here (created with `npm run migrate:create` against MongoDB).
import * as migration_20261203_075121_media_use from './20261203_075121_media_use'
import * as migration_20261203_164518_localised_content from './20261203_164518_localised_content'

export const migrations = [
  {
    up: migration_20261203_075121_media_use.up,
    down: migration_20261203_075121_media_use.down,
    name: '20261203_075121_media_use',
  },
  {
    up: migration_20261203_164518_localised_content.up,
    down: migration_20261203_164518_localised_content.down,
    name: '20261203_164518_localised_content',
  },
]
