import type { ProviderProfile, ProviderSuspensionReason } from '@homeward/contracts/referrals';
import type { CommandMetadata } from '../../shared/command-metadata';

type Command<T extends string, D> = { type: T; data: D & { providerId: string }; metadata: CommandMetadata };

/** The provider organisation's id is its directory id, and the recipient id consents name. */
export type RegisterProvider = Command<'RegisterProvider', { profile: ProviderProfile }>;
/** The whole profile as it now is. */
export type UpdateProvider = Command<'UpdateProvider', { profile: ProviderProfile }>;
export type SuspendProvider = Command<'SuspendProvider', { reason: ProviderSuspensionReason; note?: string }>;
export type ReactivateProvider = Command<'ReactivateProvider', Record<never, never>>;

export type ProviderCommand = RegisterProvider | UpdateProvider | SuspendProvider | ReactivateProvider;
