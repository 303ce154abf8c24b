// Data migrations for MongoDB deployments go here (created with `npm run migrate:create` against MongoDB).
import * as migration_20261203_075121_media_use from './20261203_075121_media_use'

export const migrations = [
  {
    up: migration_20261203_075121_media_use.up,
    down: migration_20261203_075121_media_use.down,
    name: '20261203_075121_media_use',
  },
]
