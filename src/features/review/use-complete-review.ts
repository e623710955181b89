import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openReview, type Review } from '../../access/review/review-record';
import { useOperationContext } from '../../app/app-context';
import { completeReview } from '../../operations/reviews';
import { cachedReviews, reviewSaved } from './review-cache';
import { reviewKeys } from './queries';

/** Completes the open review once its last decision is saved: next due date, Wix task, summary. */
export function useCompleteReview() {
  const context = useOperationContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await reviewSaved(queryClient);
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
