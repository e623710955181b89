import { Page, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';

export default function SiteAccessPage() {
  return (
    <WixDesignSystemProvider>
      <Page><Page.Header title="Site Access" /></Page>
    </WixDesignSystemProvider>
  );
}
