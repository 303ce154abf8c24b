import { createHmac, timingSafeEqual } from 'node:crypto'
import QRCode from 'qrcode'
import { config } from '../platform/config.ts'

/** Letters and digits that cannot be mistaken for one another when read aloud or typed from paper (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const SIGNATURE_LENGTH = 6

function signature(id: number | string): string {
  const digest = createHmac('sha256', config.PAYLOAD_SECRET).update(`check-in:${id}`).digest()
  let out = ''
  for (let i = 0; i < SIGNATURE_LENGTH; i++) out += ALPHABET[digest[i]! % ALPHABET.length]
  return out
}

/**
 * A confirmed person's check-in code: the sign-up's number and a signature only the CMS can make, so a code
 * cannot be guessed from another (`1234-K7QF9M`). Nothing is stored: the code is checked by making it again.
 */
export function checkInCode(registrationId: number | string): string {
  return `${registrationId}-${signature(registrationId)}`
}

/** The sign-up a typed or scanned code names, or null when the code is not one the CMS made. Spaces, case and a missing dash are forgiven. */
export function registrationOfCode(input: string): number | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  const match = /^(\d{1,12})([A-Z0-9]{6})$/.exec(compact)
  if (!match) return null
  const expected = Buffer.from(signature(match[1]!))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? Number(match[1]) : null
}

/** Where the QR code leads: the admin's attendance screen, which checks the person in (staff only; anyone else meets the login). */
export function checkInUrl(registrationId: number | string): string {
  return new URL(`/admin/presenze?codice=${encodeURIComponent(checkInCode(registrationId))}`, config.CMS_PUBLIC_URL).toString()
}

/** The QR code of a check-in, as a PNG to attach to the confirmation mail. */
export function checkInQrPng(registrationId: number | string): Promise<Buffer> {
  return QRCode.toBuffer(checkInUrl(registrationId), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 })
}
