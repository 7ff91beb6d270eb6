import { List } from '@refinedev/antd';
import { AuditLogTable } from '../../components/audit-log/AuditLogTable.tsx';

export default function AuditLogList() {
  return (
    <List>
      <AuditLogTable />
    </List>
  );
}
