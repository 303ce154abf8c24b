import type { CollectionConfig } from 'payload'
import { isAdminField } from '../access/is-admin.ts'
import { hasRole } from '../access/roles.ts'
import { forgiveLogin, throttleLogin } from '../auth/login-throttle.ts'
import { deferPasswordResetMail, sendPasswordResetMail } from '../auth/password-reset-mail.ts'
import { sessionCookies } from '../auth/session-cookies.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { it: 'Utente', en: 'User' }, plural: { it: 'Utenti', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: { it: 'Amministrazione', en: 'Administration' } },
  auth: {
    // No lock-out a stranger could trigger: failed logins are throttled by address and account instead (auth/login-throttle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: sessionCookies(),
  },
  hooks: {
    beforeOperation: [throttleLogin, deferPasswordResetMail],
    afterLogin: [forgiveLogin],
    afterOperation: [sendPasswordResetMail],
  },
  // Who may read and change accounts is in the access matrix; this says who may open the admin at all.
  access: { admin: ({ req }) => hasRole(req.user, 'admin', 'editor', 'operator') },
  fields: [
    { name: 'name', type: 'text', required: true, label: { it: 'Nome e cognome', en: 'Full name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'operator',
      label: { it: 'Ruolo', en: 'Role' },
      options: [
        { value: 'admin', label: { it: 'Amministratore', en: 'Administrator' } },
        { value: 'editor', label: { it: 'Redazione', en: 'Editor' } },
        { value: 'operator', label: { it: 'Operatore di quartiere', en: 'Neighbourhood operator' } },
      ],
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: 'neighbourhoods',
      hasMany: true,
      label: { it: 'Quartieri assegnati', en: 'Assigned neighbourhoods' },
      admin: {
        description: { it: 'Un operatore modifica solo i contenuti di questi quartieri.', en: 'An operator edits only content of these neighbourhoods.' },
        condition: (data) => data?.role === 'operator',
      },
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
  ],
}
