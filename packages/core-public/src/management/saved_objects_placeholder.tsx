import { EuiEmptyPrompt, EuiPageTemplate } from '@elastic/eui';
import type { ManagementApp } from '../application/types';

/** The nav entry exists so the layout matches Kibana's; the page itself is not built yet. */
export const savedObjectsPlaceholderApp: ManagementApp = {
  id: 'objects',
  title: 'Saved objects',
  section: 'kibana',
  render: () => (
    <EuiPageTemplate.Section>
      <EuiEmptyPrompt
        iconType="indexEdit"
        title={<h2>Saved objects</h2>}
        body={<p>This page is not built yet. Export and import connectors with /api/saved_objects/_export and _import.</p>}
      />
    </EuiPageTemplate.Section>
  ),
};
