import fs from 'node:fs'
import path from 'node:path'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { dataDirectory } from '../paths.ts'
import { config } from '../config.ts'

/** Where the demo keeps the mails it would have sent, when no SMTP server is configured. */
export function mailboxDirectory(): string {
  return path.join(dataDirectory(), 'mailbox')
}

export interface StoredMail {
  id: string
  date: string
  to: string
  subject: string
  text: string
  html: string
}

/** Images a mail carries inline (`cid:`), as data addresses, so the demo's mailbox shows them (the check-in QR code). */
function inlineImages(html: string, attachments: SendEmailOptions['attachments']): string {
  let out = html
  for (const a of attachments ?? []) {
    const cid = (a as { cid?: string }).cid
    const content = (a as { content?: unknown }).content
    const type = (a as { contentType?: string }).contentType
    if (!cid || !Buffer.isBuffer(content) || !type?.startsWith('image/')) continue
    out = out.split(`cid:${cid}`).join(`data:${type};base64,${content.toString('base64')}`)
  }
  return out
}

const asText = (value: unknown) =>
  Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' && value !== null ? String((value as { address?: string }).address ?? '') : String(value ?? '')

/**
 * The demo's e-mail adapter: every message is written to data/mailbox/ and shown at /mailbox on the
 * CMS, so a person trying the portal can open the confirmation link. Never used when SMTP is set.
 */
export const localMailboxAdapter: EmailAdapter = () => ({
  name: 'local-mailbox',
  defaultFromAddress: config.MAIL_FROM,
  defaultFromName: config.MAIL_FROM_NAME,
  sendEmail: async (message: SendEmailOptions) => {
    const dir = mailboxDirectory()
    fs.mkdirSync(dir, { recursive: true })
    const date = new Date()
    const id = `${date.getTime()}-${Math.random().toString(36).slice(2, 8)}`
    const mail: StoredMail = {
      id,
      date: date.toISOString(),
      to: asText(message.to),
      subject: String(message.subject ?? ''),
      text: String(message.text ?? ''),
      html: inlineImages(String(message.html ?? ''), message.attachments),
    }
    fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(mail, null, 2))
    console.log(`[posta dimostrativa / demo mail] a/to ${mail.to}: ${mail.subject}`)
    return { id }
  },
})

/** The newest stored mails first. */
export function readMailbox(limit = 50): StoredMail[] {
  const dir = mailboxDirectory()
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, limit)
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as StoredMail)
}
