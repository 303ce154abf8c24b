import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { ids, sitePurgeHooks, type PurgeScopeOf } from '../platform/cache/purge-site.ts'
import { translatable } from '../platform/localized-fields.ts'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number | string }).id : value)

/** An indicator belongs to a pact or a project; its neighbourhoods (for operators' scope) follow from it. */
const attachToParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const pact = idOf('pact' in data ? data.pact : originalDoc?.pact)
  const project = idOf('project' in data ? data.project : originalDoc?.project)
  if (!pact && !project) {
    throw new APIError('Collega l’indicatore a un patto o a un progetto. / Attach the indicator to a pact or a project.', 400, { reason: 'indicator-parent' }, true)
  }
  if (project) {
    const doc = await req.payload.findByID({ collection: 'projects', id: project as number, depth: 0, draft: true, overrideAccess: true, req })
    data.neighbourhoods = [idOf(doc.neighbourhood)]
  } else {
    const doc = await req.payload.findByID({ collection: 'pacts', id: pact as number, depth: 0, draft: true, overrideAccess: true, req })
    data.neighbourhoods = (doc.neighbourhoods ?? []).map(idOf)
  }
  return data
}

/** What a pact or project measures (trees planted, people reached), against a baseline and a target. */
// A pact's page shows its projects' indicators: the pacts are found through the indicator's projects.
const indicatorPurgeScope: PurgeScopeOf = async ({ payload, doc, previousDoc }) => {
  const projects = ids(doc.project, previousDoc?.project)
  const found = projects.length
    ? await payload.find({ collection: 'projects', where: { id: { in: projects } }, depth: 0, limit: projects.length, pagination: false, draft: true, overrideAccess: true })
    : { docs: [] }
  return { pacts: ids(doc.pact, previousDoc?.pact, ...found.docs.map((p) => (p as { pact?: unknown }).pact)) }
}
const sitePurge = sitePurgeHooks(indicatorPurgeScope)

export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: { it: 'Indicatore', en: 'Indicator' }, plural: { it: 'Indicatori', en: 'Indicators' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'pact', 'project', 'target', '_status'], group: { it: 'Patti', en: 'Pacts' } },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [attachToParent],
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    translatable({ name: 'name', type: 'text', required: true, maxLength: 200, label: { it: 'Nome', en: 'Name' } }),
    { name: 'pact', type: 'relationship', relationTo: 'pacts', index: true, label: { it: 'Patto', en: 'Pact' }, admin: { position: 'sidebar' } },
    { name: 'project', type: 'relationship', relationTo: 'projects', index: true, label: { it: 'Progetto', en: 'Project' }, admin: { position: 'sidebar' } },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: 'neighbourhoods',
      hasMany: true,
      index: true,
      label: { it: 'Quartieri (dal patto o dal progetto)', en: 'Neighbourhoods (from the pact or project)' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      type: 'row',
      fields: [
        translatable({ name: 'unit', type: 'text', maxLength: 40, label: { it: 'Unità di misura', en: 'Unit' } }),
        { name: 'baseline', type: 'number', label: { it: 'Valore di partenza', en: 'Baseline' } },
        { name: 'target', type: 'number', label: { it: 'Obiettivo', en: 'Target' } },
      ],
    },
    {
      name: 'measurements',
      type: 'array',
      maxRows: 200,
      label: { it: 'Misurazioni', en: 'Measurements' },
      labels: { singular: { it: 'Misurazione', en: 'Measurement' }, plural: { it: 'Misurazioni', en: 'Measurements' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, label: { it: 'Data', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            { name: 'value', type: 'number', required: true, label: { it: 'Valore', en: 'Value' } },
          ],
        },
        translatable({ name: 'note', type: 'text', maxLength: 300, label: { it: 'Nota', en: 'Note' } }),
      ],
    },
    importFingerprintField,
  ],
}
