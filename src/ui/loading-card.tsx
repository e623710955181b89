import { Box, Card, Loader } from '@wix/design-system';

/** A card that says what is loading, as Wix's own pages show it while they wait. */
export function LoadingCard({ text }: { text: string }) {
  return (
    <Card>
      <Box align="center" padding="SP10">
        <Loader size="medium" text={text} />
      </Box>
    </Card>
  );
}
