import { DEFAULT_LOCALE, KNOWN_LOCALES, type LocaleCode } from '@quartieri/shared/platform/locales'
import { config } from './config.ts'

/**
 * The locales of this portal's content: PORTAL_LOCALES (comma-separated codes, Italian included;
 * default "it,en"), read by the configuration module; a wrong list stops the CMS at start, naming it.
 */
export function portalLocales(): LocaleCode[] {
  return [...config.PORTAL_LOCALES]
}

/** Payload's localisation: every configured locale, labelled for staff in its own language, Italian the fallback. */
export function payloadLocalization() {
  return {
    locales: portalLocales().map((code) => ({
      code,
      label: KNOWN_LOCALES[code].nativeName,
      ...(KNOWN_LOCALES[code].direction === 'rtl' ? { rtl: true } : {}),
    })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  }
}
