import type { Label } from '../platform/labels.ts'
import type { OrganizationKind, PactKind, PactStatus, PublicPactStatus, ResourceKind } from './pact.ts'

/*
 * What the pacts' stored values are called: the one source for the admin's select options and the
 * public site's pages (documented in cms/docs/import-format.md).
 */

export const organizationKindLabels: Record<OrganizationKind, Label> = {
  association: { it: 'Associazione', en: 'Association' },
  'volunteer-group': { it: 'Gruppo di volontariato', en: 'Volunteer group' },
  business: { it: 'Impresa o esercizio commerciale', en: 'Business' },
  'third-sector': { it: 'Ente del Terzo settore', en: 'Third-sector body' },
  school: { it: 'Scuola', en: 'School' },
  'informal-group': { it: 'Gruppo informale', en: 'Informal group' },
  institution: { it: 'Istituzione', en: 'Institution' },
}

export const pactKindLabels: Record<PactKind, Label> = {
  'collaboration-pact': { it: 'Patto di collaborazione', en: 'Pact of collaboration' },
  'citizenship-agreement': { it: 'Accordo di cittadinanza', en: 'Citizenship agreement' },
  memorandum: { it: 'Protocollo d’intesa', en: 'Memorandum of understanding' },
}

export const pactStatusLabels: Record<PactStatus, Label> = {
  drafting: { it: 'In redazione', en: 'Drafting' },
  approved: { it: 'Approvato dalla Giunta', en: 'Approved by the Giunta' },
  signed: { it: 'Sottoscritto', en: 'Signed' },
  'in-progress': { it: 'In corso', en: 'In progress' },
  completed: { it: 'Concluso', en: 'Completed' },
}

/** The statuses the public sees: the stored ones, and a pact past its validity. */
export const publicPactStatusLabels: Record<PublicPactStatus, Label> = {
  ...pactStatusLabels,
  expired: { it: 'Scaduto', en: 'Expired' },
}

export const resourceKindLabels: Record<ResourceKind, Label> = {
  money: { it: 'Denaro', en: 'Money' },
  'in-kind': { it: 'Beni e servizi', en: 'Goods and services' },
  hours: { it: 'Ore di lavoro', en: 'Working hours' },
  space: { it: 'Spazi', en: 'Space' },
}
