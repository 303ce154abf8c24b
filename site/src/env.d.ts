/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The language of the page: the request path's prefix (/en/…), or the default language (Italian) where it
     * has none. Set by the middleware before anything renders; pages and views read their language only here.
     */
    locale: import('./platform/i18n/locales.ts').SiteLocale
    /** Set by the preview page (/anteprima/…): the layout says it is a draft and asks not to be indexed. */
    preview?: boolean
  }
}
