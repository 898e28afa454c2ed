import { SystemActionHandlerSlot } from './system_action_handler';

test('a system action type has one handler: a second registration throws', () => {
  const slot = new SystemActionHandlerSlot<unknown>('Cases', 'registerCasesHandler');
  slot.register(async () => undefined);
  expect(() => slot.register(async () => undefined)).toThrow('A handler for the Cases system action is already registered');
});
