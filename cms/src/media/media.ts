import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { dataDirectory } from '../paths.ts'

/** Largest upload accepted, in bytes (MEDIA_MAX_BYTES; 10 MB by default). */
export const MEDIA_MAX_BYTES = Number(process.env.MEDIA_MAX_BYTES || 10 * 1024 * 1024)

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { it: 'File', en: 'File' }, plural: { it: 'Immagini e documenti', en: 'Images and documents' } },
  admin: { group: { it: 'Contenuti', en: 'Content' } },
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
  ],
}
