/** One content page of each kind, as the demo data fills them: the suites and the bench that walk every page type start here. */
export const CONTENT_PAGES = [
  '/',
  '/quartieri',
  '/quartieri/san-siro',
  '/laboratori',
  '/laboratori/san-siro-biblioteca-di-quartiere',
  '/eventi',
  '/eventi?vista=mese',
  '/eventi/san-siro-assemblea-pubblica-biblioteca',
  '/patti',
  '/patti/cortile-via-abbiati',
  '/patti/dizionario-dati',
  '/progetti/cortile-abbiati-aiuole',
  '/risultati',
  '/risultati/laboratori-di-quartiere-2017-2018',
  '/contributi',
  '/trasparenza',
] as const
