import { promisify } from 'node:util'
import zlib from 'node:zlib'
import Negotiator from 'negotiator'

/**
 * Compression of what the site renders (pages, feeds, exports): brotli or gzip, as the client's Accept-Encoding
 * prefers, with brotli first when both are equally welcome. A page is compressed once per encoding and kept so in
 * the page cache (see middleware.ts): a hit costs no compression at all.
 */
export type Encoding = 'br' | 'gzip'

/** Below this, the headers of a compressed answer weigh about what compression saves. */
export const MIN_COMPRESSED_BYTES = 1024

const COMPRESSIBLE_TYPE = /^(text\/|image\/svg\+xml|application\/([a-z.+-]*\+)?(json|xml|javascript|ecmascript)\b)/i

/** Whether a response of this content type is worth compressing (text of some kind; never images or archives). */
export function compressibleType(contentType: string | null | undefined): boolean {
  return COMPRESSIBLE_TYPE.test(contentType ?? '')
}

const OFFERED = ['br', 'gzip', 'identity']
const negotiated = new Map<string, Encoding | null>()
const NEGOTIATED_ENTRIES = 200

/** The encoding to answer an Accept-Encoding with, or null for none; remembered per distinct header value. */
export function negotiateEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null
  const known = negotiated.get(acceptEncoding)
  if (known !== undefined) return known
  const [best] = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encodings(OFFERED, { preferred: OFFERED })
  const encoding = best === 'br' || best === 'gzip' ? best : null
  if (negotiated.size >= NEGOTIATED_ENTRIES) negotiated.clear()
  negotiated.set(acceptEncoding, encoding)
  return encoding
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * Compresses off the event loop (zlib's thread pool). The levels trade a little size for time on the render path:
 * brotli 5 is within a few per cent of its best on pages, at a small fraction of the time; very large exports get a
 * faster level still.
 */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  const large = body.length > 1024 * 1024
  if (encoding === 'gzip') return gzip(body, { level: large ? 4 : 6 })
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: large ? 3 : 5,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  })
}

/** Adds Accept-Encoding to a Vary header's list (once). */
export function varyOnEncoding(vary: string | null | undefined): string {
  if (!vary) return 'Accept-Encoding'
  return /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary) ? vary : `${vary}, Accept-Encoding`
}
