import type { DashboardFilter, DashboardSummary } from '../../../domain/dashboard';
import { DraftsCard } from './DraftsCard';
import { FollowUpsCard } from './FollowUpsCard';
import { FunnelCard } from './FunnelCard';
import { KpiStrip } from './KpiStrip';
import { NoInnovationCard } from './NoInnovationCard';
import { ProfileCard } from './ProfileCard';
import { SessionsCard } from './SessionsCard';
import { TargetCard } from './TargetCard';
import './charts.css';

/** Every figure of the dashboard, as a grid of cards (dashboard.css lays them out per width). */
export function Overview({ summary, filter }: { summary: DashboardSummary; filter: DashboardFilter }) {
  return (
    <>
      <KpiStrip summary={summary} filter={filter} />
      <div class="dash-grid">
        <FunnelCard summary={summary} filter={filter} />
        <div class="dash-stack">
          <TargetCard summary={summary} filter={filter} />
          <NoInnovationCard summary={summary} filter={filter} />
          <FollowUpsCard summary={summary} filter={filter} />
        </div>
        <ProfileCard summary={summary} filter={filter} />
        <DraftsCard summary={summary} filter={filter} />
        <SessionsCard summary={summary} filter={filter} />
      </div>
    </>
  );
}
