import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type PayloadRequest } from 'payload'
import { PACT_STATUSES } from '@quartieri/shared/pacts/pact'
import { attachmentsField } from '../platform/fields/attachments.ts'
import { lexicalPlainText, slugField } from '../platform/fields/slug.ts'
import { importFingerprintField } from '../platform/import/import-fingerprint-field.ts'
import { ids, sitePurgeHooks } from '../platform/cache/purge-site.ts'
import { translatable, translatableHTMLField } from '../platform/localized-fields.ts'
import { historyEndpoint } from './history.ts'
import { selectOptions as options } from '@quartieri/shared/platform/labels'
import { pactKindLabels, pactStatusLabels, resourceKindLabels } from '@quartieri/shared/pacts/labels'
import { idOf } from '@quartieri/shared/platform/ids'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

const refuse = (it: string, en: string, field: string) => {
  throw new APIError(`${it} / ${en}`, 400, { reason: 'pact-invalid', field }, true)
}

/** A renewal goes back in time: following what this pact renews must never lead back to it. */
async function refuseRenewalLoop(req: PayloadRequest, self: number | string, renews: number | string) {
  let current: number | string | null = renews
  for (let step = 0; current !== null && step < 100; step++) {
    if (String(current) === String(self))
      refuse('I rinnovi formerebbero un cerchio: il patto rinnovato rinnova già questo', 'renewals would form a loop: the renewed pact already renews this one', 'renews')
    const doc: { renews?: unknown } | null = await req.payload.findByID({ collection: 'pacts', id: current, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
    const next: unknown = doc?.renews
    current = idOf(next) ?? null
  }
}

/** The workflow's facts must be there once a pact reaches each status; validity dates in order; no pact renews itself. */
const checkWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const value = <T>(name: string): T | undefined => (name in data ? data[name] : originalDoc?.[name]) as T | undefined
  const status = value<string>('status') ?? 'drafting'
  const step = PACT_STATUSES.indexOf(status as (typeof PACT_STATUSES)[number])
  const act = value<{ number?: string | null; date?: string | null }>('approvalAct')
  if (step >= PACT_STATUSES.indexOf('approved') && (!act?.number || !act?.date)) {
    refuse('Un patto approvato ha il numero e la data della delibera di Giunta', 'an approved pact needs the number and date of the Giunta act', 'approvalAct')
  }
  if (step >= PACT_STATUSES.indexOf('signed') && !value('signedAt'))
    refuse('Un patto sottoscritto ha la data di sottoscrizione', 'a signed pact needs its signing date', 'signedAt')
  const from = value<string>('validFrom')
  const until = value<string>('validUntil')
  if (from && until && new Date(until) < new Date(from)) refuse('La validità termina prima di iniziare', 'the validity ends before it starts', 'validUntil')
  const renews = value<unknown>('renews')
  const renewsId = idOf(renews)
  if (originalDoc?.id !== undefined && renewsId !== undefined && renewsId !== null && String(renewsId) === String(originalDoc.id)) {
    refuse('Un patto non può rinnovare se stesso', 'a pact cannot renew itself', 'renews')
  }
  if (renewsId !== undefined && renewsId !== null && originalDoc?.id !== undefined) await refuseRenewalLoop(req, originalDoc.id, renewsId as number | string)
  if ('objectives' in data) data.objectivesText = lexicalPlainText(data.objectives).slice(0, 20_000)
  return data
}

/** A collaboration pact between the municipality and its citizens: who promised what, with which resources. */
// A pact shows the pact it renews, and is shown by it.
const sitePurge = sitePurgeHooks(({ doc, previousDoc }) => ({ pacts: ids(doc.id, doc.renews, previousDoc?.renews) }))

export const Pacts: CollectionConfig = {
  slug: 'pacts',
  labels: { singular: { it: 'Patto', en: 'Pact' }, plural: { it: 'Patti', en: 'Pacts' } },
  admin: { useAsTitle: 'title', defaultColumns: ['code', 'title', 'status', 'signedAt', '_status'], group: { it: 'Patti', en: 'Pacts' } },
  versions: { drafts: true, maxPerDoc: 100 },
  endpoints: [historyEndpoint],
  hooks: {
    beforeChange: [checkWorkflow],
    afterChange: [sitePurge.afterChange],
    afterDelete: [sitePurge.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, index: true, maxLength: 40, label: { it: 'Codice (es. PC-2024-012)', en: 'Code (e.g. PC-2024-012)' } },
        { name: 'kind', type: 'select', required: true, defaultValue: 'collaboration-pact', options: options(pactKindLabels), label: { it: 'Tipo', en: 'Kind' } },
      ],
    },
    translatable({ name: 'title', type: 'text', required: true, maxLength: 200, label: { it: 'Titolo', en: 'Title' } }),
    slugField('title'),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'drafting',
      options: options(pactStatusLabels),
      label: { it: 'Stato', en: 'Status' },
      admin: { position: 'sidebar', description: { it: '«Scaduto» si ricava dalla fine della validità.', en: '“Expired” follows from the end of validity.' } },
    },
    {
      name: 'neighbourhoods',
      type: 'relationship',
      relationTo: 'neighbourhoods',
      hasMany: true,
      required: true,
      index: true,
      label: { it: 'Quartieri', en: 'Neighbourhoods' },
      admin: { position: 'sidebar' },
    },
    { name: 'laboratory', type: 'relationship', relationTo: 'laboratories', label: { it: 'Laboratorio di origine', en: 'Originating laboratory' }, admin: { position: 'sidebar' } },
    { name: 'renews', type: 'relationship', relationTo: 'pacts', index: true, label: { it: 'Rinnova il patto', en: 'Renews the pact' }, admin: { position: 'sidebar' } },
    translatable({ name: 'summary', type: 'textarea', maxLength: 600, label: { it: 'Sintesi', en: 'Summary' } }),
    {
      name: 'approvalAct',
      type: 'group',
      label: { it: 'Delibera di Giunta', en: 'Giunta act' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', maxLength: 60, label: { it: 'Numero', en: 'Number' } },
            { name: 'date', type: 'date', label: { it: 'Data', en: 'Date' }, admin: day },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signedAt', type: 'date', index: true, label: { it: 'Sottoscritto il', en: 'Signed on' }, admin: day },
        { name: 'validFrom', type: 'date', label: { it: 'Valido dal', en: 'Valid from' }, admin: day },
        { name: 'validUntil', type: 'date', label: { it: 'Valido fino al', en: 'Valid until' }, admin: day },
      ],
    },
    translatable({ name: 'objectives', type: 'richText', label: { it: 'Obiettivi', en: 'Objectives' } }),
    translatableHTMLField({ htmlFieldName: 'objectivesHtml', lexicalFieldName: 'objectives' }),
    translatable({ name: 'objectivesText', type: 'textarea', label: { it: 'Obiettivi (testo, per la ricerca)', en: 'Objectives (text, for search)' }, admin: { hidden: true } }),
    {
      name: 'signatories',
      type: 'array',
      maxRows: 200,
      label: { it: 'Firmatari', en: 'Signatories' },
      labels: { singular: { it: 'Firmatario', en: 'Signatory' }, plural: { it: 'Firmatari', en: 'Signatories' } },
      admin: {
        description: {
          it: 'Un’organizzazione, oppure l’ufficio comunale che firma. I singoli volontari si contano sotto, senza nomi.',
          en: 'An organization, or the municipal office that signs. Individual volunteers are counted below, without names.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organization', type: 'relationship', relationTo: 'organizations', label: { it: 'Organizzazione', en: 'Organization' } },
            { name: 'office', type: 'text', maxLength: 200, label: { it: 'Ufficio comunale', en: 'Municipal office' } },
          ],
        },
        {
          type: 'row',
          fields: [
            translatable({ name: 'role', type: 'text', maxLength: 200, label: { it: 'Ruolo nel patto', en: 'Role in the pact' } }),
            { name: 'signedAt', type: 'date', label: { it: 'Data della firma', en: 'Signed on' }, admin: day },
          ],
        },
      ],
      validate: (rows: unknown) => {
        for (const [i, row] of (Array.isArray(rows) ? rows : []).entries()) {
          const r = row as { organization?: unknown; office?: unknown }
          if (!r.organization && !r.office)
            return `Firmatario ${i + 1}: indica l’organizzazione o l’ufficio comunale / signatory ${i + 1}: give the organization or the municipal office`
        }
        return true
      },
    },
    {
      name: 'volunteers',
      type: 'number',
      min: 0,
      max: 100_000,
      defaultValue: 0,
      label: { it: 'Volontari singoli (numero)', en: 'Individual volunteers (count)' },
      admin: { step: 1 },
    },
    {
      name: 'commitments',
      type: 'array',
      maxRows: 200,
      label: { it: 'Impegni e risorse', en: 'Commitments and resources' },
      labels: { singular: { it: 'Impegno', en: 'Commitment' }, plural: { it: 'Impegni', en: 'Commitments' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'party',
              type: 'select',
              required: true,
              options: [
                { value: 'municipality', label: { it: 'Comune', en: 'Municipality' } },
                { value: 'partner', label: { it: 'Partner', en: 'Partner' } },
              ],
              label: { it: 'Parte', en: 'Party' },
            },
            { name: 'organization', type: 'relationship', relationTo: 'organizations', label: { it: 'Organizzazione (se partner)', en: 'Organization (partners)' } },
          ],
        },
        translatable({ name: 'description', type: 'text', required: true, maxLength: 500, label: { it: 'Impegno', en: 'Commitment' } }),
        {
          type: 'row',
          fields: [
            { name: 'resourceKind', type: 'select', required: true, options: options(resourceKindLabels), label: { it: 'Tipo di risorsa', en: 'Resource kind' } },
            { name: 'amount', type: 'number', min: 0, max: 1e9, label: { it: 'Valore (€)', en: 'Value (€)' } },
            { name: 'quantity', type: 'number', min: 0, max: 1e7, label: { it: 'Ore (se ore di lavoro)', en: 'Hours (for hours)' } },
          ],
        },
      ],
    },
    attachmentsField(
      'attachments',
      { it: 'Allegati', en: 'Attachments' },
      { it: 'Allegato', en: 'Attachment' },
      { it: 'File (es. il patto firmato in PDF)', en: 'File (e.g. the signed pact as PDF)' },
    ),
    importFingerprintField,
  ],
}
