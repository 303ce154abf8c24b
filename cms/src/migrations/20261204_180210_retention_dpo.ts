import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` ADD \`dpo_name\` text;`)
  await db.run(sql`ALTER TABLE \`settings\` ADD \`dpo_email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`dpo_name\`;`)
  await db.run(sql`ALTER TABLE \`settings\` DROP COLUMN \`dpo_email\`;`)
}
