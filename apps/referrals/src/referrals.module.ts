import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@homeward/platform';

/** Runs with the platform's health, metrics, docs, event store and relay; its domain arrives with the referrals issues. */
@Module({})
export class ReferralsModule {}

export const referralsService: ServiceDefinition = { name: 'referrals', port: 3003, module: ReferralsModule, title: 'referrals', projections: [], consumes: [] };
