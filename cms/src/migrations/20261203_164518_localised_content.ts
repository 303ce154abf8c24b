import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The texts that became translatable: each table's columns that move into its `_locales` table (documents,
 * versions and array rows alike). What they held becomes the Italian text, the default locale's.
 */
const MOVED_TO_LOCALES: Array<[table: string, columns: string[]]> = [
  ['_neighbourhoods_v', ['version_summary', 'version_description']],
  ['_laboratories_v', ['version_title', 'version_summary', 'version_description']],
  ['_events_v', ['version_title', 'version_summary', 'version_description', 'version_cancellation_reason']],
  ['_pacts_v', ['version_title', 'version_summary', 'version_objectives', 'version_objectives_text']],
  ['_projects_v', ['version_title', 'version_summary', 'version_description']],
  ['_indicators_v', ['version_name', 'version_unit']],
  ['_results_v', ['version_title', 'version_summary', 'version_body']],
  ['_grants_v', ['version_title', 'version_summary']],
  ['neighbourhoods_works_progress', ['label']],
  ['neighbourhoods_venue_opening_hours', ['note']],
  ['neighbourhoods_contacts', ['role']],
  ['neighbourhoods', ['summary', 'description']],
  ['_neighbourhoods_v_version_works_progress', ['label']],
  ['_neighbourhoods_v_version_venue_opening_hours', ['note']],
  ['_neighbourhoods_v_version_contacts', ['role']],
  ['laboratories_sessions', ['topic']],
  ['laboratories', ['title', 'summary', 'description']],
  ['_laboratories_v_version_sessions', ['topic']],
  ['events', ['title', 'summary', 'description', 'cancellation_reason']],
  ['pacts_signatories', ['role']],
  ['pacts_commitments', ['description']],
  ['pacts_attachments', ['label']],
  ['pacts', ['title', 'summary', 'objectives', 'objectives_text']],
  ['_pacts_v_version_signatories', ['role']],
  ['_pacts_v_version_commitments', ['description']],
  ['_pacts_v_version_attachments', ['label']],
  ['projects_milestones', ['title', 'note']],
  ['projects', ['title', 'summary', 'description']],
  ['_projects_v_version_milestones', ['title', 'note']],
  ['indicators_measurements', ['note']],
  ['indicators', ['name', 'unit']],
  ['_indicators_v_version_measurements', ['note']],
  ['results_key_figures', ['label', 'unit']],
  ['results_attachments', ['label']],
  ['results', ['title', 'summary', 'body']],
  ['_results_v_version_key_figures', ['label', 'unit']],
  ['_results_v_version_attachments', ['label']],
  ['grants_documents', ['label']],
  ['grants_awards', ['purpose']],
  ['grants', ['title', 'summary']],
  ['_grants_v_version_documents', ['label']],
  ['_grants_v_version_awards', ['purpose']],
]

/** Translatable lists of words (a laboratory's themes): their rows gain a locale, Italian for those already there. */
const LOCALISED_TEXT_ROWS = ['laboratories_texts', '_laboratories_v_texts']

const DEFAULT_LOCALE = 'it'
const columnList = (columns: string[]) => columns.map((column) => `\`${column}\``).join(', ')

/** Copies the texts of a table into its `_locales` table as Italian, before the generated statements drop its columns. */
async function copyIntoLocales(db: MigrateUpArgs['db'], table: string, columns: string[]): Promise<void> {
  const list = columnList(columns)
  await db.run(sql.raw(`INSERT INTO \`${table}_locales\` (${list}, \`_locale\`, \`_parent_id\`) SELECT ${list}, '${DEFAULT_LOCALE}', \`id\` FROM \`${table}\`;`))
}

/** Puts the Italian texts back into the columns the down migration re-creates, before it drops the `_locales` tables. */
async function copyBackFromLocales(db: MigrateDownArgs['db'], table: string, columns: string[]): Promise<void> {
  const assignments = columns
    .map((column) => `\`${column}\` = (SELECT l.\`${column}\` FROM \`${table}_locales\` l WHERE l.\`_parent_id\` = \`${table}\`.\`id\` AND l.\`_locale\` = '${DEFAULT_LOCALE}')`)
    .join(', ')
  await db.run(sql.raw(`UPDATE \`${table}\` SET ${assignments};`))
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`neighbourhoods_works_progress_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods_works_progress\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`neighbourhoods_works_progress_locales_locale_parent_id_uniqu\` ON \`neighbourhoods_works_progress_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`neighbourhoods_venue_opening_hours_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods_venue_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`neighbourhoods_venue_opening_hours_locales_locale_parent_id_\` ON \`neighbourhoods_venue_opening_hours_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`neighbourhoods_contacts_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`neighbourhoods_contacts_locales_locale_parent_id_unique\` ON \`neighbourhoods_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`neighbourhoods_locales\` (
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`neighbourhoods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`neighbourhoods_locales_locale_parent_id_unique\` ON \`neighbourhoods_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_version_works_progress_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v_version_works_progress\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_neighbourhoods_v_version_works_progress_locales_locale_pare\` ON \`_neighbourhoods_v_version_works_progress_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_version_venue_opening_hours_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v_version_venue_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_neighbourhoods_v_version_venue_opening_hours_locales_locale\` ON \`_neighbourhoods_v_version_venue_opening_hours_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_version_contacts_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v_version_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_neighbourhoods_v_version_contacts_locales_locale_parent_id_\` ON \`_neighbourhoods_v_version_contacts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_neighbourhoods_v_locales\` (
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_neighbourhoods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_neighbourhoods_v_locales_locale_parent_id_unique\` ON \`_neighbourhoods_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laboratories_sessions_locales\` (
  	\`topic\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`laboratories_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`laboratories_sessions_locales_locale_parent_id_unique\` ON \`laboratories_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`laboratories_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`laboratories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`laboratories_locales_locale_parent_id_unique\` ON \`laboratories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_laboratories_v_version_sessions_locales\` (
  	\`topic\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_laboratories_v_version_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_laboratories_v_version_sessions_locales_locale_parent_id_un\` ON \`_laboratories_v_version_sessions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_laboratories_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_laboratories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_laboratories_v_locales_locale_parent_id_unique\` ON \`_laboratories_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`cancellation_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_cancellation_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_signatories_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts_signatories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_signatories_locales_locale_parent_id_unique\` ON \`pacts_signatories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_commitments_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts_commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_commitments_locales_locale_parent_id_unique\` ON \`pacts_commitments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_attachments_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_attachments_locales_locale_parent_id_unique\` ON \`pacts_attachments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pacts_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`objectives\` text,
  	\`objectives_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pacts_locales_locale_parent_id_unique\` ON \`pacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_version_signatories_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v_version_signatories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pacts_v_version_signatories_locales_locale_parent_id_unique\` ON \`_pacts_v_version_signatories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_version_commitments_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v_version_commitments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pacts_v_version_commitments_locales_locale_parent_id_unique\` ON \`_pacts_v_version_commitments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_version_attachments_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v_version_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pacts_v_version_attachments_locales_locale_parent_id_unique\` ON \`_pacts_v_version_attachments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pacts_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_objectives\` text,
  	\`version_objectives_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pacts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pacts_v_locales_locale_parent_id_unique\` ON \`_pacts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_milestones_locales\` (
  	\`title\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_milestones_locales_locale_parent_id_unique\` ON \`projects_milestones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_locales_locale_parent_id_unique\` ON \`projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_milestones_locales\` (
  	\`title\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v_version_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_projects_v_version_milestones_locales_locale_parent_id_uniq\` ON \`_projects_v_version_milestones_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_projects_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_projects_v_locales_locale_parent_id_unique\` ON \`_projects_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_measurements_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators_measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_measurements_locales_locale_parent_id_unique\` ON \`indicators_measurements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators_locales\` (
  	\`name\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_locales_locale_parent_id_unique\` ON \`indicators_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_version_measurements_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v_version_measurements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_indicators_v_version_measurements_locales_locale_parent_id_\` ON \`_indicators_v_version_measurements_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_indicators_v_locales\` (
  	\`version_name\` text,
  	\`version_unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_indicators_v_locales_locale_parent_id_unique\` ON \`_indicators_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`results_key_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`results_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`results_key_figures_locales_locale_parent_id_unique\` ON \`results_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`results_attachments_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`results_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`results_attachments_locales_locale_parent_id_unique\` ON \`results_attachments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`results_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`results_locales_locale_parent_id_unique\` ON \`results_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_results_v_version_key_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_results_v_version_key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_results_v_version_key_figures_locales_locale_parent_id_uniq\` ON \`_results_v_version_key_figures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_results_v_version_attachments_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_results_v_version_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_results_v_version_attachments_locales_locale_parent_id_uniq\` ON \`_results_v_version_attachments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_results_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_results_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_results_v_locales_locale_parent_id_unique\` ON \`_results_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`grants_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`grants_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`grants_documents_locales_locale_parent_id_unique\` ON \`grants_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`grants_awards_locales\` (
  	\`purpose\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`grants_awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`grants_awards_locales_locale_parent_id_unique\` ON \`grants_awards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`grants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`grants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`grants_locales_locale_parent_id_unique\` ON \`grants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_version_documents_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_grants_v_version_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_grants_v_version_documents_locales_locale_parent_id_unique\` ON \`_grants_v_version_documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_version_awards_locales\` (
  	\`purpose\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_grants_v_version_awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_grants_v_version_awards_locales_locale_parent_id_unique\` ON \`_grants_v_version_awards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_grants_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_grants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_grants_v_locales_locale_parent_id_unique\` ON \`_grants_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Existing texts are kept as the Italian ones: copied into the `_locales` tables before their columns are dropped below.
  for (const [table, columns] of MOVED_TO_LOCALES) await copyIntoLocales(db, table, columns)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_snapshot_idx\` ON \`_neighbourhoods_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_neighbourhoods_v_published_locale_idx\` ON \`_neighbourhoods_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`laboratories_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`laboratories_texts_locale_parent\` ON \`laboratories_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_snapshot_idx\` ON \`_laboratories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_published_locale_idx\` ON \`_laboratories_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`_laboratories_v_texts_locale_parent\` ON \`_laboratories_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_cancellation_reason\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_pacts_v_snapshot_idx\` ON \`_pacts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pacts_v_published_locale_idx\` ON \`_pacts_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` DROP COLUMN \`version_objectives\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` DROP COLUMN \`version_objectives_text\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_description\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_indicators_v_snapshot_idx\` ON \`_indicators_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_published_locale_idx\` ON \`_indicators_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_name\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`version_unit\`;`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_results_v_snapshot_idx\` ON \`_results_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_results_v_published_locale_idx\` ON \`_results_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_results_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_results_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_results_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_grants_v_snapshot_idx\` ON \`_grants_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_grants_v_published_locale_idx\` ON \`_grants_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods_works_progress\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods_venue_opening_hours\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods_contacts\` DROP COLUMN \`role\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v_version_works_progress\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v_version_venue_opening_hours\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v_version_contacts\` DROP COLUMN \`role\`;`)
  await db.run(sql`ALTER TABLE \`laboratories_sessions\` DROP COLUMN \`topic\`;`)
  await db.run(sql`ALTER TABLE \`laboratories\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`laboratories\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`laboratories\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v_version_sessions\` DROP COLUMN \`topic\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`cancellation_reason\`;`)
  await db.run(sql`ALTER TABLE \`pacts_signatories\` DROP COLUMN \`role\`;`)
  await db.run(sql`ALTER TABLE \`pacts_commitments\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`pacts_attachments\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`pacts\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`pacts\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`pacts\` DROP COLUMN \`objectives\`;`)
  await db.run(sql`ALTER TABLE \`pacts\` DROP COLUMN \`objectives_text\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v_version_signatories\` DROP COLUMN \`role\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v_version_commitments\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v_version_attachments\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`projects_milestones\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`projects_milestones\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v_version_milestones\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v_version_milestones\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`indicators_measurements\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`indicators\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v_version_measurements\` DROP COLUMN \`note\`;`)
  await db.run(sql`ALTER TABLE \`results_key_figures\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`results_key_figures\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`results_attachments\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`results\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`results\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`results\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`_results_v_version_key_figures\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_results_v_version_key_figures\` DROP COLUMN \`unit\`;`)
  await db.run(sql`ALTER TABLE \`_results_v_version_attachments\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`grants_documents\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`grants_awards\` DROP COLUMN \`purpose\`;`)
  await db.run(sql`ALTER TABLE \`grants\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`grants\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v_version_documents\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v_version_awards\` DROP COLUMN \`purpose\`;`)
  for (const table of LOCALISED_TEXT_ROWS) await db.run(sql.raw(`UPDATE \`${table}\` SET \`locale\` = '${DEFAULT_LOCALE}' WHERE \`locale\` IS NULL;`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_neighbourhoods_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_neighbourhoods_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql.raw(`DELETE FROM \`laboratories_texts\` WHERE \`locale\` <> '${DEFAULT_LOCALE}';`))
  await db.run(sql`DROP INDEX \`laboratories_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`laboratories_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_laboratories_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_laboratories_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql.raw(`DELETE FROM \`_laboratories_v_texts\` WHERE \`locale\` <> '${DEFAULT_LOCALE}';`))
  await db.run(sql`DROP INDEX \`_laboratories_v_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP INDEX \`_events_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_cancellation_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_pacts_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_pacts_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_objectives\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` ADD \`version_objectives_text\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_pacts_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_description\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_indicators_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_indicators_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_name\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` ADD \`version_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_indicators_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_results_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_results_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_results_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_grants_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_grants_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_grants_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods_works_progress\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods_venue_opening_hours\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods_contacts\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`neighbourhoods\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v_version_works_progress\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v_version_venue_opening_hours\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`_neighbourhoods_v_version_contacts\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`laboratories_sessions\` ADD \`topic\` text;`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`laboratories\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`_laboratories_v_version_sessions\` ADD \`topic\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`cancellation_reason\` text;`)
  await db.run(sql`ALTER TABLE \`pacts_signatories\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`pacts_commitments\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`pacts_attachments\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`objectives\` text;`)
  await db.run(sql`ALTER TABLE \`pacts\` ADD \`objectives_text\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v_version_signatories\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v_version_commitments\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`_pacts_v_version_attachments\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`projects_milestones\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`projects_milestones\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v_version_milestones\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v_version_milestones\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`indicators_measurements\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`_indicators_v_version_measurements\` ADD \`note\` text;`)
  await db.run(sql`ALTER TABLE \`results_key_figures\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`results_key_figures\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`results_attachments\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`results\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v_version_key_figures\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v_version_key_figures\` ADD \`unit\` text;`)
  await db.run(sql`ALTER TABLE \`_results_v_version_attachments\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`grants_documents\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`grants_awards\` ADD \`purpose\` text;`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`grants\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`_grants_v_version_documents\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`_grants_v_version_awards\` ADD \`purpose\` text;`)
  // The Italian texts go back into their columns; translations are lost.
  for (const [table, columns] of MOVED_TO_LOCALES) await copyBackFromLocales(db, table, columns)
  await db.run(sql`DROP TABLE \`neighbourhoods_works_progress_locales\`;`)
  await db.run(sql`DROP TABLE \`neighbourhoods_venue_opening_hours_locales\`;`)
  await db.run(sql`DROP TABLE \`neighbourhoods_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`neighbourhoods_locales\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_version_works_progress_locales\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_version_venue_opening_hours_locales\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_version_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_neighbourhoods_v_locales\`;`)
  await db.run(sql`DROP TABLE \`laboratories_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`laboratories_locales\`;`)
  await db.run(sql`DROP TABLE \`_laboratories_v_version_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`_laboratories_v_locales\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pacts_signatories_locales\`;`)
  await db.run(sql`DROP TABLE \`pacts_commitments_locales\`;`)
  await db.run(sql`DROP TABLE \`pacts_attachments_locales\`;`)
  await db.run(sql`DROP TABLE \`pacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_version_signatories_locales\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_version_commitments_locales\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_version_attachments_locales\`;`)
  await db.run(sql`DROP TABLE \`_pacts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_locales\`;`)
  await db.run(sql`DROP TABLE \`indicators_measurements_locales\`;`)
  await db.run(sql`DROP TABLE \`indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_version_measurements_locales\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_locales\`;`)
  await db.run(sql`DROP TABLE \`results_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`results_attachments_locales\`;`)
  await db.run(sql`DROP TABLE \`results_locales\`;`)
  await db.run(sql`DROP TABLE \`_results_v_version_key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_results_v_version_attachments_locales\`;`)
  await db.run(sql`DROP TABLE \`_results_v_locales\`;`)
  await db.run(sql`DROP TABLE \`grants_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`grants_awards_locales\`;`)
  await db.run(sql`DROP TABLE \`grants_locales\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_version_documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_version_awards_locales\`;`)
  await db.run(sql`DROP TABLE \`_grants_v_locales\`;`)
}
