import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

/** Opens a WDS dropdown by its label and picks an option, as a person does with the mouse. */
export async function chooseOption(user: ReturnType<typeof userEvent.setup>, label: string | RegExp, option: string): Promise<void> {
  const combobox = await screen.findByRole('combobox', { name: label });
  await user.click(combobox);
  await user.click(await screen.findByRole('option', { name: option }));
}

