import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/** Asks the next bootstrap to record which documents use which file (media-uses), as the SQLite migration of the same name does. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await payload.create({ collection: 'media-uses', data: { owner: 'rebuild-pending' }, overrideAccess: true, req })
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await payload.delete({ collection: 'media-uses', where: { owner: { equals: 'rebuild-pending' } }, overrideAccess: true, req })
}
