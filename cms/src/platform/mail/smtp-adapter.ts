import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export interface SmtpSettings {
  fromAddress: string
  fromName: string
  transport: SMTPTransport.Options
}

/**
 * Payload's e-mail adapter over nodemailer's SMTP transport. Payload's own nodemailer package lags
 * behind its releases (it pins an older payload as a peer), and all it adds over nodemailer is this.
 */
export function smtpAdapter(settings: SmtpSettings): EmailAdapter {
  const transport = nodemailer.createTransport(settings.transport)
  return () => ({
    name: 'smtp',
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    sendEmail: async (message: SendEmailOptions) => {
      const from =
        typeof message.from === 'object' && message.from && 'address' in message.from
          ? message.from.name
            ? `${message.from.name} <${message.from.address}>`
            : message.from.address
          : message.from
      return transport.sendMail({ ...message, from: from || `${settings.fromName} <${settings.fromAddress}>` })
    },
  })
}
