import type { EmulatedTask } from './model.js';
import type { EmulatorStore } from './store.js';

/**
 * Events Wix delivers to the app's backend, in the shape the app's handler receives them: Task Overdue, as
 * `@wix/crm`'s `tasks.onTaskOverdue` hands it over: `{data: {task}, metadata: {_id, entityId, eventTime, instanceId, ...}}`.
 * (Contributor Created exists only as an account-level REST webhook that no SDK package offers as an event
 * extension, so an app on a site does not receive it: the emulator does not send it either.)
 * Wix signs and queues events; here they are handed to the listeners (local mode's backend) directly.
 */
export type AppEvent = { kind: 'task-overdue'; body: { data: { task: Record<string, unknown> }; metadata: Record<string, unknown> } };

export type AppEventListener = (event: AppEvent) => Promise<void>;

export interface DeliveredEvent {
  kind: AppEvent['kind'];
  id: string;
  entityId: string;
  at: string;
}

/** Delivers events to whoever listens (the local backend), and remembers what it delivered. */
export class EventBus {
  private listeners = new Set<AppEventListener>();
  delivered: DeliveredEvent[] = [];

  subscribe(listener: AppEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for every listener, so a control call returns once the backend has handled it. A listener's failure is its own. */
  async deliver(event: AppEvent, record: DeliveredEvent): Promise<void> {
    this.delivered.push(record);
    await Promise.allSettled([...this.listeners].map((listener) => listener(event)));
  }
}

function taskOverdue(store: EmulatorStore, task: EmulatedTask): [AppEvent, DeliveredEvent] {
  const id = store.guid();
  const eventTime = store.nowIso();
  const { id: taskId, ...fields } = task;
  const metadata = {
    _id: id,
    entityId: taskId,
    eventTime,
    entityFqdn: 'wix.crm.tasks.v2.task',
    slug: 'task_overdue',
    instanceId: store.state.instanceId,
  };
  return [
    { kind: 'task-overdue', body: { data: { task: { _id: taskId, ...fields } }, metadata } },
    { kind: 'task-overdue', id, entityId: taskId, at: eventTime },
  ];
}

/** Task Overdue for every open task whose due date the clock has passed, once per task and due date. */
export async function deliverOverdueTasks(store: EmulatorStore): Promise<void> {
  const now = store.now().getTime();
  const due = store.state.tasks.filter(
    (t) => t.status === 'ACTION_NEEDED' && t.dueDate && Date.parse(t.dueDate) <= now && store.state.overdueDelivered[t.id] !== t.dueDate,
  );
  for (const task of due) store.state.overdueDelivered[task.id] = task.dueDate ?? '';
  store.save();
  for (const task of due) await store.events.deliver(...taskOverdue(store, task));
}
