import type { CollectionConfig } from 'payload'
import { attendanceTotalsEndpoint } from './roster.ts'

/**
 * The head count of one meeting, kept by the attendance roster: people checked in (counted from their sign-ups'
 * attendance) and walk-ins. Closed: written by the roster's endpoints, read by the roster and, as numbers only,
 * by the transparency report through `GET /api/meeting-attendance/totals`.
 */
export const MeetingAttendance: CollectionConfig = {
  slug: 'meeting-attendance',
  labels: { singular: { it: 'Presenze a un incontro', en: 'Meeting attendance' }, plural: { it: 'Presenze agli incontri', en: 'Meeting attendance' } },
  admin: { hidden: true },
  graphQL: false,
  indexes: [{ fields: ['activity'], unique: true }],
  endpoints: [attendanceTotalsEndpoint],
  fields: [
    // `laboratories:12:2027-04-06T16:00:00.000Z`: one record per meeting.
    { name: 'activity', type: 'text', required: true },
    { name: 'laboratory', type: 'relationship', relationTo: 'laboratories', index: true },
    { name: 'event', type: 'relationship', relationTo: 'events', index: true },
    { name: 'neighbourhood', type: 'relationship', relationTo: 'neighbourhoods' },
    { name: 'meeting', type: 'date', required: true },
    { name: 'present', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'walkIns', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'total', type: 'number', required: true, defaultValue: 0, min: 0 },
    { name: 'updatedBy', type: 'relationship', relationTo: 'users' },
  ],
}
