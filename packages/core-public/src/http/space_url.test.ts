import { parseBrowserLocation } from './space_url';

describe('parseBrowserLocation', () => {
  test('reads the space from /s/<id> below the base path', () => {
    expect(parseBrowserLocation('/kbn/s/ops/app/management', '/kbn')).toEqual({
      serverBasePath: '/kbn',
      spaceId: 'ops',
      spaceBasePath: '/kbn/s/ops',
      appPath: '/app/management',
    });
  });

  test('is the default space without a prefix, or with /s/default', () => {
    expect(parseBrowserLocation('/app/management', '')).toMatchObject({ spaceId: 'default', spaceBasePath: '', appPath: '/app/management' });
    expect(parseBrowserLocation('/s/default/app/x', '')).toMatchObject({ spaceId: 'default', spaceBasePath: '', appPath: '/app/x' });
  });

  test('does not take /space-like paths for a space', () => {
    expect(parseBrowserLocation('/sx/app', '')).toMatchObject({ spaceId: 'default', appPath: '/sx/app' });
  });
});
