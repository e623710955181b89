import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

/**
 * Opens a WDS dropdown by its label and picks an option by its text. Clicks are plain DOM clicks:
 * user-event's pointer moves ask jsdom for the computed `pointer-events` of every ancestor, which under
 * WDS's injected styles takes seconds per click on a full dashboard page.
 */
export async function chooseOption(label: string | RegExp, option: string): Promise<void> {
  fireEvent.click(await screen.findByLabelText(label, { selector: 'input' }));
  const listbox = await waitFor(() => {
    const open = document.querySelector<HTMLElement>('[role="listbox"]');
    if (!open) throw new Error(`the list of ${String(label)} did not open`);
    return open;
  });
  fireEvent.click(within(listbox).getByText(option, { exact: true }));
}

/** Puts text in a field in one go (a paste): typing it key by key re-renders the page for every character. */
export async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
