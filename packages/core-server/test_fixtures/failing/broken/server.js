exports.plugin = () => ({
  setup() {
    throw new Error('cannot reach the moon');
  },
  start() {},
});
