import { Box, Button, Text } from '@wix/design-system';

interface Props {
  page: number;
  /** Entries matching, as Wix counted them; null when Wix did not count. */
  total: number | null;
  pageSize: number;
  /** Whether Wix has entries after this page. */
  hasNext: boolean;
  /** Entries on this page. */
  shown: number;
  onPage: (page: number) => void;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "Showing 21–40 of 45 · page 2 of 3" (or "of more" when Wix did not count) with Previous and Next. */
export function LogPagination({ page, total, pageSize, hasNext, shown, onPage }: Props) {
  const first = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + shown;
  const of =
    total === null ? `of more · page ${page}` : `of ${count(total)} · page ${page} of ${count(Math.max(1, Math.ceil(total / pageSize)))}`;
  return (
    <Box align="space-between" verticalAlign="middle" padding="SP3 SP4">
      <Text size="small" secondary>{`Showing ${count(first)}–${count(last)} ${of}`}</Text>
      <Box gap="SP2">
        <Button size="small" priority="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <Button size="small" priority="secondary" disabled={!hasNext} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </Box>
    </Box>
  );
}
