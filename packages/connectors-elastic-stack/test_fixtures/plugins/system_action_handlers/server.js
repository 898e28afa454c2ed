// Handlers that record the system action runs they get; a cases run for owner "fail" throws.
exports.plugin = () => {
  const runs = [];
  return {
    setup(_core, { connectorsElasticStack }) {
      connectorsElasticStack.registerCasesHandler(async ({ actionId, params }) => {
        runs.push({ type: '.cases', actionId, params });
        if (params.subActionParams.owner === 'fail') throw new Error('the cases service is down');
        return { casesOpened: 1 };
      });
      connectorsElasticStack.registerObservabilityAiAssistantHandler(async ({ actionId, params }) => {
        runs.push({ type: '.observability-ai-assistant', actionId, params });
        return { conversations: params.prompts.length };
      });
    },
    start() {
      return { runs };
    },
  };
};
