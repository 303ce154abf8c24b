import { z } from 'zod'

/** The public part of the site settings global. */
export const publicSettingsSchema = z.object({
  cityName: z.string().nullish(),
  /** The emblem's file, when the public may see it (depth 1), else its id. */
  emblem: z
    .union([z.object({ url: z.string().nullish(), alt: z.string().nullish(), width: z.number().nullish(), height: z.number().nullish() }), z.number(), z.string()])
    .nullish(),
  pec: z.string().nullish(),
  website: z.string().nullish(),
  accessibilityStatementUrl: z.string().nullish(),
  openDataPublisher: z.string().nullish(),
  dpoName: z.string().nullish(),
  dpoEmail: z.string().nullish(),
  /** The retention periods of sign-ups, in days (the CMS's configuration). */
  retentionDays: z.object({ afterActivity: z.number(), afterCancellation: z.number(), afterLastMeeting: z.number() }).nullish(),
  portalName: z.string().nullish(),
  contactEmail: z.string().nullish(),
  contactPhone: z.string().nullish(),
  contactAddress: z.string().nullish(),
  privacyNoticeVersion: z.string().nullish(),
  mapStyleUrl: z.string().nullish(),
  defaultMapView: z.object({ centre: z.object({ lat: z.number().nullish(), lng: z.number().nullish() }).nullish(), zoom: z.number().nullish() }).nullish(),
})

export type PublicSettings = z.infer<typeof publicSettingsSchema>
