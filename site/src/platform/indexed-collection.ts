import { CmsUnavailableError } from './cms-errors.ts'

type Id = number | string

/**
 * A whole published collection kept in memory, built into an index (the events, the pacts with their projects):
 * pages filter it instead of asking the CMS for thousands of documents on each render.
 */
export interface IndexedCollection<I> {
  /**
   * The index, loaded on first use. Once loaded it is served at once: past its time to live a fresh one loads
   * meanwhile, and while the CMS is down the last good one stays. A first load that fails is a CmsUnavailableError.
   */
  get(): Promise<I>
  /** Fetches these documents again (published or gone) and patches the index: what the CMS names when it purges. */
  refresh(ids: Id[]): Promise<void>
  /** Forgets the index (after an import): the next request loads it again, from what the CMS holds now. */
  forget(): Promise<void>
  /** Serves this index instead of the CMS's, until the next reload (tests and profiling). */
  prime(index: I): void
}

export interface IndexedCollectionOptions<I> {
  /** What the index holds ('event', 'pact'), for the logs and errors. */
  name: string
  /** An index older than this is reloaded (in the background) on its next use. */
  ttlMs: number
  /** Reads the whole collection and builds its index. */
  load(): Promise<I>
  /**
   * Reads these documents again, given the index as it stands; resolves to what applies the change to the
   * index as it stands then (another change may have been applied meanwhile).
   */
  fetchChanges(ids: Id[], current: I): Promise<(latest: I) => I>
}

export function indexedCollection<I extends { loadedAt: number }>(options: IndexedCollectionOptions<I>): IndexedCollection<I> {
  let index: I | null = null
  let loading: Promise<I> | null = null
  /**
   * Bumped when the whole index is forgotten (after an import): a load that started before cannot store what
   * it read, which may predate the change, and a refresh under way leaves the index alone.
   */
  let generation = 0

  const reload = (): Promise<I> => {
    if (loading) return loading
    const started = generation
    const load: Promise<I> = options
      .load()
      .then((built) => {
        if (started === generation) index = built
        return built
      })
      .catch((err: unknown) => {
        // The index is read from the CMS: its failures are the CMS's.
        throw err instanceof CmsUnavailableError ? err : new CmsUnavailableError(`CMS unreachable: ${options.name} index`, { cause: err })
      })
      .finally(() => {
        if (loading === load) loading = null
      })
    loading = load
    return load
  }

  return {
    async get() {
      if (!index) return reload()
      if (Date.now() - index.loadedAt > options.ttlMs) void reload().catch((err: unknown) => console.error(`${options.name} index reload failed`, err))
      return index
    },
    async refresh(ids) {
      // A load under way may have read the database before this change: let it finish, then patch it.
      if (loading) await loading.catch(() => undefined)
      if (!index || ids.length === 0) return
      const started = generation
      const apply = await options.fetchChanges(ids, index)
      // Forgotten meanwhile: the next request loads everything afresh.
      if (started !== generation || !index) return
      index = { ...apply(index), loadedAt: index.loadedAt }
    },
    async forget() {
      generation++
      index = null
      loading = null
    },
    prime(primed) {
      index = primed
    },
  }
}
