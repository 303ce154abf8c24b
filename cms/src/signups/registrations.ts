import type { CollectionConfig } from 'payload'
import { DEFAULT_LOCALE, KNOWN_LOCALE_CODES, KNOWN_LOCALES } from '@quartieri/shared/platform/locales'
import { SIGNUP_MAILS } from '@quartieri/shared/signups/reconcile'
import { REGISTRATION_STATUSES } from '@quartieri/shared/signups/seat-rules'
import { cancelEndpoint, confirmEndpoint, exportEndpoint, signUpEndpoint } from './endpoints.ts'
import { attendanceEndpoint, checkInEndpoint, rosterEndpoint, walkInsEndpoint } from './roster.ts'
import { eraseByEmailEndpoint, eraseRegistrationEndpoint } from './staff-erase.ts'
import { participantsEndpoint } from './participants.ts'
import { promoteAfterDelete, releaseSeatBeforeDelete } from './seat-on-delete.ts'
import { staffCancelEndpoint } from './staff-cancel.ts'

const statusLabels: Record<(typeof REGISTRATION_STATUSES)[number], { it: string; en: string }> = {
  awaiting: { it: 'In attesa di conferma', en: 'Awaiting confirmation' },
  confirmed: { it: 'Confermata', en: 'Confirmed' },
  waitlisted: { it: "In lista d'attesa", en: 'Waitlisted' },
  cancelled: { it: 'Annullata', en: 'Cancelled' },
  expired: { it: 'Scaduta', en: 'Expired' },
}

const never = () => false

/**
 * Sign-ups: personal data. Staff only (operators for their neighbourhoods); never readable anonymously
 * through any API. Created only through the public sign-up endpoint, which applies the seat rules.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { it: 'Iscrizione', en: 'Sign-up' }, plural: { it: 'Iscrizioni', en: 'Sign-ups' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'laboratory', 'event', 'status', 'createdAt'],
    group: { it: 'Quartieri e laboratori', en: 'Neighbourhoods and labs' },
    description: {
      it: 'Dati personali: visibili solo al personale. Le iscrizioni di un laboratorio o di un evento sono anche nella sua scheda.',
      en: 'Personal data: staff only. A lab’s or event’s sign-ups are also on its own page.',
    },
    components: { beforeListTable: ['/src/signups/admin/signups-list-tools#SignupsListTools'] },
  },
  hooks: { beforeDelete: [releaseSeatBeforeDelete], afterDelete: [promoteAfterDelete] },
  endpoints: [
    signUpEndpoint,
    confirmEndpoint,
    cancelEndpoint,
    exportEndpoint,
    eraseByEmailEndpoint,
    participantsEndpoint,
    rosterEndpoint,
    attendanceEndpoint,
    walkInsEndpoint,
    checkInEndpoint,
    staffCancelEndpoint,
    eraseRegistrationEndpoint,
  ],
  fields: [
    {
      name: 'laboratory',
      type: 'relationship',
      relationTo: 'laboratories',
      index: true,
      label: { it: 'Laboratorio', en: 'Laboratory' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.laboratory) },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      index: true,
      label: { it: 'Evento', en: 'Event' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.event) },
    },
    { name: 'neighbourhood', type: 'relationship', relationTo: 'neighbourhoods', index: true, label: { it: 'Quartiere', en: 'Neighbourhood' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: { it: 'Stato', en: 'Status' },
      options: REGISTRATION_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'staffCancel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/signups/staff-cancel-button#StaffCancel' } },
    },
    {
      name: 'erasePerson',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/signups/admin/signups-list-tools#EraseOnePerson' } },
    },
    {
      name: 'cancellation',
      type: 'group',
      label: { it: 'Annullata dal personale', en: 'Cancelled by staff' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.cancellation?.at) },
      fields: [
        { name: 'reason', type: 'textarea', label: { it: 'Motivo', en: 'Reason' } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: { it: 'Da', en: 'By' } },
        { name: 'at', type: 'date', label: { it: 'Il', en: 'On' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'holdExpiresAt',
      type: 'date',
      label: { it: 'Posto riservato fino al', en: 'Seat held until' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'emailVerified', type: 'checkbox', defaultValue: false, label: { it: 'E-mail verificata', en: 'E-mail verified' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'name', type: 'text', label: { it: 'Nome e cognome', en: 'Full name' }, admin: { readOnly: true } },
    { name: 'email', type: 'email', index: true, label: { it: 'E-mail', en: 'E-mail' }, admin: { readOnly: true } },
    { name: 'phone', type: 'text', label: { it: 'Telefono', en: 'Phone' }, admin: { readOnly: true } },
    { name: 'organization', type: 'text', label: { it: 'Organizzazione', en: 'Organization' }, admin: { readOnly: true } },
    { name: 'accessibilityNeeds', type: 'textarea', label: { it: 'Esigenze di accessibilità', en: 'Accessibility needs' }, admin: { readOnly: true } },
    // The language of the page the person signed up on (one of the portal's, checked at sign-up): their mails are
    // written in it, Italian where the portal has no mail text. Every known locale may stay stored if a city drops one.
    {
      name: 'locale',
      type: 'select',
      defaultValue: DEFAULT_LOCALE,
      options: KNOWN_LOCALE_CODES.map((code) => ({ value: code, label: KNOWN_LOCALES[code].italianName })),
      label: { it: 'Lingua', en: 'Language' },
      admin: { readOnly: true },
    },
    {
      name: 'consent',
      type: 'group',
      label: { it: 'Consenso', en: 'Consent' },
      admin: { readOnly: true },
      fields: [
        { name: 'privacyNoticeVersion', type: 'text', label: { it: 'Versione informativa', en: 'Notice version' } },
        { name: 'acceptedAt', type: 'date', label: { it: 'Accettata il', en: 'Accepted at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'attendance',
      type: 'array',
      label: { it: 'Presenze agli incontri', en: 'Attendance' },
      labels: { singular: { it: 'Presenza', en: 'Attendance' }, plural: { it: 'Presenze', en: 'Attendances' } },
      admin: { description: { it: 'Una riga per ogni incontro a cui la persona ha partecipato.', en: 'One row per meeting the person attended.' } },
      fields: [
        { name: 'sessionDate', type: 'date', required: true, label: { it: "Data dell'incontro", en: 'Meeting date' } },
        { name: 'present', type: 'checkbox', defaultValue: true, label: { it: 'Presente', en: 'Present' } },
      ],
    },
    // Links the records one erasure request anonymised, so the person behind them is still counted once.
    { name: 'erasureGroup', type: 'text', index: true, admin: { hidden: true }, access: { read: never, update: never } },
    { name: 'erasedAt', type: 'date', label: { it: 'Dati cancellati il', en: 'Data erased on' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'erasedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { it: 'Dati cancellati da', en: 'Data erased by' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.erasedBy) },
    },
    // Unique per lab and address, so two simultaneous sign-ups of one person cannot both land.
    { name: 'dedupeKey', type: 'text', required: true, unique: true, admin: { hidden: true }, access: { read: never, update: never } },
    { name: 'confirmTokenHash', type: 'text', index: true, admin: { hidden: true }, access: { read: never, update: never } },
    { name: 'cancelTokenHash', type: 'text', index: true, admin: { hidden: true }, access: { read: never, update: never } },
    // The e-mail a sign-up step owes this person, set with the step's writes and cleared once sent: after a crash the reconciler sends what is still owed.
    { name: 'pendingMail', type: 'select', options: [...SIGNUP_MAILS], index: true, admin: { hidden: true }, access: { read: never, update: never } },
  ],
}
