import type { UiKey } from './it.ts'
import { reportEn } from '../../transparency/report-strings-en.ts'
import { mapEn } from '../../maps/strings-en.ts'
import { opendataEn } from '../../pacts/open-data-strings-en.ts'
import { transparencyEn } from '../../transparency/strings-en.ts'
import { eventsEn } from '../../events/strings-en.ts'
import { laboratoriesEn } from '../../laboratories/strings-en.ts'
import { neighbourhoodsEn } from '../../neighbourhoods/strings-en.ts'
import { pactsEn } from '../../pacts/strings-en.ts'
import { projectsEn } from '../../projects/strings-en.ts'
import { signupsEn } from '../../signups/strings-en.ts'
import { homeEn } from '../../home/strings-en.ts'

/** English UI strings; the type makes a missing or extra key a build error. */
export const en: Record<UiKey, string> = {
  ...eventsEn,
  ...laboratoriesEn,
  ...neighbourhoodsEn,
  ...pactsEn,
  ...projectsEn,
  ...signupsEn,
  ...homeEn,
  ...opendataEn,
  ...reportEn,
  ...mapEn,
  ...transparencyEn,
  'site.skipToContent': 'Skip to main content',
  'site.tagline': 'Neighbourhood laboratories, collaboration pacts and projects',
  'site.mainNav': 'Main menu',
  'site.menu': 'Menu',
  // The language menu's label for this language, in this language: shown on the other languages' pages.
  'site.readInLanguage': 'Read this page in English',
  'form.crossSiteRefused': 'Forms of this site can only be sent from its own pages.',
  'nav.home': 'Home',
  'nav.neighbourhoods': 'Neighbourhoods',
  'footer.pec': 'Certified e-mail (PEC)',
  'footer.website': 'City website',
  'footer.contacts': 'Contacts',
  'footer.privacy': 'Privacy notice',
  'footer.accessibility': 'Accessibility statement',
  'footer.legal': 'Legal notes',
  'breadcrumbs.label': 'Breadcrumbs',
  'privacy.title': 'Privacy notice',
  'accessibility.title': 'Accessibility statement',
  'preview.banner': 'Preview of a draft: the public page has not changed. The link works for a few minutes and is not to be shared.',
  'preview.invalidTitle': 'Preview unavailable',
  'preview.invalid': 'This preview link is not valid. Previews are opened from the draft, in the admin.',
  'preview.expired': 'This preview link has expired. Open it again from the draft, in the admin.',
  'notFound.title': 'Page not found',
  'notFound.text': 'The page you are looking for does not exist or has moved. Check the address or start again from the home page.',
  'notFound.home': 'Back to the home page',
  'pagination.label': 'Result pages',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {page}',
  'pagination.status': 'Page {page} of {total}',
  'badRequest.title': 'Invalid request',
  'badRequest.page': 'The page number must be a whole number from 1 up.',
  'nav.laboratories': 'Laboratories',
  'nav.events': 'Events',
  'error.cmsUnavailable': 'The service is temporarily unavailable. Please try again in a few minutes.',
  'nav.pacts': 'Pacts',
}
