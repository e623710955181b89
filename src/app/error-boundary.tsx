import { Box, Button, EmptyState, Text } from '@wix/design-system';
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Last line of defence: a crash shows what happened and a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Box padding="SP6" direction="vertical" align="center">
        <EmptyState
          theme="page"
          title="Site Access ran into a problem"
          subtitle="Your site was not changed by this error. Reload the page to continue."
        >
          <Box direction="vertical" gap="SP2" align="center">
            <Text size="small" secondary>
              {error.message}
            </Text>
            <Button onClick={() => this.setState({ error: null })}>Try again</Button>
          </Box>
        </EmptyState>
      </Box>
    );
  }
}
