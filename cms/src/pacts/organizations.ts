import type { CollectionConfig } from 'payload'
import { isStaffField } from '../platform/access/is-staff.ts'
import { slugField } from '../platform/fields/slug.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { selectOptions as options } from '@quartieri/shared/platform/labels'
import { organizationKindLabels } from '@quartieri/shared/pacts/labels'

/** Associations, businesses, schools and other parties that sign pacts. No personal data: volunteers are counted in the pact, never named. */
// Pacts show their signatories' names: a change reloads the pact index.
const sitePurge = sitePurgeHooks(() => ({ reloadPacts: true }))

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: { it: 'Organizzazione', en: 'Organization' }, plural: { it: 'Organizzazioni', en: 'Organizations' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', '_status'], group: { it: 'Patti', en: 'Pacts' } },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [],
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { it: 'Nome', en: 'Name' } },
    slugField('name'),
    { name: 'kind', type: 'select', required: true, options: options(organizationKindLabels), label: { it: 'Tipo', en: 'Kind' }, admin: { position: 'sidebar' } },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: 'neighbourhoods',
      hasMany: true,
      index: true,
      label: { it: 'Quartieri', en: 'Neighbourhoods' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'website',
      type: 'text',
      maxLength: 300,
      label: { it: 'Sito web', en: 'Website' },
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          ? true
          : 'Un indirizzo che inizia con http:// o https:// / an address starting with http:// or https://',
    },
    {
      name: 'taxCode',
      type: 'text',
      maxLength: 16,
      label: { it: 'Codice fiscale o partita IVA', en: 'Tax code or VAT number' },
      admin: {
        description: {
          it: 'Dell’ente, non di persone: si pubblica con i contributi ricevuti (D.Lgs. 33/2013, art. 27).',
          en: 'Of the body, never of a person: published with the grants it receives (D.Lgs. 33/2013, art. 27).',
        },
      },
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^(\d{11}|[A-Z0-9]{16})$/.test(value))
          ? true
          : 'Undici cifre o sedici caratteri maiuscoli / eleven digits or sixteen upper-case characters',
    },
    // A note for staff: never on the public API (REST or GraphQL).
    { name: 'description', type: 'textarea', maxLength: 2000, label: { it: 'Descrizione', en: 'Description' }, access: { read: isStaffField } },
    importFingerprintField,
  ],
}
