import { chooseOption } from '../support/wds-controls';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('Access log: readable to a person', () => {
  const wix = useEmulator('demo');
  const minutesAgo = (minutes: number) => new Date(wix.clock().getTime() - minutes * 60_000).toISOString();
  const LONG = `Offboarding documented. Added Jun 1, 2026; removed Nov 30, 2026 by Maya Levin (owner); ${'verified gone and every outside tool checked, '.repeat(12)}end.`;

  /** Entries as Wix Data keeps them, including ones written before the actions had their own names. */
  async function givenLog() {
    const entry = (minutes: number, action: string, subjectEmail: string, detail: string, subjectName = '') =>
      wix.gateway.records.insert(COLLECTIONS.accessLog, z.looseObject({ _id: z.string() }), {
        at: minutesAgo(minutes),
        action,
        subjectEmail,
        subjectName,
        role: 'Website Designer',
        reason: '',
        actor: 'Maya Levin (owner)',
        outcome: 'done',
        detail,
      });
    await entry(9, 'invited', 'new@example.com', '');
    await entry(8, 'removed', 'lena@parkstudio.design', '', 'Lena Park');
    await entry(
      7,
      'checklist-item',
      'lena@parkstudio.design',
      'Offboarding security check done: Review custom code (Settings, Custom Code)',
      'Lena Park',
    );
    await entry(6, 'checklist-item', 'lena@parkstudio.design', LONG, 'Lena Park');
    await entry(5, 'handoff-step', 'jane@newowner.example', 'Ownership transfer started in Wix', 'Jane Roe');
    await entry(4, 'security-check', 'support@powr.io', 'Security check skipped: Review domain settings', 'POWR Support');
  }

  it("names every action in words, shows details at the table's text size, and cuts long ones with the full text on hover", async () => {
    await givenLog();
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Access log' }));
    await screen.findByText('Showing 1–6 of 6 · page 1 of 1');
    // The action cell: the action's name, then its outcome's badge.
    const actionCells = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
    expect(actionCells.every((text) => text.endsWith('done'))).toBe(true);
    const actions = actionCells.map((text) => text.replace(/done$/, ''));
    expect(actions).toEqual([
      'Offboarding security check',
      'Ownership handoff step',
      'Offboarding documented',
      'Offboarding security check',
      'Access removed',
      'Invite sent',
    ]);
    expect(screen.queryByText('Checklist item')).not.toBeInTheDocument();

    const detail = screen.getByTitle(LONG);
    expect(detail).toHaveTextContent(LONG);
    expect(within(detail).getByText(LONG)).toHaveAttribute('data-size', 'small');
    expect(screen.getByText('Security check skipped: Review domain settings')).toHaveAttribute('data-size', 'small');

    await chooseOption('Action', 'Offboarding documented');
    expect(await screen.findByText('Showing 1–1 of 1 · page 1 of 1')).toBeInTheDocument();
    expect(screen.getByTitle(LONG)).toBeInTheDocument();
    await chooseOption('Action', 'Offboarding security check');
    expect(await screen.findByText('Showing 1–2 of 2 · page 1 of 1')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveAttribute('aria-expanded', 'true');
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).not.toContain('Checklist item');
    expect(options).toEqual(
      expect.arrayContaining([
        'Invite sent',
        'Access removed',
        'Offboarding security check',
        'Offboarding documented',
        'Ownership handoff step',
      ]),
    );
  });
});
