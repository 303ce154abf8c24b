import fs from 'node:fs'
import path from 'node:path'
import PostalMime from 'postal-mime'

export interface ReceivedMail {
  to: string[]
  subject: string
  text: string
  html: string
  file: string
  attachments: Array<{ filename: string; mimeType: string; content: string }>
}

const mailDir = () => {
  const dir = process.env.E2E_MAIL_DIR
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run through playwright')
  return dir
}

/** Every message the loopback SMTP server has received, oldest first. */
export async function receivedMails(): Promise<ReceivedMail[]> {
  const dir = mailDir()
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
    : []
  return Promise.all(
    files.map(async (file) => {
      const mail = await PostalMime.parse(fs.readFileSync(path.join(dir, file)))
      const attachments = (mail.attachments ?? []).map((a) => ({
        filename: a.filename ?? '',
        mimeType: a.mimeType,
        content: typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content),
      }))
      return { to: (mail.to ?? []).map((a) => a.address ?? ''), subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html ?? '', file, attachments }
    }),
  )
}

/** Waits for the next mail to `address` whose subject matches, newer than `after` (a file name), up to 15 s. */
export async function waitForMail(address: string, subject: RegExp, after = ''): Promise<ReceivedMail> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const found = (await receivedMails()).filter((m) => m.file > after && m.to.includes(address) && subject.test(m.subject)).pop()
    if (found) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`no mail to ${address} matching ${subject} arrived`)
}

export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  return (await receivedMails()).filter((m) => m.to.includes(address))
}

/** The confirmation and cancellation links in a sign-up mail. */
export function linksIn(mail: ReceivedMail): { confirm?: string; cancel?: string } {
  return {
    confirm: /(https?:\/\/\S+\/iscrizione\/conferma\?token=[\w-]+)/.exec(mail.text)?.[1],
    cancel: /(https?:\/\/\S+\/iscrizione\/annulla\?token=[\w-]+)/.exec(mail.text)?.[1],
  }
}
