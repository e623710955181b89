import { Box, Button, FormField, Input, InputArea, Text, TextButton } from '@wix/design-system';
import { useState } from 'react';
import type { Role } from '../../access/people';
import { DEFAULT_TEMPLATE, PLACEHOLDERS, renderWelcome, welcomeProblems, type WelcomeSettings } from '../../access/welcome-message';
import { useServices } from '../services';
import { Select } from '../../ui/select';
import { useSaveWelcomeMessage } from './use-save-welcome-message';
import { useCopyText } from '../use-copy-text';

interface Props {
  saved: WelcomeSettings;
  roles: Role[];
  initialName: string;
}

const status = (problem?: string) => (problem ? { status: 'error' as const, statusMessage: problem } : {});

/** Edits the template, shows the filled-in message, copies it, and saves the owner's version. */
export function WelcomeMessageEditor({ saved, roles, initialName }: Props) {
  const { dashboard } = useServices();
  const copyText = useCopyText();
  const save = useSaveWelcomeMessage();
  const [draft, setDraft] = useState(saved);
  const [roleId, setRoleId] = useState(roles[0]?.id ?? '');
  const [name, setName] = useState(initialName);
  const role = roles.find((r) => r.id === roleId);
  const problems = welcomeProblems(draft);
  const message = renderWelcome(draft.template, {
    name,
    role: role?.title ?? '',
    roleDescription: role?.description ?? '',
    siteName: draft.siteName,
    contact: draft.contact,
  });
  const edit = (field: keyof WelcomeSettings) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });

  const copy = () => copyText(message, 'Welcome message copied. Paste it into your email.');
  const remember = () =>
    save.mutate(draft, {
      onSuccess: (stored) => {
        setDraft(stored);
        dashboard.showToast({ message: 'Your welcome message is saved for this site.', type: 'success' });
      },
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });

  return (
    <Box gap="SP6">
      <Box direction="vertical" gap="SP3" width="50%">
        <Box gap="SP3">
          <FormField label="Site name" id="welcome-site-name" {...status(problems.siteName)}>
            <Input id="welcome-site-name" value={draft.siteName} placeholder="Your site's name" onChange={edit('siteName')} />
          </FormField>
          <FormField label="Whom to ask" id="welcome-contact" {...status(problems.contact)}>
            <Input id="welcome-contact" value={draft.contact} onChange={edit('contact')} />
          </FormField>
        </Box>
        <Box gap="SP3">
          <FormField label="Their name" id="welcome-name">
            <Input id="welcome-name" value={name} placeholder="there" onChange={(e) => setName(e.target.value)} />
          </FormField>
          {roles.length > 1 && (
            <FormField label="Their role" id="welcome-role">
              <Select id="welcome-role" value={roleId} options={roles.map((r) => ({ id: r.id, label: r.title }))} onChange={setRoleId} />
            </FormField>
          )}
        </Box>
        <FormField label="Your message" id="welcome-template" {...status(problems.template)}>
          <InputArea id="welcome-template" rows={12} value={draft.template} onChange={edit('template')} />
        </FormField>
        <Text size="small" secondary>{`Filled in for each person: ${PLACEHOLDERS.join(', ')}`}</Text>
        <Box gap="SP3" verticalAlign="middle">
          <Button size="small" priority="secondary" disabled={Object.keys(problems).length > 0 || save.isLoading} onClick={remember}>
            {save.isLoading ? 'Saving…' : 'Save for this site'}
          </Button>
          <TextButton size="small" onClick={() => setDraft({ ...draft, template: DEFAULT_TEMPLATE })}>
            Use the guide's message
          </TextButton>
        </Box>
      </Box>
      <Box direction="vertical" gap="SP3" width="50%">
        <FormField label={`Message for ${role?.title ?? 'them'}`} id="welcome-preview">
          <InputArea id="welcome-preview" rows={18} value={message} readOnly />
        </FormField>
        <Box gap="SP3" verticalAlign="middle">
          <Button size="small" onClick={copy}>
            Copy message
          </Button>
          <Text size="small" secondary>
            Paste it into your own email to them.
          </Text>
        </Box>
      </Box>
    </Box>
  );
}
