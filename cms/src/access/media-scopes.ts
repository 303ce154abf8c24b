import type { PayloadRequest, Where } from 'payload'

/** The file rules of the matrix's media cells: which files the public sees, which an operator may change. */
export const MEDIA_SCOPES: {
  publicFiles: (req: PayloadRequest) => boolean | Where
  ownFiles: (req: PayloadRequest) => boolean | Where
} = {
  publicFiles: () => true,
  ownFiles: () => false,
}
