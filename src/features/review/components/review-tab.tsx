import { Suspense } from 'react';
import { preloadable } from '../../../ui/preloadable';
import { LoadError } from '../../../page/load-error';
import { LoadingCard } from '../../../ui/loading-card';
import { useReviewData } from '../use-review-data';

/**
 * The review screen (checklist table, findings, decisions) is drawn only once the reads have answered,
 * so its code is fetched alongside them (`preloadReviewScreen` when the page opens on the review)
 * instead of holding up the page's first chunk. The loader stays until both are in.
 */
const { Component: ReviewScreen, preload: preloadReviewScreen } = preloadable(() => import('./review-screen').then((m) => m.ReviewScreen));
export { preloadReviewScreen };

const loading = <LoadingCard text="Loading the people with access…" />;

/** The access review: the first tab, a checklist of everyone with access and every invite the app knows. */
export function ReviewTab() {
  const data = useReviewData();
  if (data.isLoading) return loading;
  if (data.error || !data.site) return <LoadError error={data.error} onRetry={data.retry} />;
  return (
    <Suspense fallback={loading}>
      <ReviewScreen site={data.site} reviews={data.reviews} rolesNamed={data.rolesNamed} />
    </Suspense>
  );
}
