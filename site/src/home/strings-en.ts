import type { homeIt } from './strings-it.ts'

/** English strings of the home pages; merged into platform/i18n/en.ts. */
export const homeEn: Record<keyof typeof homeIt, string> = {
  'home.title': 'Take part in your neighbourhood',
  'home.intro': 'In the neighbourhood laboratories residents, associations and local businesses meet the operators, co-design projects and sign collaboration pacts with the city.',
  'home.neighbourhoods': 'Neighbourhoods',
  'home.allNeighbourhoods': 'All neighbourhoods',
}
