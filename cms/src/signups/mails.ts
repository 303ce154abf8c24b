import type { Payload } from 'payload'
import { buildCalendar } from '@quartieri/shared/events/ical'
import { publicEventSchema } from '@quartieri/shared/events/event'
import type { Registration } from '../payload-types.ts'
import { mailLanguage, sitePageUrl, type MailLanguage } from '../platform/mail/mail-language.ts'
import { translatedActivity, type Activity } from './activity.ts'
import { config } from '../platform/config.ts'
import { escapeHtml } from '@quartieri/shared/platform/html'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'
import { checkInCode, checkInQrPng } from './check-in-code.ts'
import { QUEUES } from '../platform/jobs/jobs.ts'

export type SignupMailKind = 'seat-held' | 'waitlisted' | 'already-confirmed' | 'promoted-confirmed' | 'promoted-awaiting' | 'cancelled-by-staff' | 'confirmed'

/** The sign-up mails that are jobs of their own (src/signups/housekeeping.ts): neither carries a link only the step knew. */
export const JOB_MAILS = ['confirmed', 'cancelled-by-staff'] as const
export type JobMail = (typeof JOB_MAILS)[number]

/** Queues a sign-up mail; the job reads the sign-up when it runs, so what it tells is what the database says then. */
export async function queueSignupMail(payload: Payload, registration: number | string, kind: JobMail): Promise<void> {
  await payload.jobs.queue({ task: 'signup-mail', input: { registration: Number(registration), kind }, queue: QUEUES.now })
}

/** The mails of a confirmed seat: they carry the person's check-in code, as text and as a QR code. */
const WITH_CHECK_IN = new Set<SignupMailKind>(['already-confirmed', 'promoted-confirmed', 'confirmed'])

interface MailContext {
  registration: Pick<Registration, 'name' | 'email' | 'locale'> & { id?: number | string }
  activity: Pick<Activity, 'kind' | 'id' | 'title' | 'slug' | 'event'>
  confirmToken: string
  cancelToken: string
  holdUntil: Date
  /** Why staff cancelled the sign-up (`cancelled-by-staff` only). */
  reason?: string
}

type Locale = MailLanguage

const when = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(date)

/** Subject, paragraphs and the action links of each mail, in both languages; the links lead to pages in the person's locale. */
function compose(kind: SignupMailKind, ctx: MailContext, locale: Locale) {
  const lab = ctx.activity.title
  const pages = ctx.registration.locale
  const confirm = sitePageUrl(pages, '/iscrizione/conferma', ctx.confirmToken)
  const cancel = sitePageUrl(pages, '/iscrizione/annulla', ctx.cancelToken)
  const isEvent = ctx.activity.kind === 'events'
  const labPage = sitePageUrl(pages, `${isEvent ? '/eventi' : '/laboratori'}/${ctx.activity.slug}`)
  const until = when(ctx.holdUntil, locale)
  const it = locale === 'it'
  const what = it ? (isEvent ? 'all’evento' : 'al laboratorio') : isEvent ? 'event' : 'laboratory'
  const whatOf = it ? (isEvent ? 'dell’evento' : 'del laboratorio') : isEvent ? 'event' : 'laboratory'
  const confirmLink = { label: it ? 'Conferma la tua iscrizione' : 'Confirm your sign-up', url: confirm }
  const cancelLink = { label: it ? 'Annulla l’iscrizione' : 'Cancel your sign-up', url: cancel }
  switch (kind) {
    case 'seat-held':
      return {
        subject: it ? `Conferma la tua iscrizione: ${lab}` : `Confirm your sign-up: ${lab}`,
        paragraphs: it
          ? [
              `Ti teniamo un posto ${what} «${lab}» fino al ${until}.`,
              'Per confermarlo apri il link qui sotto e premi il pulsante «Conferma». Se non confermi entro quella data, il posto passa alla prima persona in lista d’attesa.',
            ]
          : [
              `We are holding a seat for you at the “${lab}” ${what} until ${until}.`,
              'To confirm it, open the link below and press “Confirm”. If you do not confirm by then, the seat goes to the first person on the waiting list.',
            ],
        links: [confirmLink, cancelLink],
        labPage,
      }
    case 'waitlisted':
      return {
        subject: it ? `Sei in lista d’attesa: ${lab}` : `You are on the waiting list: ${lab}`,
        paragraphs: it
          ? [
              `I posti ${whatOf} «${lab}» sono al momento esauriti: sei in lista d’attesa, in ordine di arrivo.`,
              'Conferma il tuo indirizzo e-mail con il link qui sotto: se si libera un posto ti scriveremo e sarà subito tuo.',
            ]
          : [
              `The “${lab}” ${what} is full at the moment: you are on the waiting list, in order of arrival.`,
              'Confirm your e-mail address with the link below: if a seat frees up we will write to you and it will be yours at once.',
            ],
        links: [confirmLink, cancelLink],
        labPage,
      }
    case 'already-confirmed':
      return {
        subject: it ? `Sei già iscritto: ${lab}` : `You are already signed up: ${lab}`,
        paragraphs: it ? [`Risulti già iscritto ${what} «${lab}»: non serve fare altro.`] : [`You are already signed up for the “${lab}” ${what}: there is nothing else to do.`],
        links: [cancelLink],
        labPage,
      }
    case 'confirmed':
      return {
        subject: it ? `Iscrizione confermata: ${lab}` : `Sign-up confirmed: ${lab}`,
        paragraphs: it
          ? [
              `La tua iscrizione ${what} «${lab}» è confermata: il posto è tuo.`,
              'Se non puoi più partecipare, annulla dal link che hai ricevuto con la prima e-mail: il posto passerà a chi è in attesa.',
            ]
          : [
              `Your sign-up for the “${lab}” ${what} is confirmed: the seat is yours.`,
              'If you can no longer attend, cancel from the link in the first e-mail: the seat will go to whoever is waiting.',
            ],
        links: [],
        labPage,
      }
    case 'promoted-confirmed':
      return {
        subject: it ? `Si è liberato un posto: ${lab}` : `A seat has become free: ${lab}`,
        paragraphs: it
          ? [`Si è liberato un posto ${what} «${lab}» ed è tuo: la tua iscrizione è confermata.`]
          : [`A seat has become free at the “${lab}” ${what} and it is yours: your sign-up is confirmed.`],
        links: [cancelLink],
        labPage,
      }
    case 'cancelled-by-staff':
      return {
        subject: it ? `La tua iscrizione è stata annullata: ${lab}` : `Your sign-up has been cancelled: ${lab}`,
        paragraphs: it
          ? [
              `Il personale del portale ha annullato la tua iscrizione ${what} «${lab}».`,
              `Motivo: ${ctx.reason ?? ''}`,
              'Se pensi che sia un errore, puoi iscriverti di nuovo dalla pagina qui sotto, finché ci sono posti.',
            ]
          : [
              `The portal's staff have cancelled your sign-up for the “${lab}” ${what}.`,
              `Reason: ${ctx.reason ?? ''}`,
              'If you think this is a mistake, you can sign up again from the page below while seats are left.',
            ],
        links: [],
        labPage,
      }
    case 'promoted-awaiting':
      return {
        subject: it ? `Si è liberato un posto: conferma entro il ${until}` : `A seat has become free: confirm by ${until}`,
        paragraphs: it
          ? [`Si è liberato un posto ${what} «${lab}» e lo teniamo per te fino al ${until}.`, 'Conferma con il link qui sotto.']
          : [`A seat has become free at the “${lab}” ${what} and we are holding it for you until ${until}.`, 'Confirm it with the link below.'],
        links: [confirmLink, cancelLink],
        labPage,
      }
  }
}

/** Plain text and HTML of a sign-up mail in the person's language (Italian for a locale without mail texts). */
export function renderSignupMail(kind: SignupMailKind, ctx: MailContext) {
  const locale = mailLanguage(ctx.registration.locale)
  const { subject, paragraphs: body, links, labPage } = compose(kind, ctx, locale)
  const code = WITH_CHECK_IN.has(kind) && ctx.registration.id !== undefined ? checkInCode(ctx.registration.id) : null
  const checkIn = code
    ? locale === 'it'
      ? `Il tuo codice per l’ingresso è ${code}: all’arrivo mostra il codice QR allegato o dillo al personale.`
      : `Your check-in code is ${code}: on arrival show the attached QR code or tell it to the staff.`
    : null
  const paragraphs = checkIn ? [...body, checkIn] : body
  const greeting = locale === 'it' ? `Gentile ${ctx.registration.name ?? ''},` : `Dear ${ctx.registration.name ?? ''},`
  const footer =
    locale === 'it'
      ? 'Hai ricevuto questo messaggio perché questo indirizzo è stato usato per iscriversi sul portale Quartieri.'
      : 'You received this message because this address was used to sign up on the Quartieri portal.'
  const text = [greeting, '', ...paragraphs.flatMap((p) => [p, '']), ...links.flatMap((l) => [`${l.label}: ${l.url}`]), '', `${labPage}`, '', '-- ', footer].join('\n')
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Titillium Web',Arial,sans-serif;color:#1a1a1a;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${code ? `<p><img src="cid:${CHECK_IN_CID}" width="240" height="240" alt="${escapeHtml(locale === 'it' ? `Codice QR per l’ingresso: ${code}` : `Check-in QR code: ${code}`)}"></p>` : ''}
${links.map((l) => `<p><a href="${escapeHtml(l.url)}" style="color:#06c;font-weight:600">${escapeHtml(l.label)}</a></p>`).join('\n')}
<p><a href="${escapeHtml(labPage)}">${escapeHtml(labPage)}</a></p>
<hr><p style="font-size:0.9em;color:#555">${escapeHtml(footer)}</p>
</body></html>`
  return { subject, text, html, checkIn: code !== null }
}

const CHECK_IN_CID = 'codice-ingresso@quartieri'

/**
 * Sends a sign-up mail; a mail failure is logged, never lost silently, and never undoes the sign-up.
 * True when the mail left (or there is no address to write to): the caller then stops marking it as owed.
 */
export async function sendSignupMail(payload: Payload, kind: SignupMailKind, ctx: MailContext): Promise<boolean> {
  if (!ctx.registration.email) return true
  try {
    // The lab's or event's own texts (its title, the calendar entry) in the mail's language, Italian where untranslated.
    const activity = await translatedActivity(payload, ctx.activity, mailLanguage(ctx.registration.locale))
    const { subject, text, html, checkIn } = renderSignupMail(kind, { ...ctx, activity })
    const attachments = [
      ...(kind === 'cancelled-by-staff' ? [] : (calendarAttachment(activity) ?? [])),
      ...(checkIn && ctx.registration.id !== undefined
        ? [{ filename: 'codice-ingresso.png', content: await checkInQrPng(ctx.registration.id), contentType: 'image/png', cid: CHECK_IN_CID }]
        : []),
    ]
    await payload.sendEmail({ to: ctx.registration.email, subject, text, html, attachments: attachments.length > 0 ? attachments : undefined })
    return true
  } catch (err) {
    payload.logger.error({ err, msg: `Sign-up mail (${kind}) to a registrant could not be sent` })
    return false
  }
}

/** An event's confirmation carries its calendar entry (.ics), to add it to a phone in one tap. */
function calendarAttachment(activity: MailContext['activity']) {
  if (activity.kind !== 'events' || !activity.event) return undefined
  const event = publicEventSchema.safeParse(activity.event)
  if (!event.success) return undefined
  const siteUrl = config.SITE_URL
  return [
    { filename: `${activity.slug}.ics`, content: buildCalendar([event.data], { name: activity.title, siteUrl }), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
  ]
}
