import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { idOf } from '@quartieri/shared/platform/ids'
import { absoluteHttpUrl } from '@quartieri/shared/platform/env-schema'
import { retentionPeriods } from '../../signups/retention.ts'
import { isStaffField } from '../access/is-staff.ts'
import { purgeSiteOnGlobalChange } from '../cache/purge-site.ts'
import { latLngGroup } from '../../neighbourhoods/neighbourhoods.ts'

/** A web address, or nothing. */
const httpAddress = (value: unknown) =>
  value === null || value === undefined || value === '' || absoluteHttpUrl(String(value)) !== undefined
    ? true
    : 'Inserisci un indirizzo completo, che inizi con https:// / Enter a full address starting with https://'

/** The emblem shows on every public page: its file is public whatever uses it. */
const publishEmblem: GlobalAfterChangeHook = async ({ doc, req }) => {
  const emblem = idOf(doc.emblem)
  if (emblem !== undefined && emblem !== null) await req.payload.update({ collection: 'media', id: emblem, data: { public: true }, overrideAccess: true, depth: 0, req })
  return doc
}

export const Settings: GlobalConfig = {
  slug: 'settings',
  label: { it: 'Impostazioni del sito', en: 'Site settings' },
  admin: { group: { it: 'Amministrazione', en: 'Administration' } },
  hooks: {
    afterChange: [publishEmblem, purgeSiteOnGlobalChange],
    // The privacy notice states the retention periods, which the configuration sets (SIGNUP_*_RETENTION_DAYS).
    afterRead: [({ doc }) => ({ ...doc, retentionDays: retentionPeriods() })],
  },
  fields: [
    {
      name: 'cityName',
      type: 'text',
      maxLength: 120,
      label: { it: 'Nome del Comune', en: 'City name' },
      admin: {
        description: {
          it: 'Es. «Comune di Latina»: compare nell’intestazione, nel piè di pagina, nei titoli e nei dati aperti.',
          en: 'E.g. "Comune di Latina": shown in the header, footer, titles and open data.',
        },
      },
    },
    { name: 'portalName', type: 'text', required: true, defaultValue: 'Quartieri', maxLength: 80, label: { it: 'Nome del portale', en: 'Portal name' } },
    {
      name: 'emblem',
      type: 'upload',
      relationTo: 'media',
      label: { it: 'Stemma del Comune', en: 'City emblem' },
      admin: { description: { it: 'Immagine mostrata nell’intestazione del sito, accanto al nome del Comune.', en: 'Image shown in the site header, next to the city name.' } },
    },
    { name: 'contactEmail', type: 'email', label: { it: 'E-mail di contatto', en: 'Contact e-mail' } },
    { name: 'pec', type: 'email', label: { it: 'PEC (posta elettronica certificata)', en: 'Certified e-mail (PEC)' } },
    { name: 'contactPhone', type: 'text', maxLength: 40, label: { it: 'Telefono', en: 'Phone' } },
    { name: 'contactAddress', type: 'text', maxLength: 200, label: { it: 'Indirizzo', en: 'Address' } },
    { name: 'website', type: 'text', maxLength: 500, validate: httpAddress, label: { it: 'Sito istituzionale del Comune', en: 'City website' } },
    {
      name: 'accessibilityStatementUrl',
      type: 'text',
      maxLength: 500,
      validate: httpAddress,
      label: { it: 'Dichiarazione di accessibilità (link AgID)', en: 'Accessibility statement (AgID link)' },
      admin: { description: { it: 'L’indirizzo della dichiarazione compilata su form.agid.gov.it.', en: 'The address of the statement filled in on form.agid.gov.it.' } },
    },
    {
      name: 'openDataPublisher',
      type: 'text',
      maxLength: 200,
      label: { it: 'Editore dei dati aperti', en: 'Open data publisher' },
      admin: { description: { it: 'Il campo «fonte» dei dati aperti; vuoto: il nome del Comune.', en: 'The open data\'s "fonte" field; empty: the city name.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'dpoName', type: 'text', maxLength: 200, label: { it: 'Responsabile della protezione dei dati (RPD/DPO)', en: 'Data protection officer (DPO)' } },
        { name: 'dpoEmail', type: 'email', label: { it: 'E-mail del RPD/DPO', en: 'DPO e-mail' } },
      ],
    },
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
      name: 'identitySetAt',
      type: 'date',
      label: { it: 'Identità del Comune impostata il', en: 'City identity set on' },
      access: { read: isStaffField },
      admin: { readOnly: true, position: 'sidebar' },
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
