/**
 * The innovations list keeps its search, filters and sort in the query string
 * (/innovations?q=posyandu&stage=design&kind=opd&unit=…&profile=incomplete&sort=updated), like
 * the dashboard: a filtered list can be shared, and "back" from an innovation finds it again.
 * Parsing is forgiving: an unknown value means "no filter", never an error.
 */
import {
  INNOVATION_SORTS,
  type InnovationListFilter,
  type InnovationSort,
  PROFILE_STATES,
  type ProfileState,
} from '../../../domain/queries/innovation-list';
import { isStageKey } from '../../../domain/stages';
import { UNIT_KINDS, type UnitKind } from '../../../domain/unit';
import { paths } from '../../router';

export interface ListQuery {
  filter: InnovationListFilter;
  sort: InnovationSort;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

export function parseListQuery(params: URLSearchParams): ListQuery {
  const stage = params.get('stage');
  return {
    filter: {
      search: params.get('q') ?? '',
      stage: isStageKey(stage) ? stage : '',
      kind: oneOf<UnitKind>(UNIT_KINDS, params.get('kind')) ?? '',
      unitId: params.get('unit') ?? '',
      profile: oneOf<ProfileState>(PROFILE_STATES, params.get('profile')) ?? '',
    },
    sort: oneOf<InnovationSort>(INNOVATION_SORTS, params.get('sort')) ?? 'name',
  };
}

/** The list's URL; empty filters and the default sort are left out, so the plain list is /innovations. */
export function listHref({ filter, sort }: ListQuery): string {
  const params = new URLSearchParams();
  if (filter.search.trim()) params.set('q', filter.search);
  if (filter.stage) params.set('stage', filter.stage);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.unitId) params.set('unit', filter.unitId);
  if (filter.profile) params.set('profile', filter.profile);
  if (sort !== 'name') params.set('sort', sort);
  const query = params.toString();
  return query ? `${paths.innovations()}?${query}` : paths.innovations();
}
