import { FormField, RadioGroup, Text } from '@wix/design-system';
import { OWNER_ROLE_TITLE, findRoleByTitle, type Role } from '../../../access/people';

interface Props {
  roles: readonly Role[];
  current: readonly string[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
  required?: boolean;
}

/** The roles someone can be given (not the owner's, not the one they have). */
export function RoleChoice({ roles, current, value, onChange, label = 'New role', required = true }: Props) {
  const owner = findRoleByTitle(roles, OWNER_ROLE_TITLE);
  const choices = roles.filter((r) => r.id !== owner?.id && !current.includes(r.id));
  return (
    <FormField label={label} required={required}>
      <RadioGroup value={value} onChange={(id) => onChange(String(id))}>
        {choices.map((role) => (
          <RadioGroup.Radio key={role.id} value={role.id}>
            <Text size="small" weight="bold">
              {role.title}
            </Text>
            {role.description && (
              <Text size="tiny" secondary>
                {' '}
                — {role.description}
              </Text>
            )}
          </RadioGroup.Radio>
        ))}
      </RadioGroup>
    </FormField>
  );
}
