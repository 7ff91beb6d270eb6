import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { AuditLogTable } from '../../components/audit-log/AuditLogTable.tsx';

export default function AuditLogList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="audit_log" />
        </>
      )}
    >
      <AuditLogTable />
    </List>
  );
}
