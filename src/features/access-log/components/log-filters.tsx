import { Box, Button, Dropdown, FormField, Input } from '@wix/design-system';
import { LOG_ACTIONS, type LogAction } from '../../../access/access-log';
import { dateRangeProblem, NO_FILTER, type LogFilter } from '../../../access/log-view';

const ACTION_OPTIONS = [
  { id: 'all', value: 'All actions' },
  ...Object.entries(LOG_ACTIONS).map(([id, value]) => ({ id, value })),
];

const isAction = (id: string): id is LogAction => id in LOG_ACTIONS;

/** Person, action and date range filters over the access log. */
export function LogFilters({ filter, onChange }: { filter: LogFilter; onChange: (filter: LogFilter) => void }) {
  const rangeProblem = dateRangeProblem(filter);
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <Box gap="SP3" verticalAlign="bottom" padding="SP4" flexWrap="wrap">
      <Box width="240px">
        <FormField id="log-filter-person" label="Person">
          <Input id="log-filter-person" placeholder="Name or email" value={filter.person} onChange={(e) => set({ person: e.target.value })} />
        </FormField>
      </Box>
      <Box width="220px">
        <FormField id="log-filter-action" label="Action">
          <Dropdown
            id="log-filter-action"
            options={ACTION_OPTIONS}
            selectedId={filter.action}
            onSelect={(option) => {
              const id = String(option.id);
              set({ action: isAction(id) ? id : 'all' });
            }}
          />
        </FormField>
      </Box>
      <Box width="170px">
        <FormField id="log-filter-from" label="From" status={rangeProblem ? 'error' : undefined} statusMessage={rangeProblem ?? undefined}>
          <Input id="log-filter-from" type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </FormField>
      </Box>
      <Box width="170px">
        <FormField id="log-filter-to" label="To">
          <Input id="log-filter-to" type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </FormField>
      </Box>
      {filtered && (
        <Button priority="secondary" onClick={() => onChange(NO_FILTER)}>Clear filters</Button>
      )}
    </Box>
  );
}
