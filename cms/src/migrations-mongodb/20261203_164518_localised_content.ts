import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'
import { changeAt, fromItalian, toItalian } from '../platform/localized-values.ts'

/**
 * The fields that became translatable, as the SQLite migration of the same name moves them into `_locales`
 * tables: `*` stands for every row of an array. Kept here as they were then, whatever the collections become.
 */
const TRANSLATABLE: Record<string, string[]> = {
  neighbourhoods: ['summary', 'description', 'worksProgress.*.label', 'venue.openingHours.*.note', 'contacts.*.role'],
  laboratories: ['title', 'summary', 'description', 'themes', 'sessions.*.topic'],
  events: ['title', 'summary', 'description', 'cancellationReason'],
  pacts: ['title', 'summary', 'objectives', 'objectivesText', 'signatories.*.role', 'commitments.*.description', 'attachments.*.label'],
  projects: ['title', 'summary', 'description', 'milestones.*.title', 'milestones.*.note'],
  indicators: ['name', 'unit', 'measurements.*.note'],
  results: ['title', 'summary', 'body', 'keyFigures.*.label', 'keyFigures.*.unit', 'attachments.*.label'],
  grants: ['title', 'summary', 'documents.*.label', 'awards.*.purpose'],
}

type Args = MigrateUpArgs | MigrateDownArgs
type Change = (value: unknown) => unknown

/** Rewrites the translatable fields of every document and every stored version, with the driver (no schema casting). */
async function rewrite({ payload, session }: Args, change: Change): Promise<void> {
  const db = payload.db as unknown as MongooseAdapter
  for (const [slug, paths] of Object.entries(TRANSLATABLE)) {
    const stores = [
      { collection: db.collections[slug]?.collection, paths },
      { collection: db.versions[slug]?.collection, paths: paths.map((path) => `version.${path}`) },
    ]
    for (const { collection, paths: fieldPaths } of stores) {
      if (!collection) continue
      for await (const doc of collection.find({}, { session })) {
        const changed = new Set<string>()
        for (const path of fieldPaths) if (changeAt(doc, path, change)) changed.add(path.split('.')[0]!)
        if (changed.size === 0) continue
        await collection.updateOne({ _id: doc._id }, { $set: Object.fromEntries([...changed].map((top) => [top, doc[top]])) }, { session })
      }
    }
  }
}

/** Existing texts become the Italian ones: `"…"` becomes `{ "it": "…" }`, as Payload keeps translatable fields. */
export async function up(args: MigrateUpArgs): Promise<void> {
  await rewrite(args, toItalian)
}

/** Back to one text per field, the Italian one; translations are lost. */
export async function down(args: MigrateDownArgs): Promise<void> {
  await rewrite(args, fromItalian)
}
