/**
 * Draws the page in the next task (as the app does, so the requests leave first) and appends `marker`
 * once both `reads` have answered and the page is drawn: what the benchmark waits for.
 */
export function markReady(reads: Promise<unknown>, draw: (drawn: () => void) => void, marker: string): void {
  let read = false;
  let drawn = false;
  const ready = () => {
    if (read && drawn) document.body.append(marker);
  };
  void reads.then(() => {
    read = true;
    ready();
  });
  setTimeout(
    () =>
      draw(() => {
        drawn = true;
        ready();
      }),
    0,
  );
}
