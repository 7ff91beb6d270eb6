import type { ReactNode } from 'react';
import { Empty } from 'antd';

/** An empty table or section that says what to do next (and offers the button when the role may). */
export function EmptyHint({ text, action }: { text: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} style={{ margin: '24px 0' }}>
      {action}
    </Empty>
  );
}
