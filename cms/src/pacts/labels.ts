import type { OrganizationKind, PactKind, PactStatus, ResourceKind } from '@quartieri/shared/pacts/pact'
import type { ProjectDomain, ProjectStatus } from '@quartieri/shared/projects/project'

type Label = { it: string; en: string }

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
  memorandum: { it: 'Protocollo d’intesa', en: 'Memorandum' },
}

export const pactStatusLabels: Record<PactStatus, Label> = {
  drafting: { it: 'In redazione', en: 'Drafting' },
  approved: { it: 'Approvato dalla Giunta', en: 'Approved by the Giunta' },
  signed: { it: 'Sottoscritto', en: 'Signed' },
  'in-progress': { it: 'In corso', en: 'In progress' },
  completed: { it: 'Concluso', en: 'Completed' },
}

export const resourceKindLabels: Record<ResourceKind, Label> = {
  money: { it: 'Denaro', en: 'Money' },
  'in-kind': { it: 'Beni e servizi', en: 'In kind' },
  hours: { it: 'Ore di lavoro', en: 'Hours' },
  space: { it: 'Spazi', en: 'Space' },
}

export const projectDomainLabels: Record<ProjectDomain, Label> = {
  'care-of-city': { it: 'Cura della città', en: 'Care of the city' },
  'care-of-community': { it: 'Cura della comunità', en: 'Care of the community' },
}

export const projectStatusLabels: Record<ProjectStatus, Label> = {
  planned: { it: 'Programmato', en: 'Planned' },
  'in-progress': { it: 'In corso', en: 'In progress' },
  completed: { it: 'Concluso', en: 'Completed' },
  suspended: { it: 'Sospeso', en: 'Suspended' },
}

export const options = <T extends string>(labels: Record<T, Label>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))
