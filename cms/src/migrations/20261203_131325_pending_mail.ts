import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`pending_mail\` text;`)
  await db.run(sql`CREATE INDEX \`registrations_pending_mail_idx\` ON \`registrations\` (\`pending_mail\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`registrations_pending_mail_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`pending_mail\`;`)
}
