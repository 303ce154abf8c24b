import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`cancellation_reason\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`cancellation_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`cancellation_at\` text;`)
  await db.run(sql`CREATE INDEX \`registrations_cancellation_cancellation_by_idx\` ON \`registrations\` (\`cancellation_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`laboratory_id\` integer,
  	\`event_id\` integer,
  	\`neighbourhood_id\` integer,
  	\`status\` text NOT NULL,
  	\`hold_expires_at\` text,
  	\`email_verified\` integer DEFAULT false,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`organization\` text,
  	\`accessibility_needs\` text,
  	\`locale\` text DEFAULT 'it',
  	\`consent_privacy_notice_version\` text,
  	\`consent_accepted_at\` text,
  	\`erasure_group\` text,
  	\`erased_at\` text,
  	\`dedupe_key\` text NOT NULL,
  	\`confirm_token_hash\` text,
  	\`cancel_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_registrations\`("id", "laboratory_id", "event_id", "neighbourhood_id", "status", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erasure_group", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "updated_at", "created_at") SELECT "id", "laboratory_id", "event_id", "neighbourhood_id", "status", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erasure_group", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "updated_at", "created_at" FROM \`registrations\`;`,
  )
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_laboratory_idx\` ON \`registrations\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_neighbourhood_idx\` ON \`registrations\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_erasure_group_idx\` ON \`registrations\` (\`erasure_group\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_dedupe_key_idx\` ON \`registrations\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_confirm_token_hash_idx\` ON \`registrations\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
}
