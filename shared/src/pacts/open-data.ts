import { budgetTotals, publicStatus, signatoryCounts, type PublicPact } from './pact.ts'
import { indicatorStatus, progressRollup, type PublicIndicator, type PublicProject } from '../projects/project.ts'
import type { FilterError } from './registry.ts'
import { romeDay } from '../platform/dates.ts'
import { DEFAULT_LOCALE, KNOWN_LOCALES, type LocaleCode } from '../platform/locales.ts'

/**
 * The open data of the pacts registry (`/patti.csv`, `/patti.json`, `/patti/{slug}.json`): one stable,
 * documented set of columns, the same in CSV and JSON, and the data dictionary that describes it.
 * Column names are Italian snake_case and never change meaning; new columns are added at the end, none renamed.
 * Nothing personal is exported: individual volunteers are only a count.
 */

export type ColumnType = 'string' | 'integer' | 'number' | 'date' | 'boolean'

export interface OpenDataColumn {
  /** Stable column name (Italian, snake_case). */
  name: string
  type: ColumnType
  /** Description in Italian. */
  it: string
  /** Description in English. */
  en: string
}

const column = <const N extends string>(name: N, type: ColumnType, it: string, en: string) => ({ name, type, it, en })

/** The columns of the pacts export, in order: the CSV header and the keys of every JSON record. */
export const PACT_COLUMNS = [
  column('codice', 'string', 'Codice identificativo del patto assegnato dal Comune.', 'Identifying code of the pact, given by the municipality.'),
  column('titolo', 'string', 'Titolo del patto.', 'Title of the pact.'),
  column('slug', 'string', "Identificativo del patto nell'indirizzo della sua pagina.", "Identifier of the pact in its page's address."),
  column('url', 'string', 'Link permanente alla pagina del patto sul portale.', "Permanent link to the pact's page on the portal."),
  column(
    'tipo',
    'string',
    'Tipo di accordo, come codice: collaboration-pact (patto di collaborazione), citizenship-agreement (accordo di cittadinanza), memorandum (protocollo d’intesa).',
    'Kind of agreement, as a code: collaboration-pact, citizenship-agreement, memorandum (memorandum of understanding).',
  ),
  column(
    'stato',
    'string',
    'Stato del patto alla data di generazione, come codice: drafting (in redazione), approved (approvato dalla Giunta), signed (sottoscritto), in-progress (in corso), completed (concluso), expired (scaduto: validità terminata senza che il patto risulti concluso).',
    'Status of the pact on the day the data was generated, as a code: drafting, approved (by the Giunta), signed, in-progress, completed, expired (validity ended and the pact was not completed).',
  ),
  column('sintesi', 'string', 'Breve descrizione del patto.', 'Short description of the pact.'),
  column('quartieri', 'string', 'Nomi dei quartieri interessati, separati da "; ".', 'Names of the neighbourhoods concerned, separated by "; ".'),
  column(
    'quartieri_slug',
    'string',
    'Identificativi dei quartieri interessati, nello stesso ordine, separati da "; ".',
    'Identifiers of the neighbourhoods concerned, in the same order, separated by "; ".',
  ),
  column('laboratorio', 'string', 'Titolo del laboratorio di quartiere da cui è nato il patto.', 'Title of the neighbourhood laboratory the pact came from.'),
  column('laboratorio_slug', 'string', 'Identificativo del laboratorio di quartiere da cui è nato il patto.', 'Identifier of the neighbourhood laboratory the pact came from.'),
  column('delibera_numero', 'string', 'Numero della delibera di Giunta che ha approvato il patto.', 'Number of the Giunta (city executive) act that approved the pact.'),
  column('delibera_data', 'date', 'Data della delibera di Giunta.', 'Date of the Giunta act.'),
  column('data_sottoscrizione', 'date', 'Data in cui il patto è stato sottoscritto.', 'Date the pact was signed.'),
  column('valido_dal', 'date', 'Inizio della validità del patto.', 'Start of the validity of the pact.'),
  column('valido_al', 'date', 'Fine della validità del patto.', 'End of the validity of the pact.'),
  column('rinnova', 'string', 'Codice del patto che questo patto rinnova.', 'Code of the pact this pact renews.'),
  column(
    'rinnovato_da',
    'string',
    'Codici dei patti che rinnovano questo patto, dal più recente, separati da "; ".',
    'Codes of the pacts that renew this pact, newest first, separated by "; ".',
  ),
  column(
    'firmatari_associazioni',
    'integer',
    'Firmatari che sono associazioni, gruppi di volontariato o enti del Terzo settore (ciascuno contato una volta).',
    'Signatories that are associations, volunteer groups or third-sector bodies (each counted once).',
  ),
  column(
    'firmatari_volontari',
    'integer',
    'Numero di cittadini volontari che aderiscono individualmente (solo il numero, mai i nomi).',
    'Number of citizens taking part as individual volunteers (a count only, never names).',
  ),
  column('firmatari_imprese', 'integer', 'Firmatari che sono imprese.', 'Signatories that are businesses.'),
  column(
    'firmatari_altri',
    'integer',
    'Altri firmatari: scuole, gruppi informali, istituzioni (gli uffici del Comune non sono contati).',
    "Other signatories: schools, informal groups, institutions (the municipality's own offices are not counted).",
  ),
  column('firmatari_totale', 'integer', 'Totale dei firmatari: associazioni, volontari, imprese e altri.', 'Total signatories: associations, volunteers, businesses and others.'),
  column(
    'impegno_comune_euro',
    'number',
    'Valore in euro delle risorse messe a disposizione dal Comune (denaro e valore dichiarato di beni, ore e spazi).',
    'Value in euro of the resources the municipality commits (money and the stated value of goods, hours and spaces).',
  ),
  column(
    'impegno_partner_euro',
    'number',
    'Valore in euro delle risorse messe a disposizione dagli altri firmatari.',
    'Value in euro of the resources the other signatories commit.',
  ),
  column('risorse_denaro_euro', 'number', 'Contributi in denaro, in euro, di tutte le parti.', 'Money contributions, in euro, from all parties.'),
  column('risorse_beni_euro', 'number', 'Valore in euro di beni e servizi forniti, di tutte le parti.', 'Value in euro of goods and services provided, from all parties.'),
  column(
    'risorse_ore_euro',
    'number',
    'Valore in euro delle ore di lavoro messe a disposizione, di tutte le parti.',
    'Value in euro of the working hours pledged, from all parties.',
  ),
  column('risorse_spazi_euro', 'number', 'Valore in euro degli spazi messi a disposizione, di tutte le parti.', 'Value in euro of the spaces provided, from all parties.'),
  column(
    'totale_euro',
    'number',
    'Valore totale in euro delle risorse impegnate (somma delle quattro voci precedenti).',
    'Total value in euro of the resources committed (the sum of the four previous columns).',
  ),
  column('ore_lavoro', 'number', 'Ore di lavoro impegnate, quando gli impegni le indicano.', 'Working hours pledged, where the commitments state them.'),
  column('progetti', 'integer', 'Numero di progetti pubblicati del patto.', 'Number of published projects of the pact.'),
  column('progetti_budget_euro', 'number', 'Somma in euro dei budget dei progetti del patto.', "Sum in euro of the budgets of the pact's projects."),
  column('progetti_spesa_euro', 'number', 'Somma in euro della spesa sostenuta dai progetti del patto.', "Sum in euro of the money the pact's projects have spent."),
  column(
    'avanzamento_percentuale',
    'integer',
    'Avanzamento complessivo dei progetti, da 0 a 100: media dei progetti non sospesi, pesata sul budget quando tutti ne hanno uno; vuoto se il patto non ha progetti.',
    'Overall progress of the projects, from 0 to 100: the mean of the projects not suspended, weighted by budget when every one has a budget; empty when the pact has no projects.',
  ),
  column('aggiornato_il', 'date', "Data dell'ultimo aggiornamento pubblicato del patto.", 'Date of the latest published update of the pact.'),
] as const satisfies readonly OpenDataColumn[]

export type PactColumnName = (typeof PACT_COLUMNS)[number]['name']
export type CellValue = string | number | boolean | null

/**
 * Italian is the reference language of the open data: every column above holds the Italian text. The texts
 * that may be translated get, after every other column, one column per other locale the export is asked
 * for (`titolo_en`, `sintesi_en`, then `titolo_ar`…), empty where that text has no translation.
 */
export const TRANSLATABLE_PACT_COLUMNS = ['titolo', 'sintesi'] as const
export type TranslatablePactColumn = (typeof TRANSLATABLE_PACT_COLUMNS)[number]
export type TranslatedPactColumnName = `${TranslatablePactColumn}_${LocaleCode}`

/** The translated columns for these locales (Italian, which the base columns hold, is skipped), in order. */
export function translatedPactColumns(locales: readonly LocaleCode[]): OpenDataColumn[] {
  return locales
    .filter((locale) => locale !== DEFAULT_LOCALE)
    .flatMap((locale) =>
      TRANSLATABLE_PACT_COLUMNS.map((name) => {
        const base = PACT_COLUMNS.find((c) => c.name === name)!
        const { italianName, nativeName } = KNOWN_LOCALES[locale]
        return column(
          `${name}_${locale}`,
          'string',
          `${base.it.replace(/\.$/, '')}, in ${italianName.toLowerCase()} (${locale}); vuoto dove manca la traduzione.`,
          `${base.en.replace(/\.$/, '')}, in ${nativeName} (${locale}); empty where there is no translation.`,
        )
      }),
    )
}

/** One pact as a row of the export: every column, numbers as numbers, dates as YYYY-MM-DD, empty as null; translated columns when asked for. */
export type PactRecord = { [K in PactColumnName]: CellValue } & { [K in TranslatedPactColumnName]?: CellValue }

/** A field of a list in the single-pact JSON. */
export interface DetailList {
  name: string
  it: string
  en: string
  fields: readonly OpenDataColumn[]
}

/** Fields of `/patti/{slug}.json` besides the columns: texts and the lists the CSV cannot hold. */
export const PACT_DETAIL_TEXT = [
  column('obiettivi', 'string', 'Obiettivi del patto, come testo semplice.', 'Objectives of the pact, as plain text.'),
] as const satisfies readonly OpenDataColumn[]

export const PACT_DETAIL_LISTS = [
  {
    name: 'firmatari',
    it: 'Le parti che hanno sottoscritto il patto: organizzazioni e uffici del Comune (i volontari individuali sono solo contati, in firmatari_volontari).',
    en: "The parties that signed the pact: organisations and the municipality's offices (individual volunteers are only counted, in firmatari_volontari).",
    fields: [
      column('nome', 'string', "Nome dell'organizzazione o dell'ufficio comunale.", 'Name of the organisation or municipal office.'),
      column(
        'tipo',
        'string',
        'Tipo, come codice: municipality (Comune), association, volunteer-group, business, third-sector, school, informal-group, institution.',
        'Kind, as a code: municipality, association, volunteer-group, business, third-sector, school, informal-group, institution.',
      ),
      column('ruolo', 'string', 'Ruolo con cui ha firmato.', 'Role in which it signed.'),
      column('data', 'date', 'Data della firma.', 'Date of signature.'),
    ],
  },
  {
    name: 'impegni',
    it: 'Gli impegni reciproci: chi fa cosa e con quali risorse.',
    en: 'The reciprocal commitments: who does what, with which resources.',
    fields: [
      column(
        'parte',
        'string',
        'Parte che si impegna, come codice: municipality (Comune) o partner (un altro firmatario).',
        'Committing party, as a code: municipality or partner (another signatory).',
      ),
      column('organizzazione', 'string', "Nome dell'organizzazione che si impegna, se indicata.", 'Name of the committing organisation, when given.'),
      column('descrizione', 'string', "Descrizione dell'impegno.", 'Description of the commitment.'),
      column(
        'tipo_risorsa',
        'string',
        'Tipo di risorsa, come codice: money (denaro), in-kind (beni e servizi), hours (ore di lavoro), space (spazi).',
        'Kind of resource, as a code: money, in-kind (goods and services), hours (working hours), space.',
      ),
      column('importo_euro', 'number', 'Importo o valore dichiarato in euro.', 'Amount or stated value in euro.'),
      column('ore', 'number', 'Ore di lavoro, per gli impegni in ore.', 'Working hours, for commitments in hours.'),
    ],
  },
  {
    name: 'elenco_progetti',
    it: 'I progetti pubblicati del patto.',
    en: 'The published projects of the pact.',
    fields: [
      column('slug', 'string', "Identificativo del progetto nell'indirizzo della sua pagina.", "Identifier of the project in its page's address."),
      column('titolo', 'string', 'Titolo del progetto.', 'Title of the project.'),
      column('url', 'string', 'Link permanente alla pagina del progetto.', "Permanent link to the project's page."),
      column(
        'ambito',
        'string',
        'Ambito, come codice: care-of-city (cura della città) o care-of-community (cura della comunità).',
        'Domain, as a code: care-of-city or care-of-community.',
      ),
      column(
        'stato',
        'string',
        'Stato, come codice: planned (programmato), in-progress (in corso), completed (concluso), suspended (sospeso).',
        'Status, as a code: planned, in-progress, completed, suspended.',
      ),
      column('avanzamento_percentuale', 'number', 'Avanzamento dichiarato, da 0 a 100.', 'Stated progress, from 0 to 100.'),
      column('budget_euro', 'number', 'Budget del progetto in euro.', 'Budget of the project in euro.'),
      column('spesa_euro', 'number', 'Spesa sostenuta in euro.', 'Money spent in euro.'),
      column('data_inizio', 'date', 'Data di inizio.', 'Start date.'),
      column('data_fine', 'date', 'Data di fine prevista o effettiva.', 'Planned or actual end date.'),
    ],
  },
  {
    name: 'indicatori',
    it: 'Gli indicatori con cui si misurano i risultati del patto.',
    en: "The indicators that measure the pact's results.",
    fields: [
      column('nome', 'string', "Nome dell'indicatore.", 'Name of the indicator.'),
      column('unita', 'string', 'Unità di misura.', 'Unit of measurement.'),
      column('valore_iniziale', 'number', 'Valore di partenza.', 'Baseline value.'),
      column('obiettivo', 'number', 'Valore obiettivo.', 'Target value.'),
      column('ultimo_valore', 'number', "Valore dell'ultima misurazione.", 'Value of the latest measurement.'),
      column('ultimo_valore_data', 'date', "Data dell'ultima misurazione.", 'Date of the latest measurement.'),
      column(
        'obiettivo_raggiunto',
        'boolean',
        "Se l'ultima misurazione ha raggiunto l'obiettivo (nella direzione dal valore di partenza all'obiettivo); vuoto senza misurazioni o senza obiettivo.",
        'Whether the latest measurement reached the target (in the direction from baseline to target); empty without measurements or target.',
      ),
    ],
  },
] as const satisfies readonly DetailList[]

export interface Signatory {
  nome: string
  tipo: string
  ruolo: string | null
  data: string | null
}
export interface CommitmentRow {
  parte: string
  organizzazione: string | null
  descrizione: string
  tipo_risorsa: string
  importo_euro: number | null
  ore: number | null
}
export interface ProjectRow {
  slug: string
  titolo: string
  url: string
  ambito: string
  stato: string
  avanzamento_percentuale: number | null
  budget_euro: number | null
  spesa_euro: number | null
  data_inizio: string | null
  data_fine: string | null
}
export interface IndicatorRow {
  nome: string
  unita: string | null
  valore_iniziale: number | null
  obiettivo: number | null
  ultimo_valore: number | null
  ultimo_valore_data: string | null
  obiettivo_raggiunto: boolean | null
}

/** The single-pact JSON: the record, the objectives and the lists. */
export type PactDetail = PactRecord & {
  obiettivi: string | null
  /** The objectives in another locale, when asked for (`obiettivi_en`). */
  [translated: `obiettivi_${string}`]: string | null
  firmatari: Signatory[]
  impegni: CommitmentRow[]
  elenco_progetti: ProjectRow[]
  indicatori: IndicatorRow[]
}

/** A pact's texts in one other locale, as the CMS gives them with `?locale=all` (missing where untranslated). */
export interface PactTranslation {
  title?: string | null
  summary?: string | null
  /** The objectives as plain text (the CMS's `objectivesText`), for `/patti/{slug}.json`. */
  objectivesText?: string | null
}

/** What the export needs of an indexed pact (the site's IndexedPact has it). */
export interface ExportablePact {
  pact: PublicPact
  projects: readonly PublicProject[]
  indicators: readonly PublicIndicator[]
  renewedBy: ReadonlyArray<Pick<PublicPact, 'code'>>
  /** The pact's texts in the other locales, for the translated columns. */
  translations?: Partial<Record<LocaleCode, PactTranslation>>
}

export const OPEN_DATA_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const
/** Where the data dictionary is, from the site root. */
export const DICTIONARY_PATH = '/patti/dizionario-dati'
/** Separator of the values of a list in one cell. */
export const LIST_SEPARATOR = '; '

/** The calendar date (YYYY-MM-DD, Europe/Rome) of a stored date or date-time; null when missing or unreadable. */
export function isoDay(value: string | null | undefined): string | null {
  return romeDay(value)
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}
const joined = (values: ReadonlyArray<string | null | undefined>): string | null => text(values.filter((v): v is string => Boolean(v?.trim())).join(LIST_SEPARATOR))
const amount = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const populated = <T extends object>(value: T | number | string | null | undefined): T | null => (typeof value === 'object' && value !== null ? value : null)

/** An absolute URL on the site: the base without its trailing slashes, then the path with the slug encoded. */
export function siteLink(siteUrl: string, section: string, slug: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${section}/${encodeURIComponent(slug)}`
}

/** One pact as an export record, keyed by column name; with `locales`, the translated columns of those locales too. */
export function pactRecord(indexed: ExportablePact, siteUrl: string, now: Date = new Date(), locales: readonly LocaleCode[] = []): PactRecord {
  const { pact, projects } = indexed
  const neighbourhoods = (pact.neighbourhoods ?? []).flatMap((n) => {
    const ref = populated(n)
    return ref ? [ref] : []
  })
  const laboratory = populated(pact.laboratory)
  const renews = populated(pact.renews)
  const signatories = signatoryCounts(pact)
  const budget = budgetTotals(pact.commitments)
  const rollup = progressRollup(projects)
  return {
    codice: pact.code,
    titolo: pact.title,
    slug: pact.slug,
    url: siteLink(siteUrl, 'patti', pact.slug),
    tipo: pact.kind,
    stato: publicStatus(pact, now),
    sintesi: text(pact.summary),
    quartieri: joined(neighbourhoods.map((n) => n.name ?? n.title ?? n.slug)),
    quartieri_slug: joined(neighbourhoods.map((n) => n.slug)),
    laboratorio: text(laboratory?.title ?? laboratory?.name),
    laboratorio_slug: text(laboratory?.slug),
    delibera_numero: text(pact.approvalAct?.number),
    delibera_data: isoDay(pact.approvalAct?.date),
    data_sottoscrizione: isoDay(pact.signedAt),
    valido_dal: isoDay(pact.validFrom),
    valido_al: isoDay(pact.validUntil),
    rinnova: text(renews?.code),
    rinnovato_da: joined(indexed.renewedBy.map((p) => p.code)),
    firmatari_associazioni: signatories.associations,
    firmatari_volontari: signatories.volunteers,
    firmatari_imprese: signatories.businesses,
    firmatari_altri: signatories.others,
    firmatari_totale: signatories.total,
    impegno_comune_euro: budget.partyTotal.municipality,
    impegno_partner_euro: budget.partyTotal.partner,
    risorse_denaro_euro: budget.byKind.money,
    risorse_beni_euro: budget.byKind['in-kind'],
    risorse_ore_euro: budget.byKind.hours,
    risorse_spazi_euro: budget.byKind.space,
    totale_euro: budget.total,
    ore_lavoro: budget.hours,
    progetti: rollup.projects,
    progetti_budget_euro: rollup.budget,
    progetti_spesa_euro: rollup.spent,
    avanzamento_percentuale: rollup.percent,
    aggiornato_il: isoDay(pact.updatedAt),
    ...translatedCells(indexed, locales),
  }
}

/** The translated columns' cells, in the order of translatedPactColumns. */
function translatedCells(indexed: ExportablePact, locales: readonly LocaleCode[]): Partial<Record<TranslatedPactColumnName, CellValue>> {
  const cells: Partial<Record<TranslatedPactColumnName, CellValue>> = {}
  for (const locale of locales) {
    if (locale === DEFAULT_LOCALE) continue
    const translation = indexed.translations?.[locale]
    cells[`titolo_${locale}`] = text(translation?.title)
    cells[`sintesi_${locale}`] = text(translation?.summary)
  }
  return cells
}

/**
 * One pact for `/patti/{slug}.json`: its record, objectives, signatories, commitments, projects and indicators;
 * with `locales`, the translated columns and the objectives in each of those locales (`obiettivi_en`) too.
 */
export function pactDetail(indexed: ExportablePact, siteUrl: string, now: Date = new Date(), locales: readonly LocaleCode[] = []): PactDetail {
  const { pact } = indexed
  const firmatari = (pact.signatories ?? []).flatMap((s): Signatory[] => {
    const org = populated(s.organization)
    const nome = text(org?.name) ?? (org ? null : text(s.office))
    if (!nome) return []
    return [{ nome, tipo: org ? org.kind : 'municipality', ruolo: text(s.role), data: isoDay(s.signedAt) }]
  })
  const impegni = (pact.commitments ?? []).map(
    (c): CommitmentRow => ({
      parte: c.party,
      organizzazione: text(populated(c.organization)?.name),
      descrizione: c.description,
      tipo_risorsa: c.resourceKind,
      importo_euro: amount(c.amount),
      ore: c.resourceKind === 'hours' ? amount(c.quantity) : null,
    }),
  )
  const elenco_progetti = indexed.projects.map(
    (p): ProjectRow => ({
      slug: p.slug,
      titolo: p.title,
      url: siteLink(siteUrl, 'progetti', p.slug),
      ambito: p.domain,
      stato: p.status,
      avanzamento_percentuale: amount(p.progress),
      budget_euro: amount(p.budget),
      spesa_euro: amount(p.spent),
      data_inizio: isoDay(p.startDate),
      data_fine: isoDay(p.endDate),
    }),
  )
  const indicatori = indexed.indicators.map((i): IndicatorRow => {
    const { latest, onTarget } = indicatorStatus(i)
    return {
      nome: i.name,
      unita: text(i.unit),
      valore_iniziale: amount(i.baseline),
      obiettivo: amount(i.target),
      ultimo_valore: latest ? latest.value : null,
      ultimo_valore_data: latest ? isoDay(latest.date) : null,
      obiettivo_raggiunto: onTarget,
    }
  })
  const objectives = Object.fromEntries(locales.filter((l) => l !== DEFAULT_LOCALE).map((l) => [`obiettivi_${l}`, text(indexed.translations?.[l]?.objectivesText)]))
  return { ...pactRecord(indexed, siteUrl, now, locales), obiettivi: text(pact.objectivesText), ...objectives, firmatari, impegni, elenco_progetti, indicatori }
}

/** The columns of an export with the translated columns of `locales`: the CSV header. */
export const pactColumns = (locales: readonly LocaleCode[] = []): OpenDataColumn[] => [...PACT_COLUMNS, ...translatedPactColumns(locales)]

/** The values of a record in column order, for a CSV row (null as empty), with the translated columns of `locales`. */
export function recordRow(record: PactRecord, locales: readonly LocaleCode[] = []): Array<string | number | boolean | null> {
  return pactColumns(locales).map((c) => (record as Record<string, CellValue | undefined>)[c.name] ?? null)
}

/** The envelope of every JSON export: licence, source, when, where the dictionary is. */
export function openDataEnvelope(source: string, siteUrl: string, now: Date = new Date()) {
  return {
    licenza: OPEN_DATA_LICENCE.id,
    licenza_url: OPEN_DATA_LICENCE.url,
    fonte: source,
    generato_il: now.toISOString(),
    dizionario: `${siteUrl.replace(/\/+$/, '')}${DICTIONARY_PATH}`,
  }
}

/** The message of a 400 for a malformed registry parameter, in Italian and English, naming it. */
export function badParameterMessage(param: FilterError): { it: string; en: string } {
  return {
    it: `Il parametro "${param}" non è valido: correggilo o toglilo. I valori ammessi sono descritti nel dizionario dei dati (${DICTIONARY_PATH}).`,
    en: `The "${param}" parameter is not valid: fix or remove it. The allowed values are described in the data dictionary (${DICTIONARY_PATH}).`,
  }
}
