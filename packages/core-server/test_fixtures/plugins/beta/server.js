// Requires alpha, optionally uses gamma (absent): sees only alpha's contracts.
exports.plugin = () => ({
  setup(core, deps) {
    const router = core.http.createRouter();
    router.get({ path: '/api/beta', validate: false }, async (_ctx, _request, response) => {
      const [, startDeps] = await core.getStartServices();
      return response.ok({ body: { greeting: deps.alpha.greet('beta'), dependencies: Object.keys(deps), alphaStarted: startDeps.alpha.started } });
    });
    return {};
  },
  start() {
    return {};
  },
});
