import { handleContributorCreated } from '../auto-end/contributor-created';
import { handleTaskOverdue } from '../auto-end/task-overdue';
import type { BackendPlatform } from '../platform';

type LocalEvent = { kind: 'task-overdue' | 'contributor-created'; body: unknown };
interface EventSource {
  subscribe(listener: (event: LocalEvent) => Promise<void>): () => void;
}

/**
 * Local mode's stand-in for Wix's event delivery: the emulator's events reach the same handlers Wix
 * calls (the Task Overdue event extension, the Contributor Created webhook). Answers the unsubscribe.
 */
export function bridgeEvents(source: EventSource, platform: BackendPlatform, onHandled: (kind: string, outcome: string) => void = () => {}): () => void {
  return source.subscribe(async (event) => {
    const outcome = event.kind === 'task-overdue' ? await handleTaskOverdue(platform, event.body) : await handleContributorCreated(platform, event.body);
    onHandled(event.kind, outcome);
  });
}
