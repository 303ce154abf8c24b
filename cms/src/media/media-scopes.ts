import type { Access } from 'payload'
import { deleteMedia, publicMediaQuery, updateMedia } from './media-access.ts'

/** The file rules behind the matrix's media cells (src/media/media-access.ts). */
export const MEDIA_SCOPES: { publicFiles: Access; ownFiles: { update: Access; delete: Access } } = {
  // Files a published document uses, or that staff marked public.
  publicFiles: () => publicMediaQuery,
  // Update: files used only by the operator's neighbourhoods' documents, or an unused file they uploaded; delete: only the latter.
  ownFiles: { update: updateMedia, delete: deleteMedia },
}
