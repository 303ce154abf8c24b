import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`laboratories_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`topic\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laboratories_sessions_order_idx\` ON \`laboratories_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_sessions_parent_id_idx\` ON \`laboratories_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laboratories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`neighbourhood_id\` integer,
  	\`phase\` text DEFAULT 'listening',
  	\`closed_at\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`description_html\` text,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_location_lat\` numeric,
  	\`venue_location_lng\` numeric,
  	\`capacity\` numeric DEFAULT 30,
  	\`signup_opens_at\` text,
  	\`signup_closes_at\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`laboratories_slug_idx\` ON \`laboratories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_neighbourhood_idx\` ON \`laboratories\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_import_fingerprint_idx\` ON \`laboratories\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_updated_at_idx\` ON \`laboratories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_created_at_idx\` ON \`laboratories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laboratories__status_idx\` ON \`laboratories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`laboratories_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`laboratories_texts_order_parent\` ON \`laboratories_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laboratories_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`topic\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_laboratories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_sessions_order_idx\` ON \`_laboratories_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_sessions_parent_id_idx\` ON \`_laboratories_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laboratories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_neighbourhood_id\` integer,
  	\`version_phase\` text DEFAULT 'listening',
  	\`version_closed_at\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_description_html\` text,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_location_lat\` numeric,
  	\`version_venue_location_lng\` numeric,
  	\`version_capacity\` numeric DEFAULT 30,
  	\`version_signup_opens_at\` text,
  	\`version_signup_closes_at\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_laboratories_v_parent_idx\` ON \`_laboratories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_slug_idx\` ON \`_laboratories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_neighbourhood_idx\` ON \`_laboratories_v\` (\`version_neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_import_fingerprint_idx\` ON \`_laboratories_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_updated_at_idx\` ON \`_laboratories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_created_at_idx\` ON \`_laboratories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version__status_idx\` ON \`_laboratories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_created_at_idx\` ON \`_laboratories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_updated_at_idx\` ON \`_laboratories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_latest_idx\` ON \`_laboratories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_laboratories_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_laboratories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_laboratories_v_texts_order_parent\` ON \`_laboratories_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`registrations_attendance\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`session_date\` text NOT NULL,
  	\`present\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`registrations_attendance_order_idx\` ON \`registrations_attendance\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`registrations_attendance_parent_id_idx\` ON \`registrations_attendance\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`registrations\` (
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
  await db.run(sql`CREATE INDEX \`registrations_laboratory_idx\` ON \`registrations\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_neighbourhood_idx\` ON \`registrations\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`registrations_status_idx\` ON \`registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registrations_email_idx\` ON \`registrations\` (\`email\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_dedupe_key_idx\` ON \`registrations\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`registrations_confirm_token_hash_idx\` ON \`registrations\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_cancel_token_hash_idx\` ON \`registrations\` (\`cancel_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`registrations_updated_at_idx\` ON \`registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registrations_created_at_idx\` ON \`registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`seat_claims\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_key_idx\` ON \`seat_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_laboratory_idx\` ON \`seat_claims\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`seat_claims_registration_idx\` ON \`seat_claims\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_updated_at_idx\` ON \`seat_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`seat_claims_created_at_idx\` ON \`seat_claims\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`laboratories_id\` integer REFERENCES laboratories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registrations_id\` integer REFERENCES registrations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`seat_claims_id\` integer REFERENCES seat_claims(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laboratories_id_idx\` ON \`payload_locked_documents_rels\` (\`laboratories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`laboratories_sessions\`;`)
  await db.run(sql`DROP TABLE \`laboratories\`;`)
  await db.run(sql`DROP TABLE \`laboratories_texts\`;`)
  await db.run(sql`DROP TABLE \`_laboratories_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_laboratories_v\`;`)
  await db.run(sql`DROP TABLE \`_laboratories_v_texts\`;`)
  await db.run(sql`DROP TABLE \`registrations_attendance\`;`)
  await db.run(sql`DROP TABLE \`registrations\`;`)
  await db.run(sql`DROP TABLE \`seat_claims\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "neighbourhoods_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "neighbourhoods_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_neighbourhoods_id_idx\` ON \`payload_locked_documents_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
