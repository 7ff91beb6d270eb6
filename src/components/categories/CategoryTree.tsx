import { useMemo, useState, type Key } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Col, Descriptions, Flex, Input, Modal, Row, Space, Spin, Tree, Typography, type TreeDataNode, type TreeProps } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, SearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useModalForm } from '@refinedev/antd';
import { useCan, useDelete, useGo, useTranslate, useUpdate } from '@refinedev/core';
import { CategoryForm, type CategoryFormValues } from './CategoryForm.tsx';
import { useCategories } from './useCategories.ts';
import { categoryPath, descendantIds, matchingWithAncestors, productCount, type CategoryNode, type CategoryRecord } from './tree.ts';
import { EmptyHint } from '../common/EmptyHint.tsx';

type TreeItem = TreeDataNode & { key: string; children: TreeItem[]; node: CategoryNode };

const EDIT_COLUMNS = 'id, name, parent_id, sort_order';

/** parent_id cleared in the TreeSelect comes back undefined: the row stores null (top level). */
const normalize = (values: CategoryFormValues): CategoryFormValues => ({
  name: values.name.trim(),
  parent_id: values.parent_id ?? null,
  sort_order: values.sort_order ?? 0,
});

/**
 * The category tree editor: the tree on the left (drag a category onto another to move it), the
 * selected category on the right with add-child, edit (rename, move, position) and delete. The
 * database refuses cycles (category_cycle) and deleting a category in use (category_in_use); those
 * answers arrive translated through the data provider.
 */
export function CategoryTree() {
  const t = useTranslate();
  const go = useGo();
  const { rows, tree, isLoading } = useCategories();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('selected') ?? undefined;
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<Key[] | undefined>(undefined);
  const [modal, modalHolder] = Modal.useModal();
  const { data: canCreate } = useCan({ resource: 'categories', action: 'create' });
  const { data: canEdit } = useCan({ resource: 'categories', action: 'edit' });
  const { data: canDelete } = useCan({ resource: 'categories', action: 'delete' });
  const { mutate: update } = useUpdate();
  const { mutate: remove } = useDelete();

  const createModal = useModalForm<CategoryRecord, never, CategoryFormValues>({
    resource: 'categories',
    action: 'create',
    redirect: false,
    meta: { select: EDIT_COLUMNS },
  });
  const editModal = useModalForm<CategoryRecord, never, CategoryFormValues>({
    resource: 'categories',
    action: 'edit',
    redirect: false,
    meta: { select: EDIT_COLUMNS },
  });

  const selected = rows.find((row) => row.id === selectedId);
  const select = (id: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('selected', id);
      else next.delete('selected');
      return next;
    }, { replace: true });

  const matches = useMemo(() => matchingWithAncestors(rows, search), [rows, search]);
  const treeData = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const toItems = (nodes: CategoryNode[]): TreeItem[] =>
      nodes
        .filter((node) => !needle || matches.has(node.id))
        .map((node) => {
          const count = productCount(node);
          return {
            key: node.id,
            node,
            title: (
              <span data-testid={`category-${node.name}`}>
                {node.name}
                {count > 0 && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                    {count}
                  </Typography.Text>
                )}
              </span>
            ),
            children: toItems(node.children),
          };
        });
    return toItems(tree);
  }, [tree, matches, search]);

  const openCreate = (parentId: string | null) => {
    createModal.show();
    // The modal resets its form when shown; set the parent right after.
    setTimeout(() => createModal.formProps.form?.setFieldsValue({ parent_id: parentId, sort_order: 0 }), 0);
  };

  const confirmDelete = (row: CategoryRecord) => {
    const children = rows.filter((r) => r.parent_id === row.id).length;
    modal.confirm({
      title: t('categories.actions.deleteTitle', { name: row.name }),
      content: children > 0 || productCount(row) > 0 ? t('categories.actions.deleteInUse') : t('categories.actions.deleteContent'),
      okText: t('buttons.delete'),
      okButtonProps: { danger: true },
      cancelText: t('buttons.cancel'),
      onOk: () =>
        new Promise<void>((resolve) => {
          remove(
            { resource: 'categories', id: row.id },
            {
              onSuccess: () => {
                if (selectedId === row.id) select(row.parent_id ?? undefined);
                resolve();
              },
              onError: () => resolve(),
            },
          );
        }),
    });
  };

  const onDrop: TreeProps<TreeItem>['onDrop'] = (info) => {
    const dragged = info.dragNode.node;
    const target = info.node.node;
    const relative = info.dropPosition - Number(String(info.node.pos).split('-').pop());
    const values = info.dropToGap
      ? { parent_id: target.parent_id, sort_order: target.sort_order + (relative < 0 ? -1 : 1) }
      : { parent_id: target.id, sort_order: dragged.sort_order };
    if (values.parent_id === dragged.parent_id && values.sort_order === dragged.sort_order) return;
    update({ resource: 'categories', id: dragged.id, values, meta: { select: EDIT_COLUMNS } });
  };

  const children = selected ? rows.filter((row) => row.parent_id === selected.id) : [];
  const editDisabled = useMemo(
    () => (selected ? descendantIds(rows, selected.id) : new Set<string>()),
    [rows, selected],
  );

  return (
    <>
      {modalHolder}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} lg={10}>
          <Card
            size="small"
            title={t('categories.titles.tree')}
            extra={
              canCreate?.can && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => openCreate(null)}>
                  {t('categories.actions.addTop')}
                </Button>
              )
            }
          >
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('categories.actions.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {isLoading ? (
              <Flex justify="center" style={{ padding: 24 }}>
                <Spin />
              </Flex>
            ) : treeData.length === 0 ? (
              <EmptyHint
                text={search ? t('categories.empty.noMatch') : t(canCreate?.can ? 'categories.empty.admin' : 'categories.empty.reader')}
                action={
                  !search &&
                  canCreate?.can && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => openCreate(null)}>
                      {t('categories.actions.addTop')}
                    </Button>
                  )
                }
              />
            ) : (
              <Tree<TreeItem>
                className="category-tree"
                blockNode
                showLine
                draggable={canEdit?.can ? { icon: false } : false}
                treeData={treeData}
                selectedKeys={selectedId ? [selectedId] : []}
                expandedKeys={search ? [...matches] : expanded ?? rows.map((row) => row.id)}
                onExpand={(keys) => setExpanded(keys)}
                onSelect={(keys) => select(keys[0] ? String(keys[0]) : undefined)}
                onDrop={onDrop}
              />
            )}
            {canEdit?.can && treeData.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
                {t('categories.actions.dragHint')}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12} lg={14}>
          <Card size="small" title={selected ? selected.name : t('categories.titles.details')} data-testid="category-details">
            {!selected ? (
              <EmptyHint text={t('categories.empty.select')} />
            ) : (
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <Descriptions column={1} size="small" bordered>
                  <Descriptions.Item label={t('categories.fields.path')}>{categoryPath(rows, selected.id)}</Descriptions.Item>
                  <Descriptions.Item label={t('categories.fields.parent_id')}>
                    {selected.parent_id ? categoryPath(rows, selected.parent_id) : t('categories.actions.topLevel')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('categories.fields.children')}>{children.length}</Descriptions.Item>
                  <Descriptions.Item label={t('categories.fields.products')}>{productCount(selected)}</Descriptions.Item>
                  <Descriptions.Item label={t('categories.fields.sort_order')}>{selected.sort_order}</Descriptions.Item>
                </Descriptions>
                <Flex wrap gap={8}>
                  {canCreate?.can && (
                    <Button icon={<PlusOutlined />} onClick={() => openCreate(selected.id)}>
                      {t('categories.actions.addChild')}
                    </Button>
                  )}
                  {canEdit?.can && (
                    <Button icon={<EditOutlined />} onClick={() => editModal.show(selected.id)}>
                      {t('categories.actions.edit')}
                    </Button>
                  )}
                  <Button
                    icon={<UnorderedListOutlined />}
                    onClick={() =>
                      go({
                        to: '/products',
                        query: { filters: [{ field: 'category_id', operator: 'in', value: [...descendantIds(rows, selected.id)] }] },
                      })
                    }
                  >
                    {t('categories.actions.viewProducts')}
                  </Button>
                  {canDelete?.can && (
                    <Button danger icon={<DeleteOutlined />} onClick={() => confirmDelete(selected)}>
                      {t('buttons.delete')}
                    </Button>
                  )}
                </Flex>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <Modal {...createModal.modalProps} width={520}>
        <CategoryForm
          formProps={{ ...createModal.formProps, onFinish: (v) => createModal.formProps.onFinish?.(normalize(v)) }}
        />
      </Modal>
      <Modal {...editModal.modalProps} width={520}>
        <CategoryForm
          formProps={{ ...editModal.formProps, onFinish: (v) => editModal.formProps.onFinish?.(normalize(v)) }}
          disabledParents={editDisabled}
        />
      </Modal>
    </>
  );
}
