import type { Field } from 'payload'
import { translatable } from '../localized-fields.ts'

type Label = { it: string; en: string }

/** Files attached to a document (uploads to `media`), each with a description shown as its link text. */
export function attachmentsField(name: string, label: Label, item: Label, fileLabel: Label = { it: 'File', en: 'File' }): Field {
  return {
    name,
    type: 'array',
    maxRows: 20,
    label,
    labels: { singular: item, plural: label },
    fields: [
      { name: 'file', type: 'upload', relationTo: 'media', required: true, label: fileLabel },
      translatable({ name: 'label', type: 'text', maxLength: 200, label: { it: 'Descrizione', en: 'Label' } }),
    ],
  }
}
