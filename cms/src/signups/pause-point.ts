import { config } from '../platform/config.ts'

/**
 * For the crash test only: with QUARTIERI_PAUSE_POINT="<point>:<e-mail>", the sign-up of that address stops at that
 * point, between two of its writes, as long as the process lives (holding its laboratory's turn), so a kill -9
 * lands exactly there. Unset, as everywhere but in that test, it does nothing.
 */
export async function pausePoint(point: 'signup-after-record' | 'signup-after-claim', email: string | null | undefined): Promise<void> {
  const spec = config.QUARTIERI_PAUSE_POINT
  if (!spec || !email || spec !== `${point}:${email}`) return
  await new Promise<void>(() => {})
}
