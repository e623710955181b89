/** Builds a value the first time it is asked for (a module's API, a client), then gives the same one. */
export function once<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

type AsyncApi = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * An API whose methods all return promises, standing in for the one `load` gives: each call waits for
 * it, then calls the same method. `load` should cache its answer (it is called on every call).
 */
export function lazyApi<T extends AsyncApi>(load: () => Promise<T>): T {
  const handler: ProxyHandler<AsyncApi> = {
    // Not a thenable (`await api` gives the API itself), and no symbol-keyed methods.
    get: (_target, name) =>
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (...args: unknown[]) => {
            const api = await load();
            const method: unknown = api[name];
            if (typeof method !== 'function') throw new TypeError(`${String(name)} is not a method of the API`);
            return method.apply(api, args);
          },
  };
  // Every property read gives a method that loads the API first: the shape is T's (all methods, all async).
  return new Proxy<AsyncApi>({}, handler) as T;
}
