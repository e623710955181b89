import { LOG_ACTIONS, type LogAction } from '../../../access/access-log';
import { Select } from '../../../ui/select';

const isAction = (id: string): id is LogAction => id in LOG_ACTIONS;
const OPTIONS = [{ id: 'all', label: 'All actions' }, ...Object.entries(LOG_ACTIONS).map(([id, label]) => ({ id, label }))];

/** The action filter of the access log. */
export function ActionSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: LogAction | 'all';
  onChange: (value: LogAction | 'all') => void;
}) {
  return <Select id={id} value={value} options={OPTIONS} onChange={(next) => onChange(isAction(next) ? next : 'all')} />;
}
