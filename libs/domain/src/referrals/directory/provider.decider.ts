import type { ProviderEvent } from '@homeward/contracts/referrals';
import { exhaustive } from '../../shared/exhaustive';
import { reactivateProvider, registerProvider, suspendProvider, updateProvider } from './decide-provider';
import type { ProviderCommand } from './provider.commands';
import { evolveProvider, initialProviderState, type ProviderState } from './provider.state';

export function decideProvider(command: ProviderCommand, state: ProviderState): ProviderEvent[] {
  switch (command.type) {
    case 'RegisterProvider':
      return registerProvider(command, state);
    case 'UpdateProvider':
      return updateProvider(command, state);
    case 'SuspendProvider':
      return suspendProvider(command, state);
    case 'ReactivateProvider':
      return reactivateProvider(command, state);
    default:
      return exhaustive(command);
  }
}

/** One provider of the directory as the platform's command handler runs it (stream `provider-<providerId>`). */
export const providerDecider = { initialState: initialProviderState, evolve: evolveProvider, decide: decideProvider };
