import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`website\` text,
  	\`description\` text,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_import_fingerprint_idx\` ON \`organizations\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organizations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_rels_order_idx\` ON \`organizations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_parent_idx\` ON \`organizations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_path_idx\` ON \`organizations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_neighbourhoods_id_idx\` ON \`organizations_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_website\` text,
  	\`version_description\` text,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_import_fingerprint_idx\` ON \`_organizations_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_rels_order_idx\` ON \`_organizations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_rels_parent_idx\` ON \`_organizations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_rels_path_idx\` ON \`_organizations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_rels_neighbourhoods_id_idx\` ON \`_organizations_v_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`office\` text,
  	\`role\` text,
  	\`signed_at\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pacts_signatories_order_idx\` ON \`pacts_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pacts_signatories_parent_id_idx\` ON \`pacts_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_signatories_organization_idx\` ON \`pacts_signatories\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`party\` text,
  	\`organization_id\` integer,
  	\`description\` text,
  	\`resource_kind\` text,
  	\`amount\` numeric,
  	\`quantity\` numeric,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pacts_commitments_order_idx\` ON \`pacts_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pacts_commitments_parent_id_idx\` ON \`pacts_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_commitments_organization_idx\` ON \`pacts_commitments\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pacts_attachments_order_idx\` ON \`pacts_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pacts_attachments_parent_id_idx\` ON \`pacts_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_attachments_file_idx\` ON \`pacts_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`kind\` text DEFAULT 'collaboration-pact',
  	\`title\` text,
  	\`slug\` text,
  	\`status\` text DEFAULT 'drafting',
  	\`laboratory_id\` integer,
  	\`renews_id\` integer,
  	\`summary\` text,
  	\`approval_act_number\` text,
  	\`approval_act_date\` text,
  	\`signed_at\` text,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`objectives\` text,
  	\`objectives_html\` text,
  	\`objectives_text\` text,
  	\`volunteers\` numeric DEFAULT 0,
  	\`import_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`renews_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_code_idx\` ON \`pacts\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_slug_idx\` ON \`pacts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pacts_laboratory_idx\` ON \`pacts\` (\`laboratory_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_renews_idx\` ON \`pacts\` (\`renews_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_signed_at_idx\` ON \`pacts\` (\`signed_at\`);`)
  await db.run(sql`CREATE INDEX \`pacts_import_fingerprint_idx\` ON \`pacts\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`pacts_updated_at_idx\` ON \`pacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pacts_created_at_idx\` ON \`pacts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pacts__status_idx\` ON \`pacts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pacts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pacts_rels_order_idx\` ON \`pacts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pacts_rels_parent_idx\` ON \`pacts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pacts_rels_path_idx\` ON \`pacts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pacts_rels_neighbourhoods_id_idx\` ON \`pacts_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_version_signatories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`office\` text,
  	\`role\` text,
  	\`signed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_signatories_order_idx\` ON \`_pacts_v_version_signatories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_signatories_parent_id_idx\` ON \`_pacts_v_version_signatories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_signatories_organization_idx\` ON \`_pacts_v_version_signatories\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_version_commitments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`party\` text,
  	\`organization_id\` integer,
  	\`description\` text,
  	\`resource_kind\` text,
  	\`amount\` numeric,
  	\`quantity\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_commitments_order_idx\` ON \`_pacts_v_version_commitments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_commitments_parent_id_idx\` ON \`_pacts_v_version_commitments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_commitments_organization_idx\` ON \`_pacts_v_version_commitments\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_attachments_order_idx\` ON \`_pacts_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_attachments_parent_id_idx\` ON \`_pacts_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_version_attachments_file_idx\` ON \`_pacts_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_kind\` text DEFAULT 'collaboration-pact',
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'drafting',
  	\`version_laboratory_id\` integer,
  	\`version_renews_id\` integer,
  	\`version_summary\` text,
  	\`version_approval_act_number\` text,
  	\`version_approval_act_date\` text,
  	\`version_signed_at\` text,
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
  	\`version_objectives\` text,
  	\`version_objectives_html\` text,
  	\`version_objectives_text\` text,
  	\`version_volunteers\` numeric DEFAULT 0,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_laboratory_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_renews_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
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
  await db.run(sql`CREATE INDEX \`_pacts_v_latest_idx\` ON \`_pacts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pacts_v_rels_order_idx\` ON \`_pacts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_rels_parent_idx\` ON \`_pacts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_rels_path_idx\` ON \`_pacts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_rels_neighbourhoods_id_idx\` ON \`_pacts_v_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`title\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_milestones_order_idx\` ON \`projects_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_milestones_parent_id_idx\` ON \`projects_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`pact_id\` integer,
  	\`neighbourhood_id\` integer,
  	\`domain\` text,
  	\`status\` text DEFAULT 'planned',
  	\`progress\` numeric DEFAULT 0,
  	\`summary\` text,
  	\`description\` text,
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
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`projects_pact_idx\` ON \`projects\` (\`pact_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_neighbourhood_idx\` ON \`projects\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_import_fingerprint_idx\` ON \`projects\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`title\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_milestones_order_idx\` ON \`_projects_v_version_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_milestones_parent_id_idx\` ON \`_projects_v_version_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_pact_id\` integer,
  	\`version_neighbourhood_id\` integer,
  	\`version_domain\` text,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_progress\` numeric DEFAULT 0,
  	\`version_summary\` text,
  	\`version_description\` text,
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
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pact_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_neighbourhood_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
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
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`indicators_measurements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`value\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_measurements_order_idx\` ON \`indicators_measurements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_measurements_parent_id_idx\` ON \`indicators_measurements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`pact_id\` integer,
  	\`project_id\` integer,
  	\`unit\` text,
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
  await db.run(sql`CREATE INDEX \`indicators_pact_idx\` ON \`indicators\` (\`pact_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_project_idx\` ON \`indicators\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_import_fingerprint_idx\` ON \`indicators\` (\`import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators__status_idx\` ON \`indicators\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`indicators_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_rels_order_idx\` ON \`indicators_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_parent_idx\` ON \`indicators_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_path_idx\` ON \`indicators_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_neighbourhoods_id_idx\` ON \`indicators_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_version_measurements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`value\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_measurements_order_idx\` ON \`_indicators_v_version_measurements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_measurements_parent_id_idx\` ON \`_indicators_v_version_measurements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_pact_id\` integer,
  	\`version_project_id\` integer,
  	\`version_unit\` text,
  	\`version_baseline\` numeric,
  	\`version_target\` numeric,
  	\`version_import_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pact_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_pact_idx\` ON \`_indicators_v\` (\`version_pact_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_project_idx\` ON \`_indicators_v\` (\`version_project_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_import_fingerprint_idx\` ON \`_indicators_v\` (\`version_import_fingerprint\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version__status_idx\` ON \`_indicators_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_latest_idx\` ON \`_indicators_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_order_idx\` ON \`_indicators_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_parent_idx\` ON \`_indicators_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_path_idx\` ON \`_indicators_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_rels_neighbourhoods_id_idx\` ON \`_indicators_v_rels\` (\`neighbourhoods_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pacts_id\` integer REFERENCES pacts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`projects_id\` integer REFERENCES projects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicators_id\` integer REFERENCES indicators(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pacts_id_idx\` ON \`payload_locked_documents_rels\` (\`pacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_rels\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pacts_signatories\`;`)
  await db.run(sql`DROP TABLE \`pacts_commitments\`;`)
  await db.run(sql`DROP TABLE \`pacts_attachments\`;`)
  await db.run(sql`DROP TABLE \`pacts\`;`)
  await db.run(sql`DROP TABLE \`pacts_rels\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_version_signatories\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_version_commitments\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`projects_milestones\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_milestones\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`indicators_measurements\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_rels\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_version_measurements\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`neighbourhoods_id\` integer,
  	\`laboratories_id\` integer,
  	\`events_id\` integer,
  	\`registrations_id\` integer,
  	\`seat_claims_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`neighbourhoods_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laboratories_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seat_claims_id\`) REFERENCES \`seat_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "events_id", "registrations_id", "seat_claims_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "neighbourhoods_id", "laboratories_id", "events_id", "registrations_id", "seat_claims_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seat_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`seat_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
