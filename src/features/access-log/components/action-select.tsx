import { LOG_ACTIONS, type LogAction } from '../../../access/access-log';

const isAction = (id: string): id is LogAction => id in LOG_ACTIONS;

/**
 * The action filter as a native select: WDS's Dropdown renders a combobox without `aria-expanded`,
 * which screen readers (and axe-core) reject.
 */
export function ActionSelect({ id, value, onChange }: { id: string; value: LogAction | 'all'; onChange: (value: LogAction | 'all') => void }) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(isAction(e.target.value) ? e.target.value : 'all')}
      style={{ width: '100%', height: 36, padding: '0 10px', borderRadius: 6, border: '1px solid #7a8594', background: '#fff', fontFamily: 'Madefor, "Helvetica Neue", Helvetica, Arial, sans-serif', fontSize: 16, color: '#000624' }}
    >
      <option value="all">All actions</option>
      {Object.entries(LOG_ACTIONS).map(([action, label]) => (
        <option key={action} value={action}>{label}</option>
      ))}
    </select>
  );
}
