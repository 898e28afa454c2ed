import { suggestConnectorId } from './suggest_connector_id';
import { validateConnectorId } from './validate_connector_id';

describe('suggestConnectorId', () => {
  it.each([
    ['My Slack Connector', 'my-slack-connector'],
    ['Équipe Été', 'equipe-ete'],
    ['  PagerDuty — Team ÅB  ', 'pagerduty-team-ab'],
    ['🚀 Launch alerts 🚀', 'launch-alerts'],
    ['Webhook_Prod', 'webhook-prod'],
    ['x'.repeat(36), 'x'.repeat(36)],
    ['x'.repeat(37), 'x'.repeat(36)],
    // the cut lands right after a hyphen: the hyphen goes
    [`${'a'.repeat(35)} tail`, 'a'.repeat(35)],
    ['Production email notifications team on-call', 'production-email-notifications-team'],
    // the cut lands inside a word: the word is cut
    ['Production email notifications for the on-call team', 'production-email-notifications-for-t'],
    ['Critical infrastructure alerting webhook', 'critical-infrastructure-alerting-web'],
    // names that slug to nothing
    ['日本語', ''],
    ['🔥🔥🔥', ''],
    ['', ''],
    ['---', ''],
    // names that slug to a reserved word
    ['Prototype', 'prototype-connector'],
    ['Constructor', 'constructor-connector'],
    ['__proto__', 'proto'],
  ])('%j suggests %j', (name, id) => {
    expect(suggestConnectorId(name)).toBe(id);
  });

  it.each([
    ['A name whose cut ends on a hyphen: 123456', 36],
    ['a-'.repeat(30), 35],
    [`${'é'.repeat(40)}`, 36],
  ])('%j is cut to %d characters', (name, length) => {
    expect(suggestConnectorId(name)).toHaveLength(length);
  });

  it('always suggests an id that validateConnectorId accepts, or nothing', () => {
    const names = [
      'Équipe Été',
      'a-'.repeat(30),
      '-'.repeat(50),
      `${'a'.repeat(35)}-b`,
      'Prototype',
      'constructor',
      'Slack: #alerts / prod',
      '../../etc/passwd',
      'x'.repeat(5000),
      `${'word '.repeat(20)}`,
      '🎉 Party 🎉 time 🎉',
    ];
    for (const name of names) {
      const id = suggestConnectorId(name);
      if (id !== '') expect(validateConnectorId(id)).toBeUndefined();
    }
  });
});
