import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openReview, type Review } from '../../access/review/review-record';
import { useOperationContext, useServices } from '../../page/services';
import { completeReview } from '../../operations/reviews';
import { cachedReviews, persistDecisions } from './review-cache';
import { reviewKeys } from './queries';

/** Completes the open review once its decisions are saved in their records: next due date, Wix task, summary. */
export function useCompleteReview() {
  const context = useOperationContext();
  const { gateway } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // Every decision saved in its record first (a failed save is tried again; if it fails, nothing completes).
      await persistDecisions(queryClient, gateway);
      const reviews = cachedReviews(queryClient);
      const review = openReview(reviews);
      if (!review) throw new Error('There is no review in progress.');
      return completeReview(context, review, reviews);
    },
    onSuccess: ({ review }) => {
      queryClient.setQueryData<Review[]>(reviewKeys.reviews, (reviews = []) => reviews.map((r) => (r._id === review._id ? review : r)));
    },
  });
}
