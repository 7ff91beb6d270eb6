import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { businessToday } from '../common/format.ts';
import { defaultParams, GRANULARITIES, MANY_KEYS, PAGE_SIZES, type Granularity, type ReportDefinition, type ReportParams } from './definitions.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const intIn = (value: string | null, min: number, max: number, fallback: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** The report's parameters, kept in the URL (?from=&to=&granularity=&dimension=&keys=&warehouse=&days=&lead=&top=&page=&size=) so a view can be shared. */
export function useReportParams(def: ReportDefinition) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<ReportParams>(() => {
    const base = defaultParams(def, businessToday());
    const from = search.get('from');
    const to = search.get('to');
    const granularity = search.get('granularity') as Granularity | null;
    const dimension = search.get('dimension');
    return {
      from: from && DATE.test(from) ? from : base.from,
      to: to && DATE.test(to) ? to : base.to,
      granularity: granularity && GRANULARITIES.includes(granularity) ? granularity : base.granularity,
      dimension: dimension && def.dimensions.includes(dimension) ? dimension : base.dimension,
      warehouseId: search.get('warehouse') || undefined,
      days: intIn(search.get('days'), 0, 3650, base.days),
      leadTime: intIn(search.get('lead'), 0, 365, base.leadTime),
      topN: intIn(search.get('top'), 1, 100, base.topN),
      keys: intIn(search.get('keys'), 0, 1000, base.keys),
      page: intIn(search.get('page'), 1, 1_000_000, base.page),
      pageSize: PAGE_SIZES.find((n) => String(n) === search.get('size')) ?? base.pageSize,
    };
  }, [def, search]);

  /** Any change but the page's own goes back to page 1. */
  const update = (patch: Partial<ReportParams>) => {
    const next = { ...params, page: 1, ...patch };
    const out = new URLSearchParams();
    if (def.period) {
      out.set('from', next.from);
      out.set('to', next.to);
    }
    if (def.granularity) out.set('granularity', next.granularity);
    if (def.dimensions.length) out.set('dimension', next.dimension);
    if (def.warehouse && next.warehouseId) out.set('warehouse', next.warehouseId);
    if (def.days) out.set('days', String(next.days));
    if (def.leadTime) out.set('lead', String(next.leadTime));
    if (def.topN) out.set('top', String(next.topN));
    if (def.keysPerPeriod && MANY_KEYS.includes(next.dimension)) out.set('keys', String(next.keys));
    if (def.paged) {
      if (next.page > 1) out.set('page', String(next.page));
      out.set('size', String(next.pageSize));
    }
    setSearch(out, { replace: true });
  };
  return { params, update };
}
