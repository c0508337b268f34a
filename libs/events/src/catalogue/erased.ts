/** What every erased field reads as, in read models and answers: the person's keys are gone. */
export const ERASED = 'erased' as const;

/**
 * What a personal part reads as once the person's keys are destroyed: the sealed part stays in
 * the history (the hash chain covers it) but opens to this marker, never to its ciphertext.
 */
export interface ErasedPart {
  $erased: true;
}

export const ERASED_PART: ErasedPart = Object.freeze({ $erased: true });

export const isErasedPart = (part: unknown): part is ErasedPart => typeof part === 'object' && part !== null && (part as { $erased?: unknown }).$erased === true;
