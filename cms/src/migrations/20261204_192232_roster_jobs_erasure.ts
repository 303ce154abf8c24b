import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`meeting_attendance\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`activity\` text NOT NULL,
  	\`laboratory_id\` integer,
  	\`event_id\` integer,
  	\`neighbourhood_id\` integer,
  	\`meeting\` text NOT NULL,
  	\`present\` numeric DEFAULT 0 NOT NULL,
  	\`walk_ins\` numeric DEFAULT 0 NOT NULL,
  	\`total\` numeric DEFAULT 0 NOT NULL,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meeting_attendance_laboratory_idx\` ON \`meeting_attendance\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_event_idx\` ON \`meeting_attendance\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_neighbourhood_idx\` ON \`meeting_attendance\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_updated_by_idx\` ON \`meeting_attendance\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_updated_at_idx\` ON \`meeting_attendance\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meeting_attendance_created_at_idx\` ON \`meeting_attendance\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`activity_idx\` ON \`meeting_attendance\` (\`activity\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`erased_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`registrations_erased_by_idx\` ON \`registrations\` (\`erased_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_attendance_id\` integer REFERENCES meeting_attendance(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_attendance_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`meeting_attendance\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`laboratory_id\` integer,
  	\`event_id\` integer,
  	\`neighbourhood_id\` integer,
  	\`status\` text NOT NULL,
  	\`cancellation_reason\` text,
  	\`cancellation_by_id\` integer,
  	\`cancellation_at\` text,
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
  	\`pending_mail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cancellation_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_registrations\`("id", "laboratory_id", "event_id", "neighbourhood_id", "status", "cancellation_reason", "cancellation_by_id", "cancellation_at", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erasure_group", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "pending_mail", "updated_at", "created_at") SELECT "id", "laboratory_id", "event_id", "neighbourhood_id", "status", "cancellation_reason", "cancellation_by_id", "cancellation_at", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erasure_group", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "pending_mail", "updated_at", "created_at" FROM \`registrations\`;`,
  )
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_laboratory_idx\` ON \`registrations\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_neighbourhood_idx\` ON \`registrations\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancellation_cancellation_by_idx\` ON \`registrations\` (\`cancellation_by_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`registrations_erasure_group_idx\` ON \`registrations\` (\`erasure_group\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_dedupe_key_idx\` ON \`registrations\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_confirm_token_hash_idx\` ON \`registrations\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_pending_mail_idx\` ON \`registrations\` (\`pending_mail\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	\`laboratories_id\` integer,
  	\`events_id\` integer,
  	\`organizations_id\` integer,
  	\`pacts_id\` integer,
  	\`projects_id\` integer,
  	\`indicators_id\` integer,
  	\`results_id\` integer,
  	\`grants_id\` integer,
  	\`registrations_id\` integer,
  	\`seat_claims_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`media_uses_id\` integer,
  	\`slug_history_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laboratories_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pacts_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`results_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`grants_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_claims_id\`) REFERENCES \`seat_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_uses_id\`) REFERENCES \`media_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`slug_history_id\`) REFERENCES \`slug_history\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "events_id", "organizations_id", "pacts_id", "projects_id", "indicators_id", "results_id", "grants_id", "registrations_id", "seat_claims_id", "media_id", "users_id", "media_uses_id", "slug_history_id") SELECT "id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "events_id", "organizations_id", "pacts_id", "projects_id", "indicators_id", "results_id", "grants_id", "registrations_id", "seat_claims_id", "media_id", "users_id", "media_uses_id", "slug_history_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_neighbourhoods_id_idx\` ON \`payload_locked_documents_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laboratories_id_idx\` ON \`payload_locked_documents_rels\` (\`laboratories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pacts_id_idx\` ON \`payload_locked_documents_rels\` (\`pacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_results_id_idx\` ON \`payload_locked_documents_rels\` (\`results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`grants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`media_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_slug_history_id_idx\` ON \`payload_locked_documents_rels\` (\`slug_history_id\`);`)
}
