import { opendataIt } from '../../pacts/open-data-strings-it.ts'
import { reportIt } from '../../transparency/report-strings-it.ts'
import { mapIt } from '../../maps/strings-it.ts'
import { transparencyIt } from '../../transparency/strings-it.ts'
import { eventsIt } from '../../events/strings-it.ts'
import { laboratoriesIt } from '../../laboratories/strings-it.ts'
import { neighbourhoodsIt } from '../../neighbourhoods/strings-it.ts'
import { pactsIt } from '../../pacts/strings-it.ts'
import { projectsIt } from '../../projects/strings-it.ts'
import { signupsIt } from '../../signups/strings-it.ts'
import { homeIt } from '../../home/strings-it.ts'

/** Italian UI strings: the reference set every other locale must match key for key. */
export const it = {
  ...eventsIt,
  ...laboratoriesIt,
  ...neighbourhoodsIt,
  ...pactsIt,
  ...projectsIt,
  ...signupsIt,
  ...homeIt,
  ...opendataIt,
  ...reportIt,
  ...mapIt,
  ...transparencyIt,
  'site.skipToContent': 'Vai al contenuto principale',
  'site.tagline': 'Laboratori di quartiere, patti di collaborazione e progetti',
  'site.mainNav': 'Menu principale',
  'site.menu': 'Menu',
  // The language menu's label for this language, in this language: shown on the other languages' pages.
  'site.readInLanguage': 'Leggi questa pagina in italiano',
  'form.crossSiteRefused': 'I moduli di questo sito si possono inviare solo dalle sue pagine.',
  'nav.home': 'Home',
  'nav.neighbourhoods': 'Quartieri',
  'footer.pec': 'PEC',
  'footer.website': 'Sito istituzionale',
  'footer.contacts': 'Contatti',
  'footer.privacy': 'Informativa privacy',
  'footer.accessibility': 'Dichiarazione di accessibilità',
  'footer.legal': 'Note legali',
  'breadcrumbs.label': 'Percorso di navigazione',
  'privacy.title': 'Informativa sul trattamento dei dati personali',
  'accessibility.title': 'Dichiarazione di accessibilità',
  'preview.banner': 'Anteprima di una bozza: la pagina pubblica non è cambiata. Il link vale per pochi minuti e non va condiviso.',
  'preview.invalidTitle': 'Anteprima non disponibile',
  'preview.invalid': 'Questo link di anteprima non è valido. Le anteprime si aprono dalla bozza, nell’area riservata.',
  'preview.expired': 'Questo link di anteprima è scaduto. Riaprilo dalla bozza, nell’area riservata.',
  'notFound.title': 'Pagina non trovata',
  'notFound.text': "La pagina che cerchi non esiste o è stata spostata. Controlla l'indirizzo oppure riparti dalla home.",
  'notFound.home': 'Torna alla home',
  'pagination.label': 'Pagine dei risultati',
  'pagination.previous': 'Precedente',
  'pagination.next': 'Successiva',
  'pagination.page': 'Pagina {page}',
  'pagination.status': 'Pagina {page} di {total}',
  'badRequest.title': 'Richiesta non valida',
  'badRequest.page': 'Il numero di pagina deve essere un numero intero da 1 in su.',
  'nav.laboratories': 'Laboratori',
  'nav.events': 'Eventi',
  'error.cmsUnavailable': 'Il servizio è momentaneamente non disponibile. Riprova tra qualche minuto.',
  'nav.pacts': 'Patti',
} as const

export type UiKey = keyof typeof it
