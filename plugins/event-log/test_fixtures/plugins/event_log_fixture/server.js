// Registers the providers the tests log with (Kibana's `actions` provider among them), logs one
// event during setup (before the store is open), and exposes the eventLog setup contract in its
// start contract so tests can log through it.
exports.plugin = () => {
  let eventLog;
  return {
    setup(core, plugins) {
      eventLog = plugins.eventLog;
      eventLog.registerProviderActions('actions', ['execute-start', 'execute', 'execute-timeout']);
      eventLog.registerProviderActions('fixture', ['ping', 'pong']);
      eventLog.getLogger({ event: { provider: 'fixture' } }).logEvent({
        event: { action: 'ping' },
        message: 'logged during setup',
        kibana: { saved_objects: [{ rel: 'primary', type: 'fixture-object', id: 'setup-time' }], space_ids: ['default'] },
      });
      return {};
    },
    start() {
      return { eventLog };
    },
  };
};
