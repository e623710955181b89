import { handleTaskOverdue } from '../auto-end/task-overdue';
import type { BackendPlatform } from '../platform';

type LocalEvent = { kind: 'task-overdue'; body: unknown };
interface EventSource {
  subscribe(listener: (event: LocalEvent) => Promise<void>): () => void;
}

/**
 * The platform an event handler runs with: Wix runs it as the app for the event's instance, with no
 * caller, so Token Info throws ("Cannot find an authentication strategy") and nothing can be asked of it.
 */
export function eventPlatform(platform: BackendPlatform): BackendPlatform {
  const noToken = () =>
    Promise.reject(new Error('Cannot find an authentication strategy: an event handler has no caller (Token Info is not available).'));
  return { ...platform, siteId: noToken, caller: async () => null };
}

/**
 * Local mode's stand-in for Wix's event delivery: the emulator's events reach the same handlers Wix
 * calls (the Task Overdue event extension). `callerInEvents` is the emulator's `eventsAuth` reading: off
 * (Wix's runtime, the default), handlers get no token. Answers the unsubscribe.
 */
export function bridgeEvents(
  source: EventSource,
  platform: BackendPlatform,
  onHandled: (kind: string, outcome: string) => void = () => {},
  callerInEvents: () => boolean = () => false,
): () => void {
  return source.subscribe(async (event) => {
    const asWixRuns = callerInEvents() ? platform : eventPlatform(platform);
    onHandled(event.kind, await handleTaskOverdue(asWixRuns, event.body));
  });
}
