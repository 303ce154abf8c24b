import type { CollectionConfig } from 'payload'
import { EVENT_TYPES, ICAL_WEEKDAYS } from '@quartieri/shared/events/event'
import { slugField } from '../platform/fields/slug.ts'
import { assignNeighbourhoodFromPoint, neighbourhoodFromPointField } from '../maps/assign-neighbourhood.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { translatable, translatableHTMLField } from '../platform/localized-fields.ts'
import { latLngGroup } from '../neighbourhoods/neighbourhoods.ts'
import { ids, sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { availabilityEndpoint } from '../signups/endpoints.ts'
import { notifyRegistrantsOfChanges, raiseSequenceOnPublishedChange } from './change-notices.ts'

const typeLabels: Record<(typeof EVENT_TYPES)[number], { it: string; en: string }> = {
  'lab-session': { it: 'Incontro di laboratorio', en: 'Lab session' },
  assembly: { it: 'Assemblea pubblica', en: 'Public assembly' },
  'thematic-table': { it: 'Tavolo tematico', en: 'Thematic table' },
  workshop: { it: 'Workshop', en: 'Workshop' },
  festival: { it: 'Festa', en: 'Festival' },
  'info-desk': { it: 'Sportello', en: 'Info desk' },
}

const dayLabels: Record<(typeof ICAL_WEEKDAYS)[number], { it: string; en: string }> = {
  MO: { it: 'Lunedì', en: 'Monday' },
  TU: { it: 'Martedì', en: 'Tuesday' },
  WE: { it: 'Mercoledì', en: 'Wednesday' },
  TH: { it: 'Giovedì', en: 'Thursday' },
  FR: { it: 'Venerdì', en: 'Friday' },
  SA: { it: 'Sabato', en: 'Saturday' },
  SU: { it: 'Domenica', en: 'Sunday' },
}

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, timeFormat: 'HH:mm', displayFormat: 'dd/MM/yyyy HH:mm' } }

// The site's event index holds each event: a change reloads just that one.
const sitePurge = sitePurgeHooks(({ doc }) => ({ events: ids(doc.id) }))

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { it: 'Evento', en: 'Event' }, plural: { it: 'Eventi', en: 'Events' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'start', 'type', 'neighbourhood', '_status'], group: { it: 'Quartieri e laboratori', en: 'Neighbourhoods and labs' } },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [availabilityEndpoint('events')],
  hooks: {
    beforeValidate: [assignNeighbourhoodFromPoint(['venue', 'location'])],
    beforeChange: [raiseSequenceOnPublishedChange],
    afterChange: [sitePurge.afterChange, notifyRegistrantsOfChanges],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    translatable({ name: 'title', type: 'text', required: true, maxLength: 160, label: { it: 'Titolo', en: 'Title' } }),
    slugField('title'),
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'assembly',
      index: true,
      label: { it: 'Tipo', en: 'Type' },
      options: EVENT_TYPES.map((value) => ({ value, label: typeLabels[value] })),
      admin: { position: 'sidebar' },
    },
    neighbourhoodFromPointField,
    { name: 'laboratory', type: 'relationship', relationTo: 'laboratories', index: true, label: { it: 'Laboratorio', en: 'Laboratory' }, admin: { position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'date', required: true, index: true, label: { it: 'Inizio', en: 'Start' }, admin: dateTime },
        {
          name: 'end',
          type: 'date',
          label: { it: 'Fine', en: 'End' },
          admin: dateTime,
          validate: (value: unknown, { siblingData }: { siblingData: { start?: string } }) =>
            !value || !siblingData.start || Date.parse(String(value)) >= Date.parse(siblingData.start) ? true : "La fine deve seguire l'inizio / the end must follow the start",
        },
        { name: 'allDay', type: 'checkbox', label: { it: 'Tutto il giorno', en: 'All day' } },
      ],
    },
    translatable({ name: 'summary', type: 'textarea', maxLength: 500, label: { it: 'Sintesi', en: 'Summary' } }),
    translatable({ name: 'description', type: 'richText', label: { it: 'Descrizione', en: 'Description' } }),
    translatableHTMLField({ htmlFieldName: 'descriptionHtml', lexicalFieldName: 'description' }),
    {
      name: 'venue',
      type: 'group',
      label: { it: 'Luogo', en: 'Venue' },
      fields: [
        { name: 'name', type: 'text', label: { it: 'Nome del luogo', en: 'Venue name' } },
        { name: 'address', type: 'text', label: { it: 'Indirizzo', en: 'Address' } },
        latLngGroup('location', { it: 'Posizione', en: 'Location' }),
      ],
    },
    {
      name: 'recurrence',
      type: 'group',
      label: { it: 'Ripetizione', en: 'Recurrence' },
      admin: {
        description: {
          it: 'Per aperture regolari, ad esempio uno sportello aperto il lunedì e il mercoledì mattina.',
          en: 'For regular openings, e.g. a desk open on Monday and Wednesday mornings.',
        },
      },
      fields: [
        {
          name: 'frequency',
          type: 'select',
          defaultValue: 'none',
          label: { it: 'Frequenza', en: 'Frequency' },
          options: [
            { value: 'none', label: { it: 'Nessuna', en: 'None' } },
            { value: 'weekly', label: { it: 'Ogni settimana', en: 'Weekly' } },
          ],
        },
        {
          name: 'byDay',
          type: 'select',
          hasMany: true,
          label: { it: 'Nei giorni', en: 'On days' },
          options: ICAL_WEEKDAYS.map((value) => ({ value, label: dayLabels[value] })),
          admin: { condition: (_, sibling) => sibling?.frequency === 'weekly' },
        },
        {
          name: 'until',
          type: 'date',
          label: { it: 'Fino al (compreso)', en: 'Until (inclusive)' },
          admin: { date: { pickerAppearance: 'dayOnly' }, condition: (_, sibling) => sibling?.frequency === 'weekly' },
        },
        {
          name: 'exceptions',
          type: 'array',
          label: { it: 'Eccezioni (giorni senza apertura)', en: 'Exceptions (days without the event)' },
          admin: { condition: (_, sibling) => sibling?.frequency === 'weekly' },
          fields: [{ name: 'date', type: 'date', required: true, label: { it: 'Data', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly' } } }],
        },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      label: { it: 'Iscrizione', en: 'Registration' },
      fields: [
        {
          name: 'mode',
          type: 'select',
          defaultValue: 'none',
          label: { it: 'Iscrizione', en: 'Registration' },
          options: [
            { value: 'none', label: { it: 'Non serve', en: 'Not needed' } },
            { value: 'required', label: { it: 'Obbligatoria', en: 'Required' } },
          ],
        },
        {
          type: 'row',
          admin: { condition: (_, sibling) => sibling?.mode === 'required' },
          fields: [
            { name: 'capacity', type: 'number', min: 1, max: 100_000, defaultValue: 50, label: { it: 'Posti', en: 'Seats' } },
            { name: 'opensAt', type: 'date', label: { it: 'Iscrizioni dal', en: 'Opens' }, admin: dateTime },
            { name: 'closesAt', type: 'date', label: { it: 'Iscrizioni fino al', en: 'Closes' }, admin: dateTime },
          ],
        },
      ],
    },
    { name: 'cancelled', type: 'checkbox', label: { it: 'Annullato', en: 'Cancelled' }, admin: { position: 'sidebar' } },
    {
      name: 'attendees',
      type: 'number',
      min: 0,
      max: 100_000,
      label: { it: 'Partecipanti contati in presenza', en: 'People counted on site' },
      admin: {
        position: 'sidebar',
        step: 1,
        description: { it: 'Per il rapporto di trasparenza, a evento svolto.', en: 'For the transparency report, once the event has taken place.' },
      },
    },
    translatable({
      name: 'cancellationReason',
      type: 'text',
      maxLength: 300,
      label: { it: "Motivo dell'annullamento", en: 'Reason for cancelling' },
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.cancelled) },
    }),
    { name: 'sequence', type: 'number', defaultValue: 0, label: { it: 'Revisione (calendario)', en: 'Revision (calendar)' }, admin: { position: 'sidebar', readOnly: true } },
    // The sign-ups of this activity, their counts, the export, the roster (src/signups/admin/signups-panel.tsx).
    { name: 'signupsPanel', type: 'ui', admin: { components: { Field: '/src/signups/admin/signups-panel#SignupsPanel' } } },
    importFingerprintField,
  ],
}
