import type { Payload } from 'payload'
import type { Laboratory, Registration } from '../payload-types.ts'

export type SignupMailKind = 'seat-held' | 'waitlisted' | 'already-confirmed' | 'promoted-confirmed' | 'promoted-awaiting'

interface MailContext {
  registration: Pick<Registration, 'name' | 'email' | 'locale'>
  lab: Pick<Laboratory, 'title' | 'slug'>
  confirmToken: string
  cancelToken: string
  holdUntil: Date
}

type Locale = 'it' | 'en'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function siteLink(locale: Locale, path: string, token?: string): string {
  const base = process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`
  const url = new URL(locale === 'en' ? `/en${path}` : path, base)
  if (token) url.searchParams.set('token', token)
  return url.toString()
}

const when = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(date)

/** Subject, paragraphs and the action links of each mail, in both languages. */
function compose(kind: SignupMailKind, ctx: MailContext, locale: Locale) {
  const lab = ctx.lab.title
  const confirm = siteLink(locale, '/iscrizione/conferma', ctx.confirmToken)
  const cancel = siteLink(locale, '/iscrizione/annulla', ctx.cancelToken)
  const labPage = siteLink(locale, `/laboratori/${ctx.lab.slug}`)
  const until = when(ctx.holdUntil, locale)
  const it = locale === 'it'
  const confirmLink = { label: it ? 'Conferma la tua iscrizione' : 'Confirm your sign-up', url: confirm }
  const cancelLink = { label: it ? 'Annulla l’iscrizione' : 'Cancel your sign-up', url: cancel }
  switch (kind) {
    case 'seat-held':
      return {
        subject: it ? `Conferma la tua iscrizione: ${lab}` : `Confirm your sign-up: ${lab}`,
        paragraphs: it
          ? [`Ti teniamo un posto al laboratorio «${lab}» fino al ${until}.`, 'Per confermarlo apri il link qui sotto e premi il pulsante «Conferma». Se non confermi entro quella data, il posto passa alla prima persona in lista d’attesa.']
          : [`We are holding a seat for you at the “${lab}” laboratory until ${until}.`, 'To confirm it, open the link below and press “Confirm”. If you do not confirm by then, the seat goes to the first person on the waiting list.'],
        links: [confirmLink, cancelLink],
        labPage,
      }
    case 'waitlisted':
      return {
        subject: it ? `Sei in lista d’attesa: ${lab}` : `You are on the waiting list: ${lab}`,
        paragraphs: it
          ? [`I posti del laboratorio «${lab}» sono al momento esauriti: sei in lista d’attesa, in ordine di arrivo.`, 'Conferma il tuo indirizzo e-mail con il link qui sotto: se si libera un posto ti scriveremo e sarà subito tuo.']
          : [`The “${lab}” laboratory is full at the moment: you are on the waiting list, in order of arrival.`, 'Confirm your e-mail address with the link below: if a seat frees up we will write to you and it will be yours at once.'],
        links: [confirmLink, cancelLink],
        labPage,
      }
    case 'already-confirmed':
      return {
        subject: it ? `Sei già iscritto: ${lab}` : `You are already signed up: ${lab}`,
        paragraphs: it ? [`Risulti già iscritto al laboratorio «${lab}»: non serve fare altro.`] : [`You are already signed up for the “${lab}” laboratory: there is nothing else to do.`],
        links: [cancelLink],
        labPage,
      }
    case 'promoted-confirmed':
      return {
        subject: it ? `Si è liberato un posto: ${lab}` : `A seat has become free: ${lab}`,
        paragraphs: it ? [`Si è liberato un posto al laboratorio «${lab}» ed è tuo: la tua iscrizione è confermata.`] : [`A seat has become free at the “${lab}” laboratory and it is yours: your sign-up is confirmed.`],
        links: [cancelLink],
        labPage,
      }
    case 'promoted-awaiting':
      return {
        subject: it ? `Si è liberato un posto: conferma entro il ${until}` : `A seat has become free: confirm by ${until}`,
        paragraphs: it
          ? [`Si è liberato un posto al laboratorio «${lab}» e lo teniamo per te fino al ${until}.`, 'Conferma con il link qui sotto.']
          : [`A seat has become free at the “${lab}” laboratory and we are holding it for you until ${until}.`, 'Confirm it with the link below.'],
        links: [confirmLink, cancelLink],
        labPage,
      }
  }
}

/** Plain text and HTML of a sign-up mail in the person's language. */
export function renderSignupMail(kind: SignupMailKind, ctx: MailContext) {
  const locale: Locale = ctx.registration.locale === 'en' ? 'en' : 'it'
  const { subject, paragraphs, links, labPage } = compose(kind, ctx, locale)
  const greeting = locale === 'it' ? `Gentile ${ctx.registration.name ?? ''},` : `Dear ${ctx.registration.name ?? ''},`
  const footer = locale === 'it' ? 'Hai ricevuto questo messaggio perché questo indirizzo è stato usato per iscriversi sul portale Quartieri.' : 'You received this message because this address was used to sign up on the Quartieri portal.'
  const text = [greeting, '', ...paragraphs.flatMap((p) => [p, '']), ...links.flatMap((l) => [`${l.label}: ${l.url}`]), '', `${labPage}`, '', '-- ', footer].join('\n')
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Titillium Web',Arial,sans-serif;color:#1a1a1a;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${links.map((l) => `<p><a href="${escapeHtml(l.url)}" style="color:#06c;font-weight:600">${escapeHtml(l.label)}</a></p>`).join('\n')}
<p><a href="${escapeHtml(labPage)}">${escapeHtml(labPage)}</a></p>
<hr><p style="font-size:0.9em;color:#555">${escapeHtml(footer)}</p>
</body></html>`
  return { subject, text, html }
}

/** Sends a sign-up mail; a mail failure is logged, never lost silently, and never undoes the sign-up. */
export async function sendSignupMail(payload: Payload, kind: SignupMailKind, ctx: MailContext): Promise<void> {
  if (!ctx.registration.email) return
  const { subject, text, html } = renderSignupMail(kind, ctx)
  try {
    await payload.sendEmail({ to: ctx.registration.email, subject, text, html })
  } catch (err) {
    payload.logger.error({ err, msg: `Sign-up mail (${kind}) to a registrant could not be sent` })
  }
}
