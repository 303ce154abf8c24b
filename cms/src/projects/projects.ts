import type { CollectionConfig } from 'payload'
import { slugField } from '../platform/fields/slug.ts'
import { assignNeighbourhoodFromPoint, neighbourhoodFromPointField } from '../maps/assign-neighbourhood.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { translatable, translatableHTMLField } from '../platform/localized-fields.ts'
import { latLngGroup } from '../neighbourhoods/neighbourhoods.ts'
import { ids, sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { selectOptions as options } from '@quartieri/shared/platform/labels'
import { projectDomainLabels, projectStatusLabels } from '@quartieri/shared/projects/labels'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/** What a pact's parties carry out: works (care of the city) or activities (care of the community). */
// A pact's page shows its projects.
const sitePurge = sitePurgeHooks(({ doc, previousDoc }) => ({ pacts: ids(doc.pact, previousDoc?.pact) }))

export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: { it: 'Progetto', en: 'Project' }, plural: { it: 'Progetti', en: 'Projects' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'pact', 'status', 'progress', '_status'], group: { it: 'Patti', en: 'Pacts' } },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [assignNeighbourhoodFromPoint(['location'])],
    beforeChange: [],
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    translatable({ name: 'title', type: 'text', required: true, maxLength: 200, label: { it: 'Titolo', en: 'Title' } }),
    slugField('title'),
    { name: 'pact', type: 'relationship', relationTo: 'pacts', index: true, label: { it: 'Patto', en: 'Pact' }, admin: { position: 'sidebar' } },
    neighbourhoodFromPointField,
    { name: 'domain', type: 'select', required: true, options: options(projectDomainLabels), label: { it: 'Ambito', en: 'Domain' }, admin: { position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: options(projectStatusLabels),
      label: { it: 'Stato', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    { name: 'progress', type: 'number', min: 0, max: 100, defaultValue: 0, label: { it: 'Avanzamento (%)', en: 'Progress (%)' }, admin: { position: 'sidebar', step: 1 } },
    translatable({ name: 'summary', type: 'textarea', maxLength: 500, label: { it: 'Sintesi', en: 'Summary' } }),
    translatable({ name: 'description', type: 'richText', label: { it: 'Descrizione', en: 'Description' } }),
    translatableHTMLField({ htmlFieldName: 'descriptionHtml', lexicalFieldName: 'description' }),
    {
      type: 'row',
      fields: [
        { name: 'budget', type: 'number', min: 0, max: 1e9, label: { it: 'Budget (€)', en: 'Budget (€)' } },
        { name: 'spent', type: 'number', min: 0, max: 1e9, label: { it: 'Speso (€)', en: 'Spent (€)' } },
        { name: 'startDate', type: 'date', label: { it: 'Inizio', en: 'Start' }, admin: day },
        { name: 'endDate', type: 'date', label: { it: 'Fine', en: 'End' }, admin: day },
      ],
    },
    latLngGroup('location', { it: 'Posizione', en: 'Location' }),
    {
      name: 'milestones',
      type: 'array',
      maxRows: 50,
      label: { it: 'Tappe', en: 'Milestones' },
      labels: { singular: { it: 'Tappa', en: 'Milestone' }, plural: { it: 'Tappe', en: 'Milestones' } },
      fields: [
        { name: 'date', type: 'date', required: true, label: { it: 'Data', en: 'Date' }, admin: day },
        translatable({ name: 'title', type: 'text', required: true, maxLength: 200, label: { it: 'Titolo', en: 'Title' } }),
        translatable({ name: 'note', type: 'textarea', maxLength: 1000, label: { it: 'Nota', en: 'Note' } }),
      ],
    },
    importFingerprintField,
  ],
}
