import type { PayloadRequest } from 'payload'

/** The JSON object a custom endpoint was posted; null for no body, a body that is not JSON, or JSON that is not an object. */
export async function jsonObjectBody(req: PayloadRequest): Promise<Record<string, unknown> | null> {
  try {
    const body = (await req.json?.()) as unknown
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}
