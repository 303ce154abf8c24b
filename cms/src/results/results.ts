import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'
import { attachmentsField } from '../platform/fields/attachments.ts'
import { slugField } from '../platform/fields/slug.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { translatable, translatableHTMLField } from '../platform/localized-fields.ts'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/** The period must run forwards; the first publication date is kept for the list's order. */
const checkPeriod: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const from = (data.periodFrom ?? originalDoc?.periodFrom) as string | undefined
  const to = (data.periodTo ?? originalDoc?.periodTo) as string | undefined
  if (from && to && new Date(to) < new Date(from)) {
    throw new APIError('Il periodo termina prima di iniziare / the period ends before it starts', 400, { field: 'periodTo' }, true)
  }
  if (data._status === 'published' && !originalDoc?.publishedAt && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}

/** A results publication: what a programme achieved over a period, in words, key figures and documents. */

const sitePurge = sitePurgeHooks()

export const Results: CollectionConfig = {
  slug: 'results',
  labels: { singular: { it: 'Risultato', en: 'Result' }, plural: { it: 'Risultati', en: 'Results' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'periodFrom', 'periodTo', '_status'], group: { it: 'Contenuti', en: 'Content' } },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [checkPeriod],
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    translatable({ name: 'title', type: 'text', required: true, maxLength: 200, label: { it: 'Titolo', en: 'Title' } }),
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', type: 'date', required: true, label: { it: 'Periodo: dal', en: 'Period: from' }, admin: day },
        { name: 'periodTo', type: 'date', required: true, label: { it: 'Periodo: al', en: 'Period: to' }, admin: day },
      ],
    },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: 'neighbourhoods',
      hasMany: true,
      index: true,
      label: { it: 'Quartieri', en: 'Neighbourhoods' },
      admin: { position: 'sidebar' },
    },
    { name: 'publishedAt', type: 'date', label: { it: 'Pubblicato il', en: 'Published on' }, admin: { position: 'sidebar', readOnly: true, ...day } },
    translatable({ name: 'summary', type: 'textarea', maxLength: 500, label: { it: 'Sintesi', en: 'Summary' } }),
    translatable({ name: 'body', type: 'richText', label: { it: 'Testo', en: 'Body' } }),
    translatableHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
    {
      name: 'keyFigures',
      type: 'array',
      maxRows: 30,
      label: { it: 'Cifre chiave', en: 'Key figures' },
      labels: { singular: { it: 'Cifra', en: 'Figure' }, plural: { it: 'Cifre', en: 'Figures' } },
      fields: [
        {
          type: 'row',
          fields: [
            translatable({ name: 'label', type: 'text', required: true, maxLength: 120, label: { it: 'Che cosa', en: 'What' } }),
            { name: 'value', type: 'number', required: true, label: { it: 'Valore', en: 'Value' } },
            translatable({ name: 'unit', type: 'text', maxLength: 20, label: { it: 'Unità (es. €, %)', en: 'Unit (e.g. €, %)' } }),
          ],
        },
      ],
    },
    attachmentsField('attachments', { it: 'Allegati', en: 'Attachments' }, { it: 'Allegato', en: 'Attachment' }),
    importFingerprintField,
  ],
}
