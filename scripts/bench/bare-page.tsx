import { Card, Page, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';

/** The benchmark's baseline page: the WDS provider, a Page and one Card, nothing else. */
export function BarePage({ cardTitle }: { cardTitle: string }) {
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <Page height="100vh">
        <Page.Header title="Bare page" />
        <Page.Content>
          <Card>
            <Card.Header title={cardTitle} />
          </Card>
        </Page.Content>
      </Page>
    </WixDesignSystemProvider>
  );
}
