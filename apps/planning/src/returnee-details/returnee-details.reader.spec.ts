import type { Infrastructure } from '@homeward/platform';
import { CaseScenario, project } from '@homeward/testing/intake';
import { onEveryReadModelStore } from '../testing/read-side';
import { returneeDetailsProjection } from './returnee-details.projection';
import { ReturneeDetailsReader } from './returnee-details.reader';

describe('Whom the copy names', () => {
  onEveryReadModelStore((readModels) => {
    const reader = () => new ReturneeDetailsReader({ readModels: readModels() } as unknown as Infrastructure);
    const consenting = CaseScenario.registered();
    const withdrawn = CaseScenario.registered({ lastName: 'Sow' });
    const erased = CaseScenario.registered({ lastName: 'Ba' });

    beforeAll(async () => {
      consenting.giveAssistanceConsent('k-1');
      withdrawn.giveAssistanceConsent('k-2');
      withdrawn.run('WithdrawConsent', { consentId: 'k-2', withdrawnOn: '2026-11-23' });
      erased.giveAssistanceConsent('k-3');
      erased.erase();
      const { collection, indexes = [] } = returneeDetailsProjection;
      await readModels().declare(collection, indexes);
      for (const scenario of [consenting, withdrawn, erased]) {
        for (const [id, doc] of project(returneeDetailsProjection, scenario.events)) await readModels().put(collection, id, doc, 1);
      }
    });

    it('names her while she consents to assistance, with her languages', async () => {
      expect(await reader().forCopy(consenting.caseId)).toEqual({ firstName: 'Awa', lastName: 'Diallo', languages: ['fr', 'wo'] });
    });

    it('names nobody once she withdrew, once she is erased, or for a case planning was never told of', async () => {
      for (const caseId of [withdrawn.caseId, erased.caseId, 'c-unknown']) expect(await reader().forCopy(caseId)).toBeUndefined();
    });
  });
});
