import { KafkaJSError } from 'kafkajs';

/**
 * What the adapter throws to kafkajs when a handler fails. kafkajs gives up on a consumer
 * for good after an error it deems unrecoverable (a TypeError, a ReferenceError...), which
 * is exactly what a handler's bug throws: the offset is not committed, but nothing is
 * consumed either until the process restarts. Marked retriable, the failure instead
 * means "fetch from the failed message again, with backoff" and, after repeated failures,
 * a consumer restart that resumes from the committed offset: redelivery, never a skip.
 * Being a KafkaJSError also stops kafkajs logging it a second time (the adapter logs it
 * with its group and offset). No `cause`: kafkajs looks through causes to decide on restarts.
 */
export class HandlerFailedError extends KafkaJSError {
  override readonly name = 'HandlerFailedError';

  constructor(readonly handlerError: unknown) {
    super(`message handler failed: ${handlerError instanceof Error ? handlerError.message : String(handlerError)}`, { retriable: true });
  }
}
