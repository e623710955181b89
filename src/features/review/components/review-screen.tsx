import { lazy, Suspense, useMemo, useState } from 'react';
import type { SiteSnapshot } from '../../../access/review/checklist';
import { reviewCadence } from '../../../access/review/cadence';
import { openReview, REVIEW_KINDS, type Review } from '../../../access/review/review-record';
import { useServices } from '../../../page/services';
import { useChecklist } from '../use-checklist';
import { useDecide } from '../use-decide';
import { useStartReview } from '../use-start-review';
import { useCompleteReview } from '../use-complete-review';
import { ChecklistCard } from './checklist-card';
import type { PanelTarget } from './decision-panel';
import { FindingsCard } from './findings-card';
import { NameRolesCard } from './name-roles-card';
import { OverdueBanner } from './overdue-banner';
import { ProgressCard } from './progress-card';
import { ScheduleCard } from './schedule-card';

const OWNER_REASON = 'Site owner';

// Loaded when first needed, so they do not hold up the checklist when the page opens.
const DecisionPanel = lazy(() => import('./decision-panel').then((m) => ({ default: m.DecisionPanel })));
const SummaryCard = lazy(() => import('./summary-card').then((m) => ({ default: m.SummaryCard })));

/** Findings first, then the review in progress (or the schedule), the checklist and the last summary. */
export function ReviewScreen({ site, reviews, rolesNamed }: { site: SiteSnapshot; reviews: Review[]; rolesNamed: boolean }) {
  const { clock, dashboard } = useServices();
  const start = useStartReview();
  const complete = useCompleteReview();
  const review = openReview(reviews);
  const checklist = useChecklist(site, review);
  const runner = useDecide(site);
  const [panel, setPanel] = useState<PanelTarget | null>(null);
  const cadence = useMemo(() => reviewCadence(reviews, clock()), [reviews, clock]);
  const completed = reviews.filter((r) => r.completedAt);

  return (
    <>
      <OverdueBanner cadence={cadence} reviewOpen={review !== null} />
      <FindingsCard findings={checklist.findings} />
      <NameRolesCard people={site.people} roles={site.roles} />
      {review ? (
        <ProgressCard
          review={review}
          checklist={checklist}
          runner={runner}
          completing={complete.isLoading}
          onComplete={async () => {
            // The owner is kept without a click: the decision is recorded now, so the summary and CSV show it.
            for (const row of checklist.subjects.filter((r) => r.status === 'owner' && !checklist.decisions.has(r.key))) {
              const kept = await runner.run({ row, decision: 'keep', reason: OWNER_REASON, reviewKind: review.kind });
              if (!kept.ok) return dashboard.showToast({ type: 'error', message: `Couldn't complete the review. ${kept.message}` });
            }
            complete.mutate(undefined, {
              onSuccess: ({ warnings }) => {
                dashboard.showToast({ type: 'success', message: `${REVIEW_KINDS[review.kind].title} completed. The summary is below.` });
                warnings.forEach((message) => dashboard.showToast({ type: 'warning', message }));
              },
              onError: (error) =>
                dashboard.showToast({ type: 'error', message: `Couldn't complete the review. ${(error as Error).message}` }),
            });
          }}
        />
      ) : (
        <ScheduleCard
          cadence={cadence}
          lastCompleted={completed[0] ?? null}
          starting={start.isLoading}
          onStart={(kind) =>
            start.mutate(kind, {
              onError: (error) => dashboard.showToast({ type: 'error', message: `Couldn't start the review. ${(error as Error).message}` }),
            })
          }
        />
      )}
      <ChecklistCard site={site} review={review} checklist={checklist} runner={runner} onOpenPanel={setPanel} />
      <Suspense fallback={null}>
        {!review && completed.length > 0 && <SummaryCard reviews={completed} />}
        {review && panel && (
          <DecisionPanel
            key={`${panel.rows.map((r) => r.key).join()}${panel.keyRefused ? ':refused' : ''}`}
            target={panel}
            review={review}
            site={site}
            runner={runner}
            rolesNamed={rolesNamed}
            onClose={() => setPanel(null)}
            onKeyRefused={setPanel}
          />
        )}
      </Suspense>
    </>
  );
}
