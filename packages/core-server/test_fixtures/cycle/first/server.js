exports.plugin = () => ({ setup() {}, start() {} });
