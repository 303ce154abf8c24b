// Data migrations for MongoDB deployments go here (created with `npm run migrate:create` against MongoDB).
export const migrations = []
