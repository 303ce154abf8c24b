import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`city_name\` text,
  	\`portal_name\` text DEFAULT 'Quartieri' NOT NULL,
  	\`emblem_id\` integer,
  	\`contact_email\` text,
  	\`pec\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`website\` text,
  	\`accessibility_statement_url\` text,
  	\`open_data_publisher\` text,
  	\`privacy_notice_version\` text DEFAULT '1.0' NOT NULL,
  	\`map_style_url\` text,
  	\`default_map_view_centre_lat\` numeric,
  	\`default_map_view_centre_lng\` numeric,
  	\`default_map_view_zoom\` numeric DEFAULT 12,
  	\`identity_set_at\` text,
  	\`demo_data_loaded_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`emblem_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_settings\`("id", "city_name", "portal_name", "contact_email", "contact_phone", "contact_address", "privacy_notice_version", "map_style_url", "default_map_view_centre_lat", "default_map_view_centre_lng", "default_map_view_zoom", "demo_data_loaded_at", "updated_at", "created_at") SELECT "id", "city_name", "portal_name", "contact_email", "contact_phone", "contact_address", "privacy_notice_version", "map_style_url", "default_map_view_centre_lat", "default_map_view_centre_lng", "default_map_view_zoom", "demo_data_loaded_at", "updated_at", "created_at" FROM \`settings\`;`,
  )
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`settings_emblem_idx\` ON \`settings\` (\`emblem_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_settings\` (
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
  await db.run(
    sql`INSERT INTO \`__new_settings\`("id", "city_name", "portal_name", "contact_email", "contact_phone", "contact_address", "privacy_notice_version", "map_style_url", "default_map_view_centre_lat", "default_map_view_centre_lng", "default_map_view_zoom", "demo_data_loaded_at", "updated_at", "created_at") SELECT "id", coalesce("city_name", ''), "portal_name", "contact_email", "contact_phone", "contact_address", "privacy_notice_version", "map_style_url", "default_map_view_centre_lat", "default_map_view_centre_lng", "default_map_view_zoom", "demo_data_loaded_at", "updated_at", "created_at" FROM \`settings\`;`,
  )
  await db.run(sql`DROP TABLE \`settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_settings\` RENAME TO \`settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
