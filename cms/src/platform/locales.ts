import { DEFAULT_LOCALE, DEFAULT_PORTAL_LOCALES, KNOWN_LOCALES, parseLocaleList, type LocaleCode } from '@quartieri/shared/platform/locales'

let configured: LocaleCode[] | undefined

/**
 * The locales of this portal's content: PORTAL_LOCALES (comma-separated codes, Italian included;
 * default "it,en"). The one place the CMS reads it; a wrong list stops the CMS at start, naming the codes.
 */
export function portalLocales(): LocaleCode[] {
  configured ??= parseLocaleList(process.env.PORTAL_LOCALES ?? DEFAULT_PORTAL_LOCALES)
  return configured
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
