import { Box, Button, Text } from '@wix/design-system';

interface Props {
  page: number;
  pages: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** "Showing 21–40 of 45" with Previous and Next. */
export function LogPagination({ page, pages, total, pageSize, onPage }: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Box align="space-between" verticalAlign="middle" padding="SP3 SP4">
      <Text size="small" secondary>{`Showing ${first}–${last} of ${total} · page ${page} of ${pages}`}</Text>
      <Box gap="SP2">
        <Button size="small" priority="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</Button>
        <Button size="small" priority="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>Next</Button>
      </Box>
    </Box>
  );
}
