import type { Label } from '../platform/labels.ts'
import type { ProjectDomain, ProjectStatus } from './project.ts'

/** What the projects' stored values are called: the one source for the admin's select options and the public site. */

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
