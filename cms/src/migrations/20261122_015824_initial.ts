import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`neighbourhoods_works_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`percent\` numeric,
  	\`as_of\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`neighbourhoods_works_progress_order_idx\` ON \`neighbourhoods_works_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_works_progress_parent_id_idx\` ON \`neighbourhoods_works_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`neighbourhoods_venue_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`neighbourhoods_venue_opening_hours_order_idx\` ON \`neighbourhoods_venue_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_venue_opening_hours_parent_id_idx\` ON \`neighbourhoods_venue_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`neighbourhoods_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`neighbourhoods_contacts_order_idx\` ON \`neighbourhoods_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_contacts_parent_id_idx\` ON \`neighbourhoods_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`neighbourhoods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`description_html\` text,
  	\`image_id\` integer,
  	\`figures_reference_year\` numeric,
  	\`figures_inhabitants\` numeric,
  	\`figures_households\` numeric,
  	\`figures_public_housing_units\` numeric,
  	\`figures_units_under_works\` numeric,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_location_lat\` numeric,
  	\`venue_location_lng\` numeric,
  	\`centre_lat\` numeric,
  	\`centre_lng\` numeric,
  	\`boundary\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`neighbourhoods_slug_idx\` ON \`neighbourhoods\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_image_idx\` ON \`neighbourhoods\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_import_fingerprint_idx\` ON \`neighbourhoods\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_updated_at_idx\` ON \`neighbourhoods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_created_at_idx\` ON \`neighbourhoods\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods__status_idx\` ON \`neighbourhoods\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_version_works_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`percent\` numeric,
  	\`as_of\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_works_progress_order_idx\` ON \`_neighbourhoods_v_version_works_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_works_progress_parent_id_idx\` ON \`_neighbourhoods_v_version_works_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_version_venue_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_venue_opening_hours_order_idx\` ON \`_neighbourhoods_v_version_venue_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_venue_opening_hours_parent_id_idx\` ON \`_neighbourhoods_v_version_venue_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_contacts_order_idx\` ON \`_neighbourhoods_v_version_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_contacts_parent_id_idx\` ON \`_neighbourhoods_v_version_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_description_html\` text,
  	\`version_image_id\` integer,
  	\`version_figures_reference_year\` numeric,
  	\`version_figures_inhabitants\` numeric,
  	\`version_figures_households\` numeric,
  	\`version_figures_public_housing_units\` numeric,
  	\`version_figures_units_under_works\` numeric,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_location_lat\` numeric,
  	\`version_venue_location_lng\` numeric,
  	\`version_centre_lat\` numeric,
  	\`version_centre_lng\` numeric,
  	\`version_boundary\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_parent_idx\` ON \`_neighbourhoods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_slug_idx\` ON \`_neighbourhoods_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_image_idx\` ON \`_neighbourhoods_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_import_fingerprint_idx\` ON \`_neighbourhoods_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_updated_at_idx\` ON \`_neighbourhoods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_created_at_idx\` ON \`_neighbourhoods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version__status_idx\` ON \`_neighbourhoods_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_created_at_idx\` ON \`_neighbourhoods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_updated_at_idx\` ON \`_neighbourhoods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_latest_idx\` ON \`_neighbourhoods_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'operator' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_neighbourhoods_id_idx\` ON \`users_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_neighbourhoods_id_idx\` ON \`payload_locked_documents_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`city_name\` text DEFAULT 'Comune di Milano' NOT NULL,
  	\`portal_name\` text DEFAULT 'Quartieri' NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`privacy_notice_version\` text DEFAULT '1.0' NOT NULL,
  	\`map_style_url\` text,
  	\`default_map_view_centre_lat\` numeric,
  	\`default_map_view_centre_lng\` numeric,
  	\`default_map_view_zoom\` numeric DEFAULT 12,
  	\`demo_data_loaded_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`neighbourhoods_works_progress\`;`)
  await db.run(sql`DROP TABLE \`neighbourhoods_venue_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`neighbourhoods_contacts\`;`)
  await db.run(sql`DROP TABLE \`neighbourhoods\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_version_works_progress\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_version_venue_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_version_contacts\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`settings\`;`)
}
