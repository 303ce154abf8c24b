import type { SiteLocale } from '../i18n/index.ts'
import AccessibilityEn from './AccessibilityEn.astro'
import AccessibilityIt from './AccessibilityIt.astro'
import PrivacyEn from './PrivacyEn.astro'
import PrivacyIt from './PrivacyIt.astro'

/*
 * The legal texts of the site, one per language: a language the site is offered in must have its own (the type
 * says so), written for it rather than machine-made, since the privacy notice and the accessibility statement
 * are what the city answers for.
 */

/** The privacy notice (/privacy), per language. */
export const privacyNotices: Record<SiteLocale, typeof PrivacyIt> = { it: PrivacyIt, en: PrivacyEn }

/** The accessibility statement (/accessibilita), per language. */
export const accessibilityStatements: Record<SiteLocale, typeof AccessibilityIt> = { it: AccessibilityIt, en: AccessibilityEn }
