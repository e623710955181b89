import { Box, Button, Text } from '@wix/design-system';
import { accessChangeBlocker } from '../../../access/guards';
import type { Offboarding } from '../../../access/offboarding';
import type { Contributor, Role } from '../../../access/people';
import { useStartOffboarding } from '../use-start-offboarding';

export interface PersonActionProps {
  person: Contributor;
  people: Contributor[];
  roles: Role[];
  /** Their offboarding already in progress, if any. */
  existing?: Offboarding;
  onOpen: (offboardingId: string) => void;
  primary?: boolean;
}

/** Starts (or continues) someone's offboarding; refused for the owner and the last admin, with why. */
export function PersonAction({ person, people, roles, existing, onOpen, primary = false }: PersonActionProps) {
  const start = useStartOffboarding();
  if (existing) {
    return (
      <Button
        size="small"
        priority="secondary"
        onClick={() => onOpen(existing._id)}
        aria-label={`Continue the offboarding of ${person.name}`}
      >
        Continue
      </Button>
    );
  }
  const blocked = accessChangeBlocker(person, people, roles) !== null;
  const label = primary ? 'Start offboarding' : 'Offboard';
  return (
    <Box direction="vertical" gap="SP1">
      <Button
        size="small"
        priority={primary ? 'primary' : 'secondary'}
        disabled={blocked || start.isLoading}
        aria-label={`${label} ${person.name}`}
        onClick={() => start.mutate({ person, people, roles }, { onSuccess: (record) => onOpen(record._id) })}
      >
        {start.isLoading ? 'Starting…' : label}
      </Button>
      {start.isError && (
        <Text size="tiny" skin="error" role="alert">
          {(start.error as Error).message}
        </Text>
      )}
    </Box>
  );
}
