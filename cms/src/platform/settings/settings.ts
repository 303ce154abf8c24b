import type { GlobalConfig } from 'payload'
import { isStaffField } from '../access/is-staff.ts'
import { purgeSiteOnGlobalChange } from '../cache/purge-site.ts'
import { latLngGroup } from '../../neighbourhoods/neighbourhoods.ts'

export const Settings: GlobalConfig = {
  slug: 'settings',
  label: { it: 'Impostazioni del sito', en: 'Site settings' },
  admin: { group: { it: 'Amministrazione', en: 'Administration' } },
  hooks: { afterChange: [purgeSiteOnGlobalChange] },
  fields: [
    { name: 'cityName', type: 'text', required: true, defaultValue: 'Comune di Milano', label: { it: 'Nome del Comune', en: 'City name' } },
    { name: 'portalName', type: 'text', required: true, defaultValue: 'Quartieri', label: { it: 'Nome del portale', en: 'Portal name' } },
    { name: 'contactEmail', type: 'email', label: { it: 'E-mail di contatto', en: 'Contact e-mail' } },
    { name: 'contactPhone', type: 'text', label: { it: 'Telefono', en: 'Phone' } },
    { name: 'contactAddress', type: 'text', label: { it: 'Indirizzo', en: 'Address' } },
    {
      name: 'privacyNoticeVersion',
      type: 'text',
      required: true,
      defaultValue: '1.0',
      label: { it: "Versione dell'informativa privacy", en: 'Privacy notice version' },
      admin: { description: { it: 'Registrata con ogni consenso raccolto.', en: 'Stored with every consent collected.' } },
    },
    { name: 'mapStyleUrl', type: 'text', label: { it: 'URL dello stile della mappa di base', en: 'Basemap style URL' } },
    {
      name: 'defaultMapView',
      type: 'group',
      label: { it: 'Vista iniziale della mappa', en: 'Default map view' },
      fields: [latLngGroup('centre', { it: 'Centro', en: 'Centre' }), { name: 'zoom', type: 'number', min: 1, max: 20, defaultValue: 12, label: { it: 'Zoom', en: 'Zoom' } }],
    },
    {
      name: 'demoDataLoadedAt',
      type: 'date',
      label: { it: 'Dati dimostrativi caricati il', en: 'Demo data loaded on' },
      access: { read: isStaffField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
