// negotiator 1.x takes the server's preferred order for ties (`preferred`); the published types predate it.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> })
    encodings(available?: readonly string[], options?: { preferred?: readonly string[] }): string[]
  }
}
