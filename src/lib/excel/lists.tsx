/**
 * `<ListExportButton list="products" />`: the Excel export of a list (the presets: list-presets.ts),
 * rendered in the list page's header.
 */
import { useList, useTranslate } from '@refinedev/core';
import { ExportButton } from './ExportButton.tsx';
import { LIST_EXPORTS, type ExportContext, type ListExportKey, type Preset } from './list-presets.ts';

export { LIST_EXPORTS, type ExportContext, type ListExportKey, type Preset };

/** The export button of a list of LIST_EXPORTS, with the list's current filters and sort. */
export function ListExportButton({ list }: { list: ListExportKey }) {
  const t = useTranslate();
  const preset: Preset = LIST_EXPORTS[list];
  // The same query as AuditLogTable's list of people, so both share one cached request.
  const people = useList<{ id: string; full_name: string; email: string }>({
    resource: 'profiles',
    pagination: { mode: 'off' },
    sorters: [{ field: 'full_name', order: 'asc' }],
    meta: { select: 'id, full_name, email' },
    queryOptions: { staleTime: 60_000, enabled: !!preset.needsPeople },
  });
  const ctx: ExportContext = {
    personName: (id) => {
      if (!id) return t('audit_log.fields.system');
      const p = people.result.data.find((x) => x.id === id);
      return p ? p.full_name || p.email : id;
    },
  };
  const columns = preset.columns(t, ctx);
  return (
    <ExportButton
      resource={preset.resource}
      title={t(`excel.lists.${list}`)}
      columns={columns}
      meta={preset.meta}
      defaultFilters={preset.defaultFilters}
      defaultSorters={preset.defaultSorters}
      permanentFilters={preset.permanentFilters}
      tiebreaker={preset.tiebreaker}
      totalsLabel={columns.some((col) => col.total) ? t('reports.total') : undefined}
    />
  );
}
