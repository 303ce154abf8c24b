import { labelStrings } from '@quartieri/shared/platform/labels'
import { projectStatusLabels } from '@quartieri/shared/projects/labels'
import type { projectsIt } from './strings-it.ts'

/** English strings of the projects pages; merged into platform/i18n/en.ts. */
export const projectsEn: Record<keyof typeof projectsIt, string> = {
  ...labelStrings('projectStatus', projectStatusLabels, 'en'),
  'project.pact': 'Pact',
  'project.neighbourhood': 'Neighbourhood',
  'project.domain': 'Domain',
  'project.status': 'Status',
  'project.budget': 'Budget',
  'project.spent': 'Spent',
  'project.dates': 'Period',
  'project.progress': 'Project progress',
  'project.milestones': 'Milestones',
  'project.noMilestones': 'No milestones recorded.',
  'project.indicators': 'Indicators',
}
