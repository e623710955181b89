import { Box, Button, FormField, Input } from '@wix/design-system';
import { dateRangeProblem, NO_FILTER, type LogFilter } from '../../../access/log-view';
import { ActionSelect } from './action-select';

/** Person, action and date range filters over the access log. */
export function LogFilters({ filter, onChange }: { filter: LogFilter; onChange: (filter: LogFilter) => void }) {
  const rangeProblem = dateRangeProblem(filter);
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <Box gap="SP3" verticalAlign="bottom" padding="SP4" flexWrap="wrap">
      <Box width="240px">
        <FormField id="log-filter-person" label="Person">
          <Input
            id="log-filter-person"
            placeholder="Name or email"
            value={filter.person}
            onChange={(e) => set({ person: e.target.value })}
          />
        </FormField>
      </Box>
      <Box width="220px">
        <FormField id="log-filter-action" label="Action">
          <ActionSelect id="log-filter-action" value={filter.action} onChange={(action) => set({ action })} />
        </FormField>
      </Box>
      {/* Dates stay WDS Inputs of type date (the browser's own picker): WDS 1.328's DatePicker, open, has four
          serious axe findings (unnamed month arrows and dialog, a grid without rows, an ARIA attribute on a div). */}
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
        <Button priority="secondary" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </Box>
  );
}
