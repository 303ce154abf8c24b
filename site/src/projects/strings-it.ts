import { labelStrings } from '@quartieri/shared/platform/labels'
import { projectStatusLabels } from '@quartieri/shared/projects/labels'

/** Italian strings of the projects pages; merged into platform/i18n/it.ts. */
export const projectsIt = {
  ...labelStrings('projectStatus', projectStatusLabels, 'it'),
  'project.pact': 'Patto',
  'project.neighbourhood': 'Quartiere',
  'project.domain': 'Ambito',
  'project.status': 'Stato',
  'project.budget': 'Budget',
  'project.spent': 'Speso',
  'project.dates': 'Periodo',
  'project.progress': 'Avanzamento del progetto',
  'project.milestones': 'Tappe',
  'project.noMilestones': 'Nessuna tappa registrata.',
  'project.indicators': 'Indicatori',
} as const
