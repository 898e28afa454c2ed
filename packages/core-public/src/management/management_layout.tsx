import { EuiPageTemplate, EuiSideNav, type EuiSideNavItemType } from '@elastic/eui';
import type { ReactNode } from 'react';
import type { ManagementApp, ManagementSectionId } from '../application/types';

const SECTIONS: Array<{ id: ManagementSectionId; name: string }> = [
  { id: 'insightsAndAlerting', name: 'Alerts and Insights' },
  { id: 'kibana', name: 'Kibana' },
];

export function managementAppPath(app: Pick<ManagementApp, 'id' | 'section'>): string {
  return `/app/management/${app.section}/${app.id}`;
}

export interface ManagementLayoutProps {
  apps: ManagementApp[];
  selectedAppId?: string;
  /** Turns an app path into a link of the current space. */
  prepend(path: string): string;
  children: ReactNode;
}

/** Kibana's Stack Management page: a side navigation by section, and the selected app. */
export function ManagementLayout({ apps, selectedAppId, prepend, children }: ManagementLayoutProps) {
  const items: Array<EuiSideNavItemType<unknown>> = SECTIONS.map((section) => ({
    id: section.id,
    name: section.name,
    items: apps
      .filter((app) => app.section === section.id)
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((app) => ({
        id: app.id,
        name: app.title,
        href: prepend(managementAppPath(app)),
        isSelected: app.id === selectedAppId,
        'data-test-subj': `${app.id}NavItem`,
      })),
  })).filter((section) => (section.items?.length ?? 0) > 0);

  return (
    <EuiPageTemplate restrictWidth={false} panelled>
      <EuiPageTemplate.Sidebar sticky>
        <EuiSideNav heading="Stack Management" aria-label="Stack Management" items={items} mobileTitle="Stack Management" />
      </EuiPageTemplate.Sidebar>
      {children}
    </EuiPageTemplate>
  );
}
