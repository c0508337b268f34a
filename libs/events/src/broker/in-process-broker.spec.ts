import { randomUUID } from 'node:crypto';
import { messageBrokerContract } from '../testing/message-broker.contract';
import { InProcessBroker } from './in-process-broker';

messageBrokerContract('in-process', async () => ({
  broker: new InProcessBroker(),
  newTopic: async () => `contract.${randomUUID()}`,
}));
