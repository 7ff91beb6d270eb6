import { DateField, getDefaultSortOrder } from '@refinedev/antd';
import type { CrudSort } from '@refinedev/core';
import { Link } from 'react-router';

/* Column props the lists share, spread onto a Table.Column: `<Table.Column {...dateTimeColumn('created_at', sorters)} title={…} />`. */

/** A sortable column that shows the URL's sort order. */
export function sortableColumn(field: string, sorters: CrudSort[]) {
  return { dataIndex: field, sorter: true, defaultSortOrder: getDefaultSortOrder(field, sorters) };
}

/** A sortable date-and-time column (created / shipped / requested at). */
export function dateTimeColumn(field: string, sorters: CrudSort[]) {
  return { ...sortableColumn(field, sorters), render: (value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" /> };
}

/** A sortable document-number column linking to the row's show page (`${showPath}/${id}`). */
export function documentNoColumn(field: string, sorters: CrudSort[], showPath: string) {
  return { ...sortableColumn(field, sorters), render: (no: string, row: { id: string }) => <Link to={`${showPath}/${row.id}`}>{no}</Link> };
}
