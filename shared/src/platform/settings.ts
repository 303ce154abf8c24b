import { z } from 'zod'

/** The public part of the site settings global. */
export const publicSettingsSchema = z.object({
  cityName: z.string().nullish(),
  portalName: z.string().nullish(),
  contactEmail: z.string().nullish(),
  contactPhone: z.string().nullish(),
  contactAddress: z.string().nullish(),
  privacyNoticeVersion: z.string().nullish(),
  mapStyleUrl: z.string().nullish(),
  defaultMapView: z.object({ centre: z.object({ lat: z.number().nullish(), lng: z.number().nullish() }).nullish(), zoom: z.number().nullish() }).nullish(),
})

export type PublicSettings = z.infer<typeof publicSettingsSchema>
