import { config } from '../platform/config.ts'

/** The retention periods, in days, as the privacy notice states them. */
export function retentionPeriods() {
  return {
    /** After a lab closes or an event is over. */
    afterActivity: config.SIGNUP_RETENTION_DAYS,
    /** After a sign-up is cancelled, or its hold expired unconfirmed. */
    afterCancellation: config.SIGNUP_CANCELLED_RETENTION_DAYS,
    /** After the last meeting of a lab that was never closed. */
    afterLastMeeting: config.SIGNUP_OPEN_LAB_RETENTION_DAYS,
  }
}
