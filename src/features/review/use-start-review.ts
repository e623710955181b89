import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Review, ReviewKind } from '../../access/review/review-record';
import { useOperationContext } from '../../page/services';
import { startReview } from '../../operations/reviews';
import { reviewKeys } from './queries';

/** Starts a review of the chosen kind; it is saved in Wix before the first decision. */
export function useStartReview() {
  const context = useOperationContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: ReviewKind) => startReview(context, kind),
    onSuccess: (review) => {
      queryClient.setQueryData<Review[]>(reviewKeys.reviews, (reviews = []) => [review, ...reviews]);
    },
  });
}
