import { Card, Page, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { render } from 'react-dom';

/** The benchmark's baseline: the WDS provider, a Page and one Card, built exactly like the app. */
render(
  <WixDesignSystemProvider features={{ newColorsBranding: true }}>
    <Page height="100vh">
      <Page.Header title="Bare page" />
      <Page.Content>
        <Card>
          <Card.Header title="Bare page ready" />
        </Card>
      </Page.Content>
    </Page>
  </WixDesignSystemProvider>,
  document.getElementById('root'),
);
