import { FormField, RadioGroup } from '@wix/design-system';
import { formatDate } from '../../../access/format';

interface Props {
  autoEnd: boolean;
  endsAt: Date;
  onChange(autoEnd: boolean): void;
}

/** What happens on the end date: Site Access removes the access (the default), or only reminds the owner. */
export function EndingField({ autoEnd, endsAt, onChange }: Props) {
  return (
    <FormField label="On the end date">
      <RadioGroup display="horizontal" value={autoEnd ? 'remove' : 'remind'} onChange={(value) => onChange(value === 'remove')}>
        <RadioGroup.Radio value="remove">
          {Number.isNaN(endsAt.getTime()) ? 'Removed automatically on the end date' : `Removed automatically on ${formatDate(endsAt)}`}
        </RadioGroup.Radio>
        <RadioGroup.Radio value="remind">Remind me only</RadioGroup.Radio>
      </RadioGroup>
    </FormField>
  );
}
