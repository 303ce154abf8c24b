import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_review_review_by_idx\` ON \`neighbourhoods\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_review_version_review_by_idx\` ON \`_neighbourhoods_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`laboratories_review_review_by_idx\` ON \`laboratories\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_review_version_review_by_idx\` ON \`_laboratories_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_review_review_by_idx\` ON \`events\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_review_version_review_by_idx\` ON \`_events_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`organizations_review_review_by_idx\` ON \`organizations\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_review_version_review_by_idx\` ON \`_organizations_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`pacts_review_review_by_idx\` ON \`pacts\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_review_version_review_by_idx\` ON \`_pacts_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`projects_review_review_by_idx\` ON \`projects\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_review_version_review_by_idx\` ON \`_projects_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`indicators_review_review_by_idx\` ON \`indicators\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_review_version_review_by_idx\` ON \`_indicators_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`results_review_review_by_idx\` ON \`results\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_results_v_version_review_version_review_by_idx\` ON \`_results_v\` (\`version_review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`review_at\` text;`)
  await db.run(sql`CREATE INDEX \`grants_review_review_by_idx\` ON \`grants\` (\`review_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_review_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_review_at\` text;`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_review_version_review_by_idx\` ON \`_grants_v\` (\`version_review_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_neighbourhoods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
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
  await db.run(
    sql`INSERT INTO \`__new_neighbourhoods\`("id", "name", "slug", "description_html", "image_id", "figures_reference_year", "figures_inhabitants", "figures_households", "figures_public_housing_units", "figures_units_under_works", "venue_name", "venue_address", "venue_location_lat", "venue_location_lng", "centre_lat", "centre_lng", "boundary", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "description_html", "image_id", "figures_reference_year", "figures_inhabitants", "figures_households", "figures_public_housing_units", "figures_units_under_works", "venue_name", "venue_address", "venue_location_lat", "venue_location_lng", "centre_lat", "centre_lng", "boundary", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`neighbourhoods\`;`,
  )
  await db.run(sql`DROP TABLE \`neighbourhoods\`;`)
  await db.run(sql`ALTER TABLE \`__new_neighbourhoods\` RENAME TO \`neighbourhoods\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`neighbourhoods_slug_idx\` ON \`neighbourhoods\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_image_idx\` ON \`neighbourhoods\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_import_fingerprint_idx\` ON \`neighbourhoods\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_updated_at_idx\` ON \`neighbourhoods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods_created_at_idx\` ON \`neighbourhoods\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`neighbourhoods__status_idx\` ON \`neighbourhoods\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__neighbourhoods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
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
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__neighbourhoods_v\`("id", "parent_id", "version_name", "version_slug", "version_description_html", "version_image_id", "version_figures_reference_year", "version_figures_inhabitants", "version_figures_households", "version_figures_public_housing_units", "version_figures_units_under_works", "version_venue_name", "version_venue_address", "version_venue_location_lat", "version_venue_location_lng", "version_centre_lat", "version_centre_lng", "version_boundary", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_description_html", "version_image_id", "version_figures_reference_year", "version_figures_inhabitants", "version_figures_households", "version_figures_public_housing_units", "version_figures_units_under_works", "version_venue_name", "version_venue_address", "version_venue_location_lat", "version_venue_location_lng", "version_centre_lat", "version_centre_lng", "version_boundary", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_neighbourhoods_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_neighbourhoods_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__neighbourhoods_v\` RENAME TO \`_neighbourhoods_v\`;`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_parent_idx\` ON \`_neighbourhoods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_slug_idx\` ON \`_neighbourhoods_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_image_idx\` ON \`_neighbourhoods_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_import_fingerprint_idx\` ON \`_neighbourhoods_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_updated_at_idx\` ON \`_neighbourhoods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version_created_at_idx\` ON \`_neighbourhoods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_version_version__status_idx\` ON \`_neighbourhoods_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_created_at_idx\` ON \`_neighbourhoods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_updated_at_idx\` ON \`_neighbourhoods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_snapshot_idx\` ON \`_neighbourhoods_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_published_locale_idx\` ON \`_neighbourhoods_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_latest_idx\` ON \`_neighbourhoods_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_laboratories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`neighbourhood_id\` integer,
  	\`phase\` text DEFAULT 'listening',
  	\`closed_at\` text,
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
  await db.run(
    sql`INSERT INTO \`__new_laboratories\`("id", "slug", "neighbourhood_id", "phase", "closed_at", "description_html", "venue_name", "venue_address", "venue_location_lat", "venue_location_lng", "capacity", "signup_opens_at", "signup_closes_at", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "slug", "neighbourhood_id", "phase", "closed_at", "description_html", "venue_name", "venue_address", "venue_location_lat", "venue_location_lng", "capacity", "signup_opens_at", "signup_closes_at", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`laboratories\`;`,
  )
  await db.run(sql`DROP TABLE \`laboratories\`;`)
  await db.run(sql`ALTER TABLE \`__new_laboratories\` RENAME TO \`laboratories\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`laboratories_slug_idx\` ON \`laboratories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_neighbourhood_idx\` ON \`laboratories\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_import_fingerprint_idx\` ON \`laboratories\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_updated_at_idx\` ON \`laboratories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laboratories_created_at_idx\` ON \`laboratories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laboratories__status_idx\` ON \`laboratories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__laboratories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_neighbourhood_id\` integer,
  	\`version_phase\` text DEFAULT 'listening',
  	\`version_closed_at\` text,
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
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__laboratories_v\`("id", "parent_id", "version_slug", "version_neighbourhood_id", "version_phase", "version_closed_at", "version_description_html", "version_venue_name", "version_venue_address", "version_venue_location_lat", "version_venue_location_lng", "version_capacity", "version_signup_opens_at", "version_signup_closes_at", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_neighbourhood_id", "version_phase", "version_closed_at", "version_description_html", "version_venue_name", "version_venue_address", "version_venue_location_lat", "version_venue_location_lng", "version_capacity", "version_signup_opens_at", "version_signup_closes_at", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_laboratories_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_laboratories_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__laboratories_v\` RENAME TO \`_laboratories_v\`;`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_parent_idx\` ON \`_laboratories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_slug_idx\` ON \`_laboratories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_neighbourhood_idx\` ON \`_laboratories_v\` (\`version_neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_import_fingerprint_idx\` ON \`_laboratories_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_updated_at_idx\` ON \`_laboratories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version_created_at_idx\` ON \`_laboratories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_version_version__status_idx\` ON \`_laboratories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_created_at_idx\` ON \`_laboratories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_updated_at_idx\` ON \`_laboratories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_snapshot_idx\` ON \`_laboratories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_published_locale_idx\` ON \`_laboratories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_latest_idx\` ON \`_laboratories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text DEFAULT 'assembly',
  	\`neighbourhood_id\` integer,
  	\`laboratory_id\` integer,
  	\`start\` text,
  	\`end\` text,
  	\`all_day\` integer,
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
  	\`attendees\` numeric,
  	\`sequence\` numeric DEFAULT 0,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "slug", "type", "neighbourhood_id", "laboratory_id", "start", "end", "all_day", "description_html", "venue_name", "venue_address", "venue_location_lat", "venue_location_lng", "recurrence_frequency", "recurrence_until", "registration_mode", "registration_capacity", "registration_opens_at", "registration_closes_at", "cancelled", "attendees", "sequence", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "slug", "type", "neighbourhood_id", "laboratory_id", "start", "end", "all_day", "description_html", "venue_name", "venue_address", "venue_location_lat", "venue_location_lng", "recurrence_frequency", "recurrence_until", "registration_mode", "registration_capacity", "registration_opens_at", "registration_closes_at", "cancelled", "attendees", "sequence", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_type_idx\` ON \`events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`events_neighbourhood_idx\` ON \`events\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`events_laboratory_idx\` ON \`events\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_import_fingerprint_idx\` ON \`events\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text DEFAULT 'assembly',
  	\`version_neighbourhood_id\` integer,
  	\`version_laboratory_id\` integer,
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_all_day\` integer,
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
  	\`version_attendees\` numeric,
  	\`version_sequence\` numeric DEFAULT 0,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_type", "version_neighbourhood_id", "version_laboratory_id", "version_start", "version_end", "version_all_day", "version_description_html", "version_venue_name", "version_venue_address", "version_venue_location_lat", "version_venue_location_lng", "version_recurrence_frequency", "version_recurrence_until", "version_registration_mode", "version_registration_capacity", "version_registration_opens_at", "version_registration_closes_at", "version_cancelled", "version_attendees", "version_sequence", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_type", "version_neighbourhood_id", "version_laboratory_id", "version_start", "version_end", "version_all_day", "version_description_html", "version_venue_name", "version_venue_address", "version_venue_location_lat", "version_venue_location_lng", "version_recurrence_frequency", "version_recurrence_until", "version_registration_mode", "version_registration_capacity", "version_registration_opens_at", "version_registration_closes_at", "version_cancelled", "version_attendees", "version_sequence", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`website\` text,
  	\`tax_code\` text,
  	\`description\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_organizations\`("id", "name", "slug", "kind", "website", "tax_code", "description", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "kind", "website", "tax_code", "description", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`organizations\`;`,
  )
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organizations\` RENAME TO \`organizations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_import_fingerprint_idx\` ON \`organizations\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_website\` text,
  	\`version_tax_code\` text,
  	\`version_description\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__organizations_v\`("id", "parent_id", "version_name", "version_slug", "version_kind", "version_website", "version_tax_code", "version_description", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_kind", "version_website", "version_tax_code", "version_description", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_organizations_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organizations_v\` RENAME TO \`_organizations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_import_fingerprint_idx\` ON \`_organizations_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_pacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`kind\` text DEFAULT 'collaboration-pact',
  	\`slug\` text,
  	\`status\` text DEFAULT 'drafting',
  	\`laboratory_id\` integer,
  	\`renews_id\` integer,
  	\`approval_act_number\` text,
  	\`approval_act_date\` text,
  	\`signed_at\` text,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`objectives_html\` text,
  	\`volunteers\` numeric DEFAULT 0,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`renews_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_pacts\`("id", "code", "kind", "slug", "status", "laboratory_id", "renews_id", "approval_act_number", "approval_act_date", "signed_at", "valid_from", "valid_until", "objectives_html", "volunteers", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "code", "kind", "slug", "status", "laboratory_id", "renews_id", "approval_act_number", "approval_act_date", "signed_at", "valid_from", "valid_until", "objectives_html", "volunteers", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`pacts\`;`,
  )
  await db.run(sql`DROP TABLE \`pacts\`;`)
  await db.run(sql`ALTER TABLE \`__new_pacts\` RENAME TO \`pacts\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_code_idx\` ON \`pacts\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_slug_idx\` ON \`pacts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pacts_laboratory_idx\` ON \`pacts\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_renews_idx\` ON \`pacts\` (\`renews_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_signed_at_idx\` ON \`pacts\` (\`signed_at\`);`)
  await db.run(sql`CREATE INDEX \`pacts_import_fingerprint_idx\` ON \`pacts\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`pacts_updated_at_idx\` ON \`pacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pacts_created_at_idx\` ON \`pacts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pacts__status_idx\` ON \`pacts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pacts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_kind\` text DEFAULT 'collaboration-pact',
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'drafting',
  	\`version_laboratory_id\` integer,
  	\`version_renews_id\` integer,
  	\`version_approval_act_number\` text,
  	\`version_approval_act_date\` text,
  	\`version_signed_at\` text,
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
  	\`version_objectives_html\` text,
  	\`version_volunteers\` numeric DEFAULT 0,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_renews_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__pacts_v\`("id", "parent_id", "version_code", "version_kind", "version_slug", "version_status", "version_laboratory_id", "version_renews_id", "version_approval_act_number", "version_approval_act_date", "version_signed_at", "version_valid_from", "version_valid_until", "version_objectives_html", "version_volunteers", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_code", "version_kind", "version_slug", "version_status", "version_laboratory_id", "version_renews_id", "version_approval_act_number", "version_approval_act_date", "version_signed_at", "version_valid_from", "version_valid_until", "version_objectives_html", "version_volunteers", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_pacts_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_pacts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pacts_v\` RENAME TO \`_pacts_v\`;`)
  await db.run(sql`CREATE INDEX \`_pacts_v_parent_idx\` ON \`_pacts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_code_idx\` ON \`_pacts_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_slug_idx\` ON \`_pacts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_laboratory_idx\` ON \`_pacts_v\` (\`version_laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_renews_idx\` ON \`_pacts_v\` (\`version_renews_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_signed_at_idx\` ON \`_pacts_v\` (\`version_signed_at\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_import_fingerprint_idx\` ON \`_pacts_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_updated_at_idx\` ON \`_pacts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version_created_at_idx\` ON \`_pacts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_version__status_idx\` ON \`_pacts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_created_at_idx\` ON \`_pacts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_updated_at_idx\` ON \`_pacts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_snapshot_idx\` ON \`_pacts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_published_locale_idx\` ON \`_pacts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_latest_idx\` ON \`_pacts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`pact_id\` integer,
  	\`neighbourhood_id\` integer,
  	\`domain\` text,
  	\`status\` text DEFAULT 'planned',
  	\`progress\` numeric DEFAULT 0,
  	\`description_html\` text,
  	\`budget\` numeric,
  	\`spent\` numeric,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`pact_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_projects\`("id", "slug", "pact_id", "neighbourhood_id", "domain", "status", "progress", "description_html", "budget", "spent", "start_date", "end_date", "location_lat", "location_lng", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "slug", "pact_id", "neighbourhood_id", "domain", "status", "progress", "description_html", "budget", "spent", "start_date", "end_date", "location_lat", "location_lng", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`projects\`;`,
  )
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`projects_pact_idx\` ON \`projects\` (\`pact_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_neighbourhood_idx\` ON \`projects\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_import_fingerprint_idx\` ON \`projects\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_pact_id\` integer,
  	\`version_neighbourhood_id\` integer,
  	\`version_domain\` text,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_progress\` numeric DEFAULT 0,
  	\`version_description_html\` text,
  	\`version_budget\` numeric,
  	\`version_spent\` numeric,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pact_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_slug", "version_pact_id", "version_neighbourhood_id", "version_domain", "version_status", "version_progress", "version_description_html", "version_budget", "version_spent", "version_start_date", "version_end_date", "version_location_lat", "version_location_lng", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_pact_id", "version_neighbourhood_id", "version_domain", "version_status", "version_progress", "version_description_html", "version_budget", "version_spent", "version_start_date", "version_end_date", "version_location_lat", "version_location_lng", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_projects_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_pact_idx\` ON \`_projects_v\` (\`version_pact_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_neighbourhood_idx\` ON \`_projects_v\` (\`version_neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_import_fingerprint_idx\` ON \`_projects_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`pact_id\` integer,
  	\`project_id\` integer,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`pact_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_indicators\`("id", "pact_id", "project_id", "baseline", "target", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "pact_id", "project_id", "baseline", "target", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`indicators\`;`,
  )
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicators\` RENAME TO \`indicators\`;`)
  await db.run(sql`CREATE INDEX \`indicators_pact_idx\` ON \`indicators\` (\`pact_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_project_idx\` ON \`indicators\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_import_fingerprint_idx\` ON \`indicators\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators__status_idx\` ON \`indicators\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_pact_id\` integer,
  	\`version_project_id\` integer,
  	\`version_baseline\` numeric,
  	\`version_target\` numeric,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pact_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__indicators_v\`("id", "parent_id", "version_pact_id", "version_project_id", "version_baseline", "version_target", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_pact_id", "version_project_id", "version_baseline", "version_target", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_indicators_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__indicators_v\` RENAME TO \`_indicators_v\`;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_pact_idx\` ON \`_indicators_v\` (\`version_pact_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_project_idx\` ON \`_indicators_v\` (\`version_project_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_import_fingerprint_idx\` ON \`_indicators_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version__status_idx\` ON \`_indicators_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_snapshot_idx\` ON \`_indicators_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_published_locale_idx\` ON \`_indicators_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_latest_idx\` ON \`_indicators_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`period_from\` text,
  	\`period_to\` text,
  	\`published_at\` text,
  	\`body_html\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_results\`("id", "slug", "period_from", "period_to", "published_at", "body_html", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "slug", "period_from", "period_to", "published_at", "body_html", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`results\`;`,
  )
  await db.run(sql`DROP TABLE \`results\`;`)
  await db.run(sql`ALTER TABLE \`__new_results\` RENAME TO \`results\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`results_slug_idx\` ON \`results\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`results_import_fingerprint_idx\` ON \`results\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`results_updated_at_idx\` ON \`results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`results_created_at_idx\` ON \`results\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`results__status_idx\` ON \`results\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__results_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_period_from\` text,
  	\`version_period_to\` text,
  	\`version_published_at\` text,
  	\`version_body_html\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__results_v\`("id", "parent_id", "version_slug", "version_period_from", "version_period_to", "version_published_at", "version_body_html", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_period_from", "version_period_to", "version_published_at", "version_body_html", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_results_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_results_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__results_v\` RENAME TO \`_results_v\`;`)
  await db.run(sql`CREATE INDEX \`_results_v_parent_idx\` ON \`_results_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_slug_idx\` ON \`_results_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_import_fingerprint_idx\` ON \`_results_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_updated_at_idx\` ON \`_results_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_created_at_idx\` ON \`_results_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version__status_idx\` ON \`_results_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_created_at_idx\` ON \`_results_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_updated_at_idx\` ON \`_results_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_snapshot_idx\` ON \`_results_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_published_locale_idx\` ON \`_results_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_latest_idx\` ON \`_results_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_grants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`year\` numeric,
  	\`total_budget\` numeric,
  	\`deadline\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_grants\`("id", "slug", "year", "total_budget", "deadline", "import_fingerprint", "updated_at", "created_at", "_status") SELECT "id", "slug", "year", "total_budget", "deadline", "import_fingerprint", "updated_at", "created_at", "_status" FROM \`grants\`;`,
  )
  await db.run(sql`DROP TABLE \`grants\`;`)
  await db.run(sql`ALTER TABLE \`__new_grants\` RENAME TO \`grants\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`grants_slug_idx\` ON \`grants\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`grants_import_fingerprint_idx\` ON \`grants\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`grants_updated_at_idx\` ON \`grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`grants_created_at_idx\` ON \`grants\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`grants__status_idx\` ON \`grants\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__grants_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_total_budget\` numeric,
  	\`version_deadline\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__grants_v\`("id", "parent_id", "version_slug", "version_year", "version_total_budget", "version_deadline", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_year", "version_total_budget", "version_deadline", "version_import_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_grants_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_grants_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__grants_v\` RENAME TO \`_grants_v\`;`)
  await db.run(sql`CREATE INDEX \`_grants_v_parent_idx\` ON \`_grants_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_slug_idx\` ON \`_grants_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_import_fingerprint_idx\` ON \`_grants_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_updated_at_idx\` ON \`_grants_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_created_at_idx\` ON \`_grants_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version__status_idx\` ON \`_grants_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_created_at_idx\` ON \`_grants_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_updated_at_idx\` ON \`_grants_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_snapshot_idx\` ON \`_grants_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_published_locale_idx\` ON \`_grants_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_latest_idx\` ON \`_grants_v\` (\`latest\`);`)
}
