// Hand-corrected: the generator copied the new event_id column from the old tables; it starts empty instead.
import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_recurrence_by_day\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_recurrence_by_day_order_idx\` ON \`events_recurrence_by_day\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_recurrence_by_day_parent_idx\` ON \`events_recurrence_by_day\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_recurrence_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_recurrence_exceptions_order_idx\` ON \`events_recurrence_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_recurrence_exceptions_parent_id_idx\` ON \`events_recurrence_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`type\` text DEFAULT 'assembly',
  	\`neighbourhood_id\` integer,
  	\`laboratory_id\` integer,
  	\`start\` text,
  	\`end\` text,
  	\`all_day\` integer,
  	\`summary\` text,
  	\`description\` text,
  	\`description_html\` text,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_location_lat\` numeric,
  	\`venue_location_lng\` numeric,
  	\`recurrence_frequency\` text DEFAULT 'none',
  	\`recurrence_until\` text,
  	\`registration_mode\` text DEFAULT 'none',
  	\`registration_capacity\` numeric DEFAULT 50,
  	\`registration_opens_at\` text,
  	\`registration_closes_at\` text,
  	\`cancelled\` integer,
  	\`cancellation_reason\` text,
  	\`sequence\` numeric DEFAULT 0,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_type_idx\` ON \`events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`events_neighbourhood_idx\` ON \`events\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`events_laboratory_idx\` ON \`events\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_import_fingerprint_idx\` ON \`events\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_by_day\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_by_day_order_idx\` ON \`_events_v_version_recurrence_by_day\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_by_day_parent_idx\` ON \`_events_v_version_recurrence_by_day\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_exceptions_order_idx\` ON \`_events_v_version_recurrence_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_exceptions_parent_id_idx\` ON \`_events_v_version_recurrence_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_type\` text DEFAULT 'assembly',
  	\`version_neighbourhood_id\` integer,
  	\`version_laboratory_id\` integer,
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_all_day\` integer,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_description_html\` text,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_location_lat\` numeric,
  	\`version_venue_location_lng\` numeric,
  	\`version_recurrence_frequency\` text DEFAULT 'none',
  	\`version_recurrence_until\` text,
  	\`version_registration_mode\` text DEFAULT 'none',
  	\`version_registration_capacity\` numeric DEFAULT 50,
  	\`version_registration_opens_at\` text,
  	\`version_registration_closes_at\` text,
  	\`version_cancelled\` integer,
  	\`version_cancellation_reason\` text,
  	\`version_sequence\` numeric DEFAULT 0,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_type_idx\` ON \`_events_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_neighbourhood_idx\` ON \`_events_v\` (\`version_neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_laboratory_idx\` ON \`_events_v\` (\`version_laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_start_idx\` ON \`_events_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_import_fingerprint_idx\` ON \`_events_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
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
    sql`INSERT INTO \`__new_registrations\`("id", "laboratory_id", "neighbourhood_id", "status", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "updated_at", "created_at") SELECT "id", "laboratory_id", "neighbourhood_id", "status", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "updated_at", "created_at" FROM \`registrations\`;`,
  )
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_laboratory_idx\` ON \`registrations\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_event_idx\` ON \`registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_neighbourhood_idx\` ON \`registrations\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_dedupe_key_idx\` ON \`registrations\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_confirm_token_hash_idx\` ON \`registrations\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_seat_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`laboratory_id\` integer,
  	\`event_id\` integer,
  	\`registration_id\` integer NOT NULL,
  	\`seat\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_seat_claims\`("id", "key", "laboratory_id", "registration_id", "seat", "updated_at", "created_at") SELECT "id", "key", "laboratory_id", "registration_id", "seat", "updated_at", "created_at" FROM \`seat_claims\`;`,
  )
  await db.run(sql`DROP TABLE \`seat_claims\`;`)
  await db.run(sql`ALTER TABLE \`__new_seat_claims\` RENAME TO \`seat_claims\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_key_idx\` ON \`seat_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_laboratory_idx\` ON \`seat_claims\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_event_idx\` ON \`seat_claims\` (\`event_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_registration_idx\` ON \`seat_claims\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_updated_at_idx\` ON \`seat_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_created_at_idx\` ON \`seat_claims\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_recurrence_by_day\`;`)
  await db.run(sql`DROP TABLE \`events_recurrence_exceptions\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_by_day\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`laboratory_id\` integer NOT NULL,
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
  	\`erased_at\` text,
  	\`dedupe_key\` text NOT NULL,
  	\`confirm_token_hash\` text,
  	\`cancel_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_registrations\`("id", "laboratory_id", "neighbourhood_id", "status", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "updated_at", "created_at") SELECT "id", "laboratory_id", "neighbourhood_id", "status", "hold_expires_at", "email_verified", "name", "email", "phone", "organization", "accessibility_needs", "locale", "consent_privacy_notice_version", "consent_accepted_at", "erased_at", "dedupe_key", "confirm_token_hash", "cancel_token_hash", "updated_at", "created_at" FROM \`registrations\`;`,
  )
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_registrations\` RENAME TO \`registrations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`registrations_laboratory_idx\` ON \`registrations\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_neighbourhood_idx\` ON \`registrations\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_dedupe_key_idx\` ON \`registrations\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_confirm_token_hash_idx\` ON \`registrations\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_seat_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`laboratory_id\` integer NOT NULL,
  	\`registration_id\` integer NOT NULL,
  	\`seat\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_seat_claims\`("id", "key", "laboratory_id", "registration_id", "seat", "updated_at", "created_at") SELECT "id", "key", "laboratory_id", "registration_id", "seat", "updated_at", "created_at" FROM \`seat_claims\`;`,
  )
  await db.run(sql`DROP TABLE \`seat_claims\`;`)
  await db.run(sql`ALTER TABLE \`__new_seat_claims\` RENAME TO \`seat_claims\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_key_idx\` ON \`seat_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_laboratory_idx\` ON \`seat_claims\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_registration_idx\` ON \`seat_claims\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_updated_at_idx\` ON \`seat_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_created_at_idx\` ON \`seat_claims\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	\`laboratories_id\` integer,
  	\`registrations_id\` integer,
  	\`seat_claims_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laboratories_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_claims_id\`) REFERENCES \`seat_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "registrations_id", "seat_claims_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "registrations_id", "seat_claims_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_neighbourhoods_id_idx\` ON \`payload_locked_documents_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laboratories_id_idx\` ON \`payload_locked_documents_rels\` (\`laboratories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
