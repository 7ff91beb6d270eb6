import { Card, Col, Row, Typography } from 'antd';
import { List } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { ReportIcon } from '../../components/reports/ReportIcon.tsx';
import { REPORT_KEYS } from '../../components/reports/definitions.ts';

/** /reports: every report with what it answers. */
export default function ReportsLanding() {
  const t = useTranslate();
  return (
    <List title={t('reports.titles.list')}>
      <Typography.Paragraph type="secondary">{t('reports.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]} data-testid="reports-landing">
        {REPORT_KEYS.map((key) => (
          <Col key={key} xs={24} md={12} xl={6}>
            <Link to={`/reports/${key}`} data-testid={`report-link-${key}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta avatar={<ReportIcon report={key} />} title={t(`reports.names.${key}`)} description={t(`reports.descriptions.${key}`)} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </List>
  );
}
