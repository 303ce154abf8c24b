import type { neighbourhoodsIt } from './strings-it.ts'

/** English strings of the neighbourhoods pages; merged into platform/i18n/en.ts. */
export const neighbourhoodsEn: Record<keyof typeof neighbourhoodsIt, string> = {
  'neighbourhoods.title': 'Neighbourhoods',
  'neighbourhoods.intro': "The programme's neighbourhoods, with their figures, the progress of works and the lab venue.",
  'neighbourhoods.empty': 'No neighbourhood has been published yet. Please come back soon.',
  'neighbourhoods.count': '{count|# neighbourhood|# neighbourhoods}',
  'neighbourhood.figures': 'The neighbourhood in figures',
  'neighbourhood.figuresYear': 'Figures as of {year}',
  'neighbourhood.inhabitants': 'Inhabitants',
  'neighbourhood.households': 'Households',
  'neighbourhood.publicHousingUnits': 'Public housing units',
  'neighbourhood.unitsUnderWorks': 'Units under works',
  'neighbourhood.worksProgress': 'Works progress',
  'neighbourhood.worksAsOf': 'As of {date}',
  'neighbourhood.percentComplete': '{label}: {percent}% complete',
  'neighbourhood.venue': 'Lab venue',
  'neighbourhood.address': 'Address',
  'neighbourhood.openingHours': 'Opening hours',
  'neighbourhood.noOpeningHours': 'Opening hours have not been published yet.',
  'neighbourhood.about': 'About the neighbourhood',
  'neighbourhood.contacts': 'Contacts',
  'neighbourhood.mapLink': 'View on OpenStreetMap',
}
