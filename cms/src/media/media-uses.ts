import type { CollectionConfig } from 'payload'

/** Owner of the row that asks the next bootstrap to rebuild every use (written by the migration that introduced uses). */
export const REBUILD_PENDING = 'rebuild-pending'

/**
 * Which document uses which file, kept by the hooks of track-media-use.ts: one row per document and file,
 * saying whether the document's published version uses it and which neighbourhoods the document belongs to.
 * A file's flags (`usedByPublished`, `neighbourhoods`) are worked out from these rows. System data: no one
 * reads or writes it through the API.
 */
export const MediaUses: CollectionConfig = {
  slug: 'media-uses',
  labels: { singular: { it: 'Uso di un file', en: 'File use' }, plural: { it: 'Usi dei file', en: 'File uses' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'media', type: 'relationship', relationTo: 'media', index: true },
    // `collection:id` of the document that uses the file.
    { name: 'owner', type: 'text', required: true, index: true },
    { name: 'published', type: 'checkbox', defaultValue: false },
    { name: 'neighbourhoods', type: 'relationship', relationTo: 'neighbourhoods', hasMany: true },
    // The document belongs to no neighbourhood: only editors and admins change the file.
    { name: 'cityWide', type: 'checkbox', defaultValue: false },
  ],
}
