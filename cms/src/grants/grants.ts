import type { CollectionConfig } from 'payload'
import { PUBLICATION_THRESHOLD_EUR, SELECTION_METHODS, type SelectionMethod } from '@quartieri/shared/grants/grant'
import { attachmentsField } from '../platform/fields/attachments.ts'
import { slugField } from '../platform/fields/slug.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { translatable } from '../platform/localized-fields.ts'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

const sitePurge = sitePurgeHooks()

export const selectionMethodLabels: Record<SelectionMethod, { it: string; en: string }> = {
  'public-call': { it: 'Avviso pubblico', en: 'Public call' },
  ranking: { it: 'Graduatoria di merito', en: 'Merit ranking' },
  'direct-award': { it: 'Assegnazione diretta motivata', en: 'Reasoned direct award' },
  agreement: { it: 'Accordo o convenzione', en: 'Agreement' },
}

/**
 * A call for grants ("bando") to non-profits and the awards made under it, with what D.Lgs. 33/2013
 * arts. 26–27 require to be public for each award: beneficiary, amount, legal basis, office and official
 * responsible, how the beneficiary was chosen, the project. The municipality's decisions: editors and
 * admins write them.
 */
export const Grants: CollectionConfig = {
  slug: 'grants',
  labels: { singular: { it: 'Bando di contributi', en: 'Grant call' }, plural: { it: 'Contributi', en: 'Grants' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'totalBudget', '_status'], group: { it: 'Trasparenza', en: 'Transparency' } },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    translatable({ name: 'title', type: 'text', required: true, maxLength: 200, label: { it: 'Titolo del bando', en: 'Title of the call' } }),
    slugField('title'),
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, label: { it: 'Anno', en: 'Year' } },
        { name: 'totalBudget', type: 'number', min: 0, max: 1e10, label: { it: 'Stanziamento totale (€)', en: 'Total budget (€)' } },
        { name: 'deadline', type: 'date', label: { it: 'Scadenza delle domande', en: 'Application deadline' }, admin: day },
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
    translatable({ name: 'summary', type: 'textarea', maxLength: 1000, label: { it: 'Oggetto del bando', en: 'Purpose of the call' } }),
    attachmentsField('documents', { it: 'Documenti', en: 'Documents' }, { it: 'Documento', en: 'Document' }),
    {
      name: 'awards',
      type: 'array',
      maxRows: 500,
      label: { it: 'Contributi assegnati', en: 'Awards' },
      labels: { singular: { it: 'Contributo', en: 'Award' }, plural: { it: 'Contributi', en: 'Awards' } },
      admin: {
        description: {
          it: `Dal contributo di ${PUBLICATION_THRESHOLD_EUR} € in su la pubblicazione è obbligatoria (D.Lgs. 33/2013, artt. 26–27).`,
          en: `Awards of €${PUBLICATION_THRESHOLD_EUR} or more must be published (D.Lgs. 33/2013, arts. 26–27).`,
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'beneficiary', type: 'relationship', relationTo: 'organizations', required: true, label: { it: 'Beneficiario', en: 'Beneficiary' } },
            { name: 'amount', type: 'number', required: true, min: 0.01, max: 1e9, label: { it: 'Importo (€)', en: 'Amount (€)' } },
            { name: 'awardedAt', type: 'date', required: true, label: { it: 'Data di concessione', en: 'Date awarded' }, admin: day },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'project', type: 'relationship', relationTo: 'projects', label: { it: 'Progetto', en: 'Project' } },
            translatable({ name: 'purpose', type: 'text', maxLength: 300, label: { it: 'Per che cosa', en: 'Purpose' } }),
            { name: 'neighbourhood', type: 'relationship', relationTo: 'neighbourhoods', label: { it: 'Quartiere', en: 'Neighbourhood' } },
          ],
        },
        { name: 'legalBasis', type: 'text', required: true, maxLength: 300, label: { it: 'Norma o titolo di attribuzione', en: 'Legal basis' } },
        {
          type: 'row',
          fields: [
            { name: 'office', type: 'text', required: true, maxLength: 200, label: { it: 'Ufficio responsabile', en: 'Responsible office' } },
            { name: 'responsible', type: 'text', maxLength: 200, label: { it: 'Responsabile del procedimento', en: 'Official responsible' } },
            {
              name: 'selectionMethod',
              type: 'select',
              required: true,
              defaultValue: 'public-call',
              options: SELECTION_METHODS.map((value) => ({ value, label: selectionMethodLabels[value] })),
              label: { it: 'Modalità di individuazione', en: 'Selection method' },
            },
          ],
        },
      ],
    },
    importFingerprintField,
  ],
}
