import { describe, expect, it } from 'vitest';
import { reviewSchema } from '../../src/access/review/review-record';
import { completeReview, saveReview, startReview } from '../../src/operations/reviews';
import { COLLECTIONS } from '../../src/wix/collections';
import { STORY_READINGS, useEmulator } from '../support/emulator';

describe.each(STORY_READINGS)('review records and reminders against the emulator (%s)', (_readings, readings) => {
  const wix = useEmulator('demo', readings);
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const reviews = () => wix.gateway.records.list(COLLECTIONS.reviews, reviewSchema);

  it('saves decisions with their dates and reads them back', async () => {
    const review = await startReview(context(), 'full-quarterly');
    const at = wix.clock();
    await saveReview(wix.gateway, {
      ...review,
      decisions: [
        {
          subjectKey: 'person:acc-sam',
          subjectType: 'person',
          subjectEmail: 'sam.ortiz.writes@gmail.com',
          subjectName: 'Sam Ortiz',
          role: 'Blog Writer',
          decision: 'keep',
          reason: '',
          at,
        },
      ],
    });
    const [saved] = await reviews();
    expect(saved?.completedAt).toBeNull();
    expect(saved?.decisions[0]?.at.toISOString()).toBe(at.toISOString());
  });

  it('completes a review with a task for the next one and ticks off the previous task', async () => {
    const first = await completeReview(context(), await startReview(context(), 'full-quarterly'), []);
    expect(first.warnings).toEqual([]);
    await wix.control.advanceDays(35);
    const second = await completeReview(context(), await startReview(context(), 'invites-monthly'), await reviews());
    expect(second.warnings).toEqual([]);
    const { tasks } = await wix.control.state();
    expect(tasks.map((t) => [t.title, t.status])).toEqual([
      ['Site Access: Pending invites check due', 'COMPLETED'],
      ['Site Access: Pending invites check due', 'ACTION_NEEDED'],
    ]);
  });

  it('still completes when Tasks & Reminders fails, and says so', async () => {
    await wix.control.givenFaults({ path: '/crm/tasks/v2/tasks', status: 500, times: 1 });
    const { review, warnings } = await completeReview(context(), await startReview(context(), 'full-quarterly'), []);
    expect(review.completedAt).not.toBeNull();
    expect(review.reminderTaskId).toBeNull();
    expect(warnings[0]).toMatch(/reminder could not be created/);
  });

  it('takes the new task back when the review cannot be saved as completed', async () => {
    const open = await startReview(context(), 'full-quarterly');
    await wix.control.givenFaults({ path: '/wix-data/v2/items/update', status: 503, times: 1 });
    await expect(completeReview(context(), open, [])).rejects.toMatchObject({ kind: 'server' });
    expect((await wix.control.state()).tasks).toEqual([]);
    expect((await reviews())[0]?.completedAt).toBeNull();
  });
});
