import type { Field } from 'payload'
import { isStaffField } from '../access/is-staff.ts'

/**
 * Hash of the import record a document was last written from: re-importing an unchanged
 * record is then a no-op (no write, no new version), and staff edits made since are kept.
 */
export const importFingerprintField: Field = {
  name: 'importFingerprint',
  type: 'text',
  index: true,
  admin: { hidden: true },
  access: { read: isStaffField, update: () => false, create: () => false },
}
