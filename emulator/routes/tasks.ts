import { Hono } from 'hono';
import { createTaskRequest, queryTasksRequest, updateTaskRequest } from '../../src/wix/wire-requests.js';
import { compileFilter, sortItems } from '../data-filter.js';
import type { EmulatedTask } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

/** CRM Tasks (`/crm/tasks/v2/tasks...`): what the site's Tasks & Reminders shows. */
export function taskRoutes(store: EmulatorStore) {
  const app = new Hono();
  const find = (id: string) => {
    const task = store.state.tasks.find((t) => t.id === id);
    if (!task) throw notFound(`Task ${id}`);
    return task;
  };

  app.post('/', async (c) => {
    const { task } = await parseBody(c, createTaskRequest);
    const now = store.nowIso();
    const created: EmulatedTask = {
      id: store.guid(),
      revision: '1',
      title: task.title,
      description: task.description,
      dueDate: task.dueDate,
      status: task.status ?? 'ACTION_NEEDED',
      source: { sourceType: 'APP' },
      createdDate: now,
      updatedDate: now,
    };
    store.state.tasks.push(created);
    store.save();
    return c.json({ task: created });
  });

  app.patch('/:id', async (c) => {
    const { task: changes } = await parseBody(c, updateTaskRequest);
    const task = find(c.req.param('id'));
    if (changes.revision !== task.revision) {
      throw new WixHttpError(409, 'REVISION_MISMATCH', 'The task was changed since it was read. Reload it and try again.');
    }
    const { id: _id, revision: _revision, ...fields } = changes;
    Object.assign(task, fields, { revision: String(Number(task.revision) + 1), updatedDate: store.nowIso() });
    store.save();
    return c.json({ task });
  });

  app.delete('/:id', (c) => {
    const task = find(c.req.param('id'));
    store.state.tasks = store.state.tasks.filter((t) => t !== task);
    store.save();
    return c.json({});
  });

  app.post('/query', async (c) => {
    const { query } = await parseBody(c, queryTasksRequest);
    const records = store.state.tasks as unknown as Record<string, unknown>[];
    const matching = sortItems(records.filter(compileFilter(query?.filter)), query?.sort);
    const limit = query?.cursorPaging?.limit ?? 50;
    const start = Number(query?.cursorPaging?.cursor ?? 0) || 0;
    const page = matching.slice(start, start + limit);
    const hasNext = start + limit < matching.length;
    return c.json({
      tasks: page,
      pagingMetadata: { count: page.length, cursors: hasNext ? { next: String(start + limit) } : {}, hasNext },
    });
  });

  return app;
}
