import path from 'node:path'
import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'
import { isStaffField } from '../platform/access/is-staff.ts'
import { config } from '../platform/config.ts'
import { dataDirectory } from '../platform/paths.ts'
import { forgetDeletedMedia } from './track-media-use.ts'

/** Largest upload accepted, in bytes (MEDIA_MAX_BYTES; 10 MB by default). */
export const MEDIA_MAX_BYTES = config.MEDIA_MAX_BYTES

/** Kept by the system (track-media-use.ts, the upload hook below): never written through the API. */
const bySystemOnly: FieldAccess = () => false
const systemField = { access: { create: bySystemOnly, update: bySystemOnly }, admin: { readOnly: true, position: 'sidebar' as const } }

/** Who uploaded a file: an operator may change an unused file only if it is theirs. */
const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user?.collection === 'users') return { ...data, createdBy: req.user.id }
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { it: 'File', en: 'File' }, plural: { it: 'Immagini e documenti', en: 'Images and documents' } },
  admin: { group: { it: 'Contenuti', en: 'Content' } },
  // Who reads and changes a file is in the access matrix: public while a published document uses it, or when staff mark it public.
  hooks: { beforeChange: [recordUploader], afterDelete: [forgetDeletedMedia] },
  upload: {
    staticDir: path.join(dataDirectory(), 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 800, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { it: 'Testo alternativo', en: 'Alternative text' },
      admin: { description: { it: "Descrivi l'immagine per chi non la vede (obbligatorio).", en: 'Describe the image for people who cannot see it (required).' } },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      label: { it: 'Pubblico anche se non usato da contenuti pubblicati', en: 'Public even if no published content uses it' },
      access: { create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description: {
          it: 'Altrimenti il file è visibile al pubblico solo finché lo usa un contenuto pubblicato.',
          en: 'Otherwise the public sees the file only while published content uses it.',
        },
      },
    },
    { name: 'usedByPublished', type: 'checkbox', defaultValue: false, label: { it: 'Usato da contenuti pubblicati', en: 'Used by published content' }, ...systemField },
    {
      name: 'inUse',
      type: 'checkbox',
      defaultValue: false,
      label: { it: 'Usato da contenuti (anche bozze)', en: 'Used by content (drafts too)' },
      ...systemField,
      access: { ...systemField.access, read: isStaffField },
    },
    {
      name: 'cityWide',
      type: 'checkbox',
      defaultValue: false,
      label: { it: 'Usato da contenuti senza quartiere', en: 'Used by content of no neighbourhood' },
      ...systemField,
      access: { ...systemField.access, read: isStaffField },
    },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: 'neighbourhoods',
      hasMany: true,
      label: { it: 'Quartieri dei contenuti che lo usano', en: 'Neighbourhoods of the content using it' },
      ...systemField,
      access: { ...systemField.access, read: isStaffField },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { it: 'Caricato da', en: 'Uploaded by' },
      ...systemField,
      access: { ...systemField.access, read: isStaffField },
    },
  ],
}
