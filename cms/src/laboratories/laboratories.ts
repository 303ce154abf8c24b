import type { CollectionConfig } from 'payload'
import { LAB_PHASES } from '@quartieri/shared/laboratories/laboratory'
import { slugField } from '../platform/fields/slug.ts'
import { assignNeighbourhoodFromPoint, neighbourhoodFromPointField } from '../maps/assign-neighbourhood.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { translatable, translatableHTMLField } from '../platform/localized-fields.ts'
import { latLngGroup } from '../neighbourhoods/neighbourhoods.ts'
import { sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { availabilityEndpoint } from '../signups/endpoints.ts'

const phaseLabels: Record<(typeof LAB_PHASES)[number], { it: string; en: string }> = {
  listening: { it: 'Ascolto', en: 'Listening' },
  'co-design': { it: 'Co-progettazione', en: 'Co-design' },
  'pact-drafting': { it: 'Stesura del patto', en: 'Pact drafting' },
  implementation: { it: 'Realizzazione', en: 'Implementation' },
  closed: { it: 'Concluso', en: 'Closed' },
}

// Events and pacts show their lab's name: a change reloads both indexes.
const sitePurge = sitePurgeHooks(() => ({ reloadEvents: true, reloadPacts: true }))

export const Laboratories: CollectionConfig = {
  slug: 'laboratories',
  labels: { singular: { it: 'Laboratorio', en: 'Laboratory' }, plural: { it: 'Laboratori', en: 'Laboratories' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'neighbourhood', 'phase', '_status'],
    group: { it: 'Quartieri e laboratori', en: 'Neighbourhoods and labs' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [availabilityEndpoint('laboratories')],
  hooks: {
    beforeValidate: [assignNeighbourhoodFromPoint(['venue', 'location'])],
    beforeChange: [
      ({ data, originalDoc }) => {
        // The retention period for sign-ups runs from the day a lab closes.
        if (data.phase === 'closed' && originalDoc?.phase !== 'closed' && !data.closedAt) data.closedAt = new Date().toISOString()
        if (data.phase !== 'closed') data.closedAt = null
        return data
      },
    ],
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    translatable({ name: 'title', type: 'text', required: true, maxLength: 160, label: { it: 'Titolo', en: 'Title' } }),
    slugField('title'),
    neighbourhoodFromPointField,
    {
      name: 'phase',
      type: 'select',
      required: true,
      defaultValue: 'listening',
      label: { it: 'Fase', en: 'Phase' },
      options: LAB_PHASES.map((value) => ({ value, label: phaseLabels[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'closedAt', type: 'date', label: { it: 'Concluso il', en: 'Closed on' }, admin: { position: 'sidebar', readOnly: true } },
    translatable({ name: 'summary', type: 'textarea', maxLength: 500, label: { it: 'Sintesi', en: 'Summary' } }),
    translatable({ name: 'description', type: 'richText', label: { it: 'Descrizione', en: 'Description' } }),
    translatableHTMLField({ htmlFieldName: 'descriptionHtml', lexicalFieldName: 'description' }),
    translatable({
      name: 'themes',
      type: 'text',
      hasMany: true,
      maxRows: 12,
      label: { it: 'Temi', en: 'Themes' },
    }),
    {
      name: 'venue',
      type: 'group',
      label: { it: 'Luogo', en: 'Venue' },
      fields: [
        { name: 'name', type: 'text', label: { it: 'Nome della sede', en: 'Venue name' } },
        { name: 'address', type: 'text', label: { it: 'Indirizzo', en: 'Address' } },
        latLngGroup('location', { it: 'Posizione', en: 'Location' }),
      ],
    },
    {
      name: 'sessions',
      type: 'array',
      label: { it: 'Calendario degli incontri', en: 'Meeting schedule' },
      labels: { singular: { it: 'Incontro', en: 'Meeting' }, plural: { it: 'Incontri', en: 'Meetings' } },
      fields: [
        { name: 'startsAt', type: 'date', required: true, label: { it: 'Inizio', en: 'Starts' }, admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } } },
        { name: 'endsAt', type: 'date', label: { it: 'Fine', en: 'Ends' }, admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } } },
        translatable({ name: 'topic', type: 'text', label: { it: 'Tema dell’incontro', en: 'Topic' } }),
        {
          name: 'attendees',
          type: 'number',
          min: 0,
          max: 100_000,
          label: { it: 'Partecipanti contati in presenza', en: 'People counted on site' },
          admin: {
            step: 1,
            description: {
              it: 'Per il rapporto di trasparenza: quante persone c’erano, iscritte o no.',
              en: 'For the transparency report: how many people came, signed up or not.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', required: true, min: 1, max: 10_000, defaultValue: 30, label: { it: 'Posti disponibili', en: 'Seats' } },
        { name: 'signupOpensAt', type: 'date', label: { it: 'Iscrizioni dal', en: 'Sign-up opens' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'signupClosesAt', type: 'date', label: { it: 'Iscrizioni fino al', en: 'Sign-up closes' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    // The sign-ups of this activity, their counts, the export, the roster (src/signups/admin/signups-panel.tsx).
    { name: 'signupsPanel', type: 'ui', admin: { components: { Field: '/src/signups/admin/signups-panel#SignupsPanel' } } },
    importFingerprintField,
  ],
}
