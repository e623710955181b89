import { useServices } from './services';

/** Copies text to the clipboard and says so in a toast (or how to copy it by hand when the browser refuses). */
export function useCopyText() {
  const { dashboard } = useServices();
  return async (text: string, copiedMessage: string) => {
    try {
      await navigator.clipboard.writeText(text);
      dashboard.showToast({ message: copiedMessage, type: 'success' });
    } catch {
      dashboard.showToast({
        message: 'Your browser did not allow copying. Select the text and press Ctrl+C (⌘C on a Mac).',
        type: 'warning',
      });
    }
  };
}
