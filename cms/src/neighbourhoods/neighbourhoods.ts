import type { CollectionConfig, Field } from 'payload'
import { boundaryProblem, unwrapBoundary } from '@quartieri/shared/maps/polygon'
import { TIME_OF_DAY, WEEKDAYS } from '@quartieri/shared/neighbourhoods/neighbourhood'
import { slugField } from '../platform/fields/slug.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { translatable, translatableHTMLField } from '../platform/localized-fields.ts'

const dayLabels: Record<(typeof WEEKDAYS)[number], { it: string; en: string }> = {
  mon: { it: 'Lunedì', en: 'Monday' },
  tue: { it: 'Martedì', en: 'Tuesday' },
  wed: { it: 'Mercoledì', en: 'Wednesday' },
  thu: { it: 'Giovedì', en: 'Thursday' },
  fri: { it: 'Venerdì', en: 'Friday' },
  sat: { it: 'Sabato', en: 'Saturday' },
  sun: { it: 'Domenica', en: 'Sunday' },
}

const timeOfDay = (value: unknown) => (typeof value === 'string' && TIME_OF_DAY.test(value) ? true : 'Usa il formato HH:MM, ad esempio 09:30 / Use HH:MM, e.g. 09:30')

/**
 * Latitude and longitude in decimal degrees (adapter-neutral: no geo index is needed). Staff type
 * the two numbers or click on the small map below them, which stores nothing of its own.
 */
export function latLngGroup(name: string, label: { it: string; en: string }): Field {
  return {
    name,
    type: 'group',
    label,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'lat', type: 'number', min: -90, max: 90, label: { it: 'Latitudine', en: 'Latitude' }, admin: { step: 0.0001 } },
          { name: 'lng', type: 'number', min: -180, max: 180, label: { it: 'Longitudine', en: 'Longitude' }, admin: { step: 0.0001 } },
        ],
      },
      {
        name: 'pointPicker',
        type: 'ui',
        label: { it: 'Punto sulla mappa', en: 'Point on the map' },
        admin: { disableListColumn: true, components: { Field: '/src/maps/PointPickerField#PointPickerField' } },
      },
    ],
  }
}

const count = (name: string, it: string, en: string): Field => ({ name, type: 'number', min: 0, label: { it, en }, admin: { step: 1 } })

// Events and pacts show their neighbourhood's name: a change reloads both indexes.
const sitePurge = sitePurgeHooks(() => ({ reloadEvents: true, reloadPacts: true }))

export const Neighbourhoods: CollectionConfig = {
  slug: 'neighbourhoods',
  labels: { singular: { it: 'Quartiere', en: 'Neighbourhood' }, plural: { it: 'Quartieri', en: 'Neighbourhoods' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    group: { it: 'Quartieri e laboratori', en: 'Neighbourhoods and labs' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { it: 'Nome', en: 'Name' } },
    slugField('name', { it: 'Es. san-siro: la pagina sarà /quartieri/san-siro', en: 'E.g. san-siro: the page will be /quartieri/san-siro' }),
    translatable({ name: 'summary', type: 'textarea', maxLength: 500, label: { it: 'Sintesi', en: 'Summary' } }),
    translatable({ name: 'description', type: 'richText', label: { it: 'Descrizione', en: 'Description' } }),
    translatableHTMLField({ htmlFieldName: 'descriptionHtml', lexicalFieldName: 'description' }),
    { name: 'image', type: 'upload', relationTo: 'media', label: { it: 'Immagine', en: 'Image' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { it: 'Dati', en: 'Figures' },
          fields: [
            {
              name: 'figures',
              type: 'group',
              label: { it: 'Dati del quartiere', en: 'Neighbourhood figures' },
              fields: [
                { name: 'referenceYear', type: 'number', min: 1900, max: 2100, label: { it: 'Anno di riferimento', en: 'Reference year' } },
                count('inhabitants', 'Abitanti', 'Inhabitants'),
                count('households', 'Nuclei familiari', 'Households'),
                count('publicHousingUnits', 'Alloggi di edilizia pubblica (ERP)', 'Public housing units'),
                count('unitsUnderWorks', 'Alloggi interessati dai lavori', 'Units under works'),
              ],
            },
            {
              name: 'worksProgress',
              type: 'array',
              label: { it: 'Avanzamento dei lavori', en: 'Works progress' },
              labels: { singular: { it: 'Voce', en: 'Item' }, plural: { it: 'Voci', en: 'Items' } },
              fields: [
                translatable({ name: 'label', type: 'text', required: true, label: { it: 'Categoria', en: 'Category' } }),
                { name: 'percent', type: 'number', required: true, min: 0, max: 100, label: { it: 'Percentuale', en: 'Percent' } },
                { name: 'asOf', type: 'date', label: { it: 'Aggiornato al', en: 'As of' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
              ],
            },
          ],
        },
        {
          label: { it: 'Sede e orari', en: 'Venue and hours' },
          fields: [
            {
              name: 'venue',
              type: 'group',
              label: { it: 'Sede del laboratorio', en: 'Lab venue' },
              fields: [
                { name: 'name', type: 'text', label: { it: 'Nome della sede', en: 'Venue name' } },
                { name: 'address', type: 'text', label: { it: 'Indirizzo', en: 'Address' } },
                latLngGroup('location', { it: 'Posizione', en: 'Location' }),
                {
                  name: 'openingHours',
                  type: 'array',
                  label: { it: 'Orari di apertura', en: 'Opening hours' },
                  labels: { singular: { it: 'Fascia oraria', en: 'Time slot' }, plural: { it: 'Fasce orarie', en: 'Time slots' } },
                  fields: [
                    {
                      type: 'row',
                      fields: [
                        {
                          name: 'day',
                          type: 'select',
                          required: true,
                          label: { it: 'Giorno', en: 'Day' },
                          options: WEEKDAYS.map((value) => ({ value, label: dayLabels[value] })),
                        },
                        { name: 'opens', type: 'text', required: true, label: { it: 'Apre alle', en: 'Opens' }, validate: timeOfDay },
                        { name: 'closes', type: 'text', required: true, label: { it: 'Chiude alle', en: 'Closes' }, validate: timeOfDay },
                      ],
                    },
                    translatable({ name: 'note', type: 'text', label: { it: 'Nota', en: 'Note' } }),
                  ],
                },
              ],
            },
            {
              name: 'contacts',
              type: 'array',
              label: { it: 'Contatti (operatori)', en: 'Contacts (operators)' },
              labels: { singular: { it: 'Contatto', en: 'Contact' }, plural: { it: 'Contatti', en: 'Contacts' } },
              fields: [
                { name: 'name', type: 'text', required: true, label: { it: 'Nome', en: 'Name' } },
                translatable({ name: 'role', type: 'text', label: { it: 'Ruolo', en: 'Role' } }),
                { name: 'email', type: 'email', label: { it: 'E-mail', en: 'E-mail' } },
                { name: 'phone', type: 'text', label: { it: 'Telefono', en: 'Phone' } },
              ],
            },
          ],
        },
        {
          label: { it: 'Mappa', en: 'Map' },
          fields: [
            latLngGroup('centre', { it: 'Centro del quartiere', en: 'Neighbourhood centre' }),
            {
              name: 'boundary',
              type: 'json',
              label: { it: 'Confine (GeoJSON Polygon)', en: 'Boundary (GeoJSON Polygon)' },
              admin: {
                // A plain text box and a map to draw on, instead of the code editor that loads from the internet.
                components: { Field: '/src/maps/BoundaryField#BoundaryField' },
                description: {
                  it: 'Incolla un poligono GeoJSON con coordinate [longitudine, latitudine] e anelli chiusi. Va bene anche una Feature o una FeatureCollection con un solo poligono, come quelle copiate da geojson.io: viene salvato il solo poligono.',
                  en: 'Paste a GeoJSON polygon with [longitude, latitude] coordinates and closed rings. A Feature or a FeatureCollection with one polygon, as copied from geojson.io, will do too: only the polygon is saved.',
                },
              },
              hooks: { beforeValidate: [({ value }) => unwrapBoundary(value)] },
              validate: (value: unknown) => boundaryProblem(value) ?? true,
            },
          ],
        },
      ],
    },
    importFingerprintField,
  ],
}
