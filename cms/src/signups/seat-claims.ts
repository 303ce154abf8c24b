import type { CollectionConfig } from 'payload'

/**
 * One document per seat in use. Its key (activity:seat number) is unique in the database, so however many
 * sign-ups race for the last seat, the database lets exactly one of them have it (SQLite and MongoDB alike).
 */
export const SeatClaims: CollectionConfig = {
  slug: 'seat-claims',
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'laboratory', type: 'relationship', relationTo: 'laboratories', index: true },
    { name: 'event', type: 'relationship', relationTo: 'events', index: true },
    { name: 'registration', type: 'relationship', relationTo: 'registrations', required: true, unique: true },
    { name: 'seat', type: 'number', required: true },
  ],
}
