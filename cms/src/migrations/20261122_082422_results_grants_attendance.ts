import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`results_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`results_key_figures_order_idx\` ON \`results_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`results_key_figures_parent_id_idx\` ON \`results_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`results_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`results_attachments_order_idx\` ON \`results_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`results_attachments_parent_id_idx\` ON \`results_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`results_attachments_file_idx\` ON \`results_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`results\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`period_from\` text,
  	\`period_to\` text,
  	\`published_at\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`body_html\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`results_slug_idx\` ON \`results\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`results_import_fingerprint_idx\` ON \`results\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`results_updated_at_idx\` ON \`results\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`results_created_at_idx\` ON \`results\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`results__status_idx\` ON \`results\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`results_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`results_rels_order_idx\` ON \`results_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`results_rels_parent_idx\` ON \`results_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`results_rels_path_idx\` ON \`results_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`results_rels_neighbourhoods_id_idx\` ON \`results_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`_results_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_results_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_results_v_version_key_figures_order_idx\` ON \`_results_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_key_figures_parent_id_idx\` ON \`_results_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_results_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_results_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_results_v_version_attachments_order_idx\` ON \`_results_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_attachments_parent_id_idx\` ON \`_results_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_attachments_file_idx\` ON \`_results_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_results_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_period_from\` text,
  	\`version_period_to\` text,
  	\`version_published_at\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_body_html\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_results_v_parent_idx\` ON \`_results_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_slug_idx\` ON \`_results_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_import_fingerprint_idx\` ON \`_results_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_updated_at_idx\` ON \`_results_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version_created_at_idx\` ON \`_results_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_version_version__status_idx\` ON \`_results_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_created_at_idx\` ON \`_results_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_updated_at_idx\` ON \`_results_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_latest_idx\` ON \`_results_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_results_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_results_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_results_v_rels_order_idx\` ON \`_results_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_rels_parent_idx\` ON \`_results_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_rels_path_idx\` ON \`_results_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_rels_neighbourhoods_id_idx\` ON \`_results_v_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`grants_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`grants_documents_order_idx\` ON \`grants_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`grants_documents_parent_id_idx\` ON \`grants_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_documents_file_idx\` ON \`grants_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`grants_awards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`beneficiary_id\` integer,
  	\`amount\` numeric,
  	\`awarded_at\` text,
  	\`project_id\` integer,
  	\`purpose\` text,
  	\`neighbourhood_id\` integer,
  	\`legal_basis\` text,
  	\`office\` text,
  	\`responsible\` text,
  	\`selection_method\` text DEFAULT 'public-call',
  	FOREIGN KEY (\`beneficiary_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`grants_awards_order_idx\` ON \`grants_awards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`grants_awards_parent_id_idx\` ON \`grants_awards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_awards_beneficiary_idx\` ON \`grants_awards\` (\`beneficiary_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_awards_project_idx\` ON \`grants_awards\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_awards_neighbourhood_idx\` ON \`grants_awards\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE TABLE \`grants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`year\` numeric,
  	\`total_budget\` numeric,
  	\`deadline\` text,
  	\`summary\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`grants_slug_idx\` ON \`grants\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`grants_import_fingerprint_idx\` ON \`grants\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`grants_updated_at_idx\` ON \`grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`grants_created_at_idx\` ON \`grants\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`grants__status_idx\` ON \`grants\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`grants_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`grants_rels_order_idx\` ON \`grants_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`grants_rels_parent_idx\` ON \`grants_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`grants_rels_path_idx\` ON \`grants_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`grants_rels_neighbourhoods_id_idx\` ON \`grants_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_grants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_version_documents_order_idx\` ON \`_grants_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_documents_parent_id_idx\` ON \`_grants_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_documents_file_idx\` ON \`_grants_v_version_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_version_awards\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`beneficiary_id\` integer,
  	\`amount\` numeric,
  	\`awarded_at\` text,
  	\`project_id\` integer,
  	\`purpose\` text,
  	\`neighbourhood_id\` integer,
  	\`legal_basis\` text,
  	\`office\` text,
  	\`responsible\` text,
  	\`selection_method\` text DEFAULT 'public-call',
  	\`_uuid\` text,
  	FOREIGN KEY (\`beneficiary_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_grants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_version_awards_order_idx\` ON \`_grants_v_version_awards\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_awards_parent_id_idx\` ON \`_grants_v_version_awards\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_awards_beneficiary_idx\` ON \`_grants_v_version_awards\` (\`beneficiary_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_awards_project_idx\` ON \`_grants_v_version_awards\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_awards_neighbourhood_idx\` ON \`_grants_v_version_awards\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_total_budget\` numeric,
  	\`version_deadline\` text,
  	\`version_summary\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_parent_idx\` ON \`_grants_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_slug_idx\` ON \`_grants_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_import_fingerprint_idx\` ON \`_grants_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_updated_at_idx\` ON \`_grants_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version_created_at_idx\` ON \`_grants_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_version_version__status_idx\` ON \`_grants_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_created_at_idx\` ON \`_grants_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_updated_at_idx\` ON \`_grants_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_latest_idx\` ON \`_grants_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_grants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_grants_v_rels_order_idx\` ON \`_grants_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_rels_parent_idx\` ON \`_grants_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_rels_path_idx\` ON \`_grants_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_rels_neighbourhoods_id_idx\` ON \`_grants_v_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`ALTER TABLE \`laboratories_sessions\` ADD \`attendees\` numeric;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v_version_sessions\` ADD \`attendees\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`attendees\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_attendees\` numeric;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`tax_code\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_tax_code\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`erasure_group\` text;`)
  await db.run(sql`CREATE INDEX \`registrations_erasure_group_idx\` ON \`registrations\` (\`erasure_group\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`results_id\` integer REFERENCES results(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`grants_id\` integer REFERENCES grants(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_results_id_idx\` ON \`payload_locked_documents_rels\` (\`results_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`grants_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`results_key_figures\`;`)
  await db.run(sql`DROP TABLE \`results_attachments\`;`)
  await db.run(sql`DROP TABLE \`results\`;`)
  await db.run(sql`DROP TABLE \`results_rels\`;`)
  await db.run(sql`DROP TABLE \`_results_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_results_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_results_v\`;`)
  await db.run(sql`DROP TABLE \`_results_v_rels\`;`)
  await db.run(sql`DROP TABLE \`grants_documents\`;`)
  await db.run(sql`DROP TABLE \`grants_awards\`;`)
  await db.run(sql`DROP TABLE \`grants\`;`)
  await db.run(sql`DROP TABLE \`grants_rels\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_version_awards\`;`)
  await db.run(sql`DROP TABLE \`_grants_v\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`registrations_id\` integer,
  	\`seat_claims_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laboratories_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pacts_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_claims_id\`) REFERENCES \`seat_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "events_id", "organizations_id", "pacts_id", "projects_id", "indicators_id", "registrations_id", "seat_claims_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "events_id", "organizations_id", "pacts_id", "projects_id", "indicators_id", "registrations_id", "seat_claims_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`registrations_erasure_group_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`erasure_group\`;`)
  await db.run(sql`ALTER TABLE \`laboratories_sessions\` DROP COLUMN \`attendees\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v_version_sessions\` DROP COLUMN \`attendees\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`attendees\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_attendees\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`tax_code\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_tax_code\`;`)
}
