import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code loads on demand, like `React.lazy`, that can be loaded ahead of time
 * (`preload`). Once its code is in, it is drawn at once: `React.lazy` would still suspend on first
 * use, draw the fallback and draw again in a later task, a whole extra pass over the page.
 * A failed load is forgotten, so the next attempt loads again.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Preloaded(props: P) {
    // Chosen once per mount: switching from the lazy one to the loaded one would be a new component
    // to React, which would throw away the screen's state and DOM.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  /** Settles once the code is in or failed to load (a failure shows when the component is drawn). */
  const preload = (): Promise<void> =>
    start().then(
      () => undefined,
      () => undefined,
    );
  return { Component: Preloaded, preload };
}
